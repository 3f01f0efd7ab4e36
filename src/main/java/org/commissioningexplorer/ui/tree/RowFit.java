package org.commissioningexplorer.ui.tree;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Makes a tree row's name wrap only between words: when the row is too narrow for the name's longest word beside
 * the badge and code (a narrow tree, a large View › Zoom), the code goes, then the badge; they are in the tooltip
 * and the detail pane.
 */
final class RowFit {

    private static final Text MEASURE = new Text();

    private RowFit() {
    }

    /** Shows or hides the row's {@code optional} labels, last first, so the name's longest word fits. */
    static void fit(HBox box, Label name, double available, List<Label> optional) {
        double word = longestWord(name);
        for (Label l : optional) {
            show(l, true);
        }
        for (int i = optional.size() - 1; i >= 0 && needed(box, name, word) > available; i--) {
            show(optional.get(i), false);
        }
        name.setMinWidth(Math.max(0, Math.min(word, available - (needed(box, name, word) - word))));
    }

    /** The width the row takes with the name at its longest word. */
    private static double needed(HBox box, Label name, double word) {
        double w = box.snappedLeftInset() + box.snappedRightInset();
        int n = 0;
        for (Node child : box.getChildren()) {
            if (child.isManaged()) {
                w += child == name ? word : child.prefWidth(-1);
                n++;
            }
        }
        return w + Math.max(0, n - 1) * box.getSpacing();
    }

    /** The width of the name's longest word, with the label's padding. */
    static double longestWord(Label name) {
        String text = name.getText();
        if (text == null || text.isEmpty()) {
            return 0;
        }
        double w = WIDTHS.computeIfAbsent(new Measured(name.getFont(), text), RowFit::measure);
        return w + name.snappedLeftInset() + name.snappedRightInset();
    }

    /** A name in a font: the rows the tree refills show the same few hundred names again and again. */
    private record Measured(Font font, String text) {
    }

    /** The longest word's width of the names measured lately, so a refilled row does not lay out its words again. */
    private static final Map<Measured, Double> WIDTHS = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Measured, Double> eldest) {
            return size() > 4096;
        }
    };

    private static double measure(Measured m) {
        MEASURE.setFont(m.font());
        double w = 0;
        for (String word : m.text().split("\\s+")) {
            MEASURE.setText(word);
            w = Math.max(w, MEASURE.getLayoutBounds().getWidth());
        }
        return Math.ceil(w) + 1;
    }

    private static void show(Label l, boolean shown) {
        if (l.isVisible() != shown || l.isManaged() != shown) {
            l.setVisible(shown);
            l.setManaged(shown);
        }
    }
}
