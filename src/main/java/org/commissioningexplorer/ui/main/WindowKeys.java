package org.commissioningexplorer.ui.main;

import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.commissioningexplorer.ui.state.Navigation;
import org.commissioningexplorer.ui.timeline.TimelineController;

/**
 * Keys and mouse buttons that work wherever the focus is in the main window: Alt+Left/Right and the mouse's back
 * and forward buttons (Back, Forward), Ctrl+[ ] and Ctrl+Page Up/Down (the previous and next change). A filter on
 * the scene sees them before the tree or a text field can take them for itself.
 */
final class WindowKeys {

    private WindowKeys() {
    }

    /** Installs the filters on the scene of {@code node} once it has one. */
    static void install(Node node, Navigation navigation, TimelineController timeline) {
        node.sceneProperty().addListener((obs, old, scene) -> {
            if (scene == null) {
                return;
            }
            scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                if (e.isAltDown() && !e.isControlDown() && !e.isShiftDown()
                        && (e.getCode() == KeyCode.LEFT || e.getCode() == KeyCode.RIGHT)) {
                    if (e.getCode() == KeyCode.LEFT) {
                        navigation.goBack();
                    } else {
                        navigation.goForward();
                    }
                    e.consume();
                } else if (e.isShortcutDown() && !e.isAltDown() && (e.getCode() == KeyCode.OPEN_BRACKET
                        || e.getCode() == KeyCode.CLOSE_BRACKET || e.getCode() == KeyCode.PAGE_UP
                        || e.getCode() == KeyCode.PAGE_DOWN)) {
                    // Also here rather than only as menu accelerators: some keyboard layouts report the brackets
                    // differently, and lists take Ctrl+Page Up/Down for themselves.
                    if (e.getCode() == KeyCode.OPEN_BRACKET || e.getCode() == KeyCode.PAGE_UP) {
                        timeline.previousChange();
                    } else {
                        timeline.nextChange();
                    }
                    e.consume();
                }
            });
            scene.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
                if (e.getButton() == MouseButton.BACK) {
                    navigation.goBack();
                    e.consume();
                } else if (e.getButton() == MouseButton.FORWARD) {
                    navigation.goForward();
                    e.consume();
                }
            });
        });
    }
}
