package org.commissioningexplorer.ui.detail;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.FlowPane;
import org.commissioningexplorer.core.query.BodyProfile;
import org.commissioningexplorer.ui.common.Texts;

/**
 * The row of the detail pane's sections, each with its count ("Documents 12"), wrapping when the pane is
 * narrow; an empty section is disabled. A click, or Ctrl+1 to Ctrl+7 anywhere in the window, shows a section.
 */
final class SectionBar {

    private static final KeyCode[] DIGITS = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4,
            KeyCode.DIGIT5, KeyCode.DIGIT6, KeyCode.DIGIT7};

    private final FlowPane bar = new FlowPane(4, 4);
    private final ToggleGroup group = new ToggleGroup();
    private final Map<DetailSection, ToggleButton> buttons = new EnumMap<>(DetailSection.class);
    private final Consumer<DetailSection> onChoose;
    private boolean updating;

    /** {@code onChoose} is told of each section the user chooses. */
    SectionBar(Consumer<DetailSection> onChoose) {
        this.onChoose = onChoose;
        bar.getStyleClass().add("section-bar");
        for (DetailSection s : DetailSection.values()) {
            ToggleButton b = new ToggleButton();
            b.getStyleClass().add("section-tab");
            b.setUserData(s);
            b.setToggleGroup(group);
            b.setTooltip(new Tooltip(Texts.format("detail.section.key", s.ordinal() + 1)));
            b.setMinWidth(ToggleButton.USE_PREF_SIZE);
            buttons.put(s, b);
            bar.getChildren().add(b);
        }
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (updating) {
                return;
            }
            if (now == null) {
                old.setSelected(true); // a click on the section shown keeps it shown
            } else {
                onChoose.accept((DetailSection) now.getUserData());
            }
        });
    }

    FlowPane node() {
        return bar;
    }

    /** The entries for this body, with their counts, {@code shown} selected. */
    void show(BodyProfile p, DetailSection shown) {
        updating = true;
        try {
            buttons.forEach((s, b) -> {
                int n = s.count(p);
                String name = name(s);
                b.setText(n == 0 ? name : Texts.format("detail.section.count", name, n));
                b.setDisable(!s.hasContent(p));
                // The parts entry only for bodies that have parts: most have none.
                b.setVisible(s != DetailSection.PARTS || n > 0);
                b.setManaged(b.isVisible());
            });
            buttons.get(shown).setSelected(true);
        } finally {
            updating = false;
        }
    }

    /** Nothing selected: no section to choose. */
    void clear() {
        buttons.values().forEach(b -> b.setDisable(true));
    }

    /** Ctrl+1 … Ctrl+7 in the window choose the sections in order, when they have something to show. */
    void installKeys(Scene scene) {
        for (DetailSection s : DetailSection.values()) {
            ToggleButton b = buttons.get(s);
            scene.getAccelerators().put(new KeyCodeCombination(DIGITS[s.ordinal()], KeyCombination.SHORTCUT_DOWN), () -> {
                if (b.isVisible() && !b.isDisabled()) {
                    b.setSelected(true); // the focus stays where it is: the tree, say, to go on browsing
                }
            });
        }
    }

    private static String name(DetailSection s) {
        return switch (s) {
            case SUMMARY -> Texts.get("detail.summary");
            case PARTS -> Texts.get("detail.parts.title");
            case MEMBERSHIP -> Texts.get("detail.membership");
            case RESPONSIBILITIES -> Texts.get("detail.responsibilities");
            case DOCUMENTS -> Texts.get("detail.documents");
            case RELATIONSHIPS -> Texts.get("detail.relationships");
            case SOURCES -> Texts.get("detail.sources");
        };
    }
}
