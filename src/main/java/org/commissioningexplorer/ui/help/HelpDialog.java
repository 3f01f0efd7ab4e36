package org.commissioningexplorer.ui.help;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.commissioningexplorer.ui.common.Texts;
import org.commissioningexplorer.ui.common.Theme;

/**
 * Help (F1): a short built-in guide, and every keyboard shortcut: those of the menus, read from the menu bar
 * itself so none is missing, then the ones that work inside the tree, the search box and the panes.
 */
public final class HelpDialog extends Dialog<Void> {

    /** A shortcut and what it does. */
    public record Shortcut(String keys, String action) {
    }

    /** The keys that are not on a menu: message keys of the key and of what it does. */
    private static final List<String[]> OTHER_KEYS = List.of(
            new String[] {"help.key.arrows", "help.key.arrows.does"},
            new String[] {"help.key.enter", "help.key.enter.does"},
            new String[] {"help.key.down", "help.key.down.does"},
            new String[] {"help.key.esc", "help.key.esc.does"},
            new String[] {"help.key.pages", "help.key.pages.does"},
            new String[] {"help.key.mouse", "help.key.mouse.does"},
            new String[] {"help.key.tab", "help.key.tab.does"},
            new String[] {"help.key.sections", "help.key.sections.does"},
            new String[] {"help.key.filter", "help.key.filter.does"},
            new String[] {"help.key.timeline", "help.key.timeline.does"},
            new String[] {"help.key.timelineMonth", "help.key.timelineMonth.does"},
            new String[] {"help.key.timelineEnds", "help.key.timelineEnds.does"},
            new String[] {"help.key.quiz", "help.key.quiz.does"},
            new String[] {"help.key.chart.keys", "help.key.chart.does"},
            new String[] {"help.key.map", "help.key.map.does"},
            new String[] {"help.key.zoomWheel", "help.key.zoomWheel.does"},
            new String[] {"help.key.leavePresenter", "help.key.leavePresenter.does"},
            new String[] {"help.key.noteSave", "help.key.noteSave.does"});

    @FXML
    private TabPane tabs;
    @FXML
    private Tab shortcutsTab;
    @FXML
    private VBox guide;
    @FXML
    private GridPane shortcuts;

    public HelpDialog(Window owner, MenuBar menus, boolean showShortcuts) {
        initOwner(owner);
        setTitle(Texts.get("help.title"));
        setResizable(true);
        FXMLLoader loader = new FXMLLoader(HelpDialog.class.getResource(
                "/org/commissioningexplorer/ui/help/Help.fxml"), Texts.bundle());
        loader.setController(this);
        Node content;
        try {
            content = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String paragraph : Texts.get("help.guide.text").split("\\|")) {
            Label l = new Label(paragraph.strip());
            l.setWrapText(true);
            l.getStyleClass().add(paragraph.strip().endsWith("?") ? "subheading" : "help-paragraph");
            guide.getChildren().add(l);
        }
        int row = 0;
        for (Shortcut s : shortcuts(menus)) {
            Label keys = new Label(s.keys());
            keys.getStyleClass().add("help-keys");
            keys.setMinWidth(Label.USE_PREF_SIZE);
            Label action = new Label(s.action());
            action.setWrapText(true);
            shortcuts.addRow(row++, keys, action);
        }
        if (showShortcuts) {
            tabs.getSelectionModel().select(shortcutsTab);
        }
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE); // Esc closes it too
        getDialogPane().getStylesheets().add(Theme.url());
    }

    /** Every menu item with a shortcut, as "Ctrl+F: Search…", then the keys that are not on a menu. */
    public static List<Shortcut> shortcuts(MenuBar menus) {
        List<Shortcut> out = new ArrayList<>();
        for (Menu m : menus.getMenus()) {
            collect(m, plain(m.getText()), out);
        }
        for (String[] k : OTHER_KEYS) {
            out.add(new Shortcut(Texts.get(k[0]), Texts.get(k[1])));
        }
        return out;
    }

    private static void collect(Menu menu, String path, List<Shortcut> out) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu sub) {
                collect(sub, path + " › " + plain(sub.getText()), out);
            } else if (item.getAccelerator() != null) {
                out.add(new Shortcut(keys(item.getAccelerator().getDisplayText()), path + " › "
                        + plain(item.getText())));
            }
        }
    }

    /** JavaFX names some keys by their constants ("Ctrl+OPEN_BRACKET"): the key's own sign instead. */
    private static String keys(String display) {
        return display.replace("OPEN_BRACKET", "[").replace("CLOSE_BRACKET", "]").replace("PAGE_UP", "Page Up")
                .replace("PAGE_DOWN", "Page Down").replace("DIGIT", "");
    }

    /** A menu's text without the mnemonic's underscore. */
    private static String plain(String text) {
        return text == null ? "" : text.replace("_", "");
    }
}
