package org.commissioningexplorer.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A wrapping label that remembers its heights answers as a plain wrapping label does, before and after each thing
 * that changes its size: the heights it remembers are never those of what it showed before.
 */
@ExtendWith(ApplicationExtension.class)
class WrappingLabelTest {

    private static final String SHORT = "NHS Norfolk and Waveney ICB";
    private static final String LONG = "Member nominated by the NHS trusts and NHS foundation trusts which provide "
            + "services within the area of the board, as its constitution sets out";

    private WrappingLabel label;
    private Label plain;

    @Test
    void answersAsAPlainWrappingLabelAfterEachChangeToItsSize(FxRobot robot) {
        robot.interact(() -> {
            label = new WrappingLabel(SHORT);
            plain = new Label(SHORT);
            plain.setWrapText(true);
            new Scene(new VBox(label, plain), 400, 600).getRoot().applyCss();

            same("as made", 120);
            double oneLine = label.prefHeight(120);
            same("asked again", 120);
            same("at another width", 60);

            change(l -> l.setText(LONG));
            same("after a longer text", 120);
            assertTrue(label.prefHeight(120) > oneLine * 2, "the longer text takes more lines at the same width");

            change(l -> l.setFont(Font.font(l.getFont().getFamily(), 26)));
            same("after a larger font", 120);

            change(l -> l.setPadding(new Insets(10, 20, 10, 20)));
            same("after padding", 120);

            change(l -> l.setStyle("-fx-font-size: 9px; -fx-padding: 0;"));
            label.applyCss();
            plain.applyCss();
            same("after a style that makes it smaller", 120);

            change(l -> l.setWrapText(false));
            same("after it no longer wraps", 120);
        });
    }

    private void change(java.util.function.Consumer<Label> change) {
        change.accept(label);
        change.accept(plain);
    }

    private void same(String when, double width) {
        assertEquals(plain.prefHeight(width), label.prefHeight(width), 0.001, when + ", at " + width);
        assertEquals(plain.minHeight(width), label.minHeight(width), 0.001, when + ", its least height at " + width);
    }
}
