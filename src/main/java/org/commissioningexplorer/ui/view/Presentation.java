package org.commissioningexplorer.ui.view;

import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.ScrollEvent;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.commissioningexplorer.ui.common.Appearance;
import org.commissioningexplorer.ui.common.Texts;
import org.commissioningexplorer.ui.state.StatusLine;

/**
 * Showing the main window to a room: full screen (F11), zoom (Ctrl+Plus, Ctrl+Minus, Ctrl+0, Ctrl+wheel) and
 * presenter mode (F5), which zooms to at least {@link #PRESENTER_ZOOM}% and hides the menu bar and the status
 * bar. The hidden menu bar stays in the scene, so its shortcuts keep working; F5 again, or Esc outside a text
 * field (the search box keeps its own Esc), leaves presenter mode.
 */
public final class Presentation {

    public static final int PRESENTER_ZOOM = 150;

    private final Stage stage;
    private final Appearance appearance;
    private final StatusLine status;
    private final List<Node> chrome;
    private final ReadOnlyBooleanWrapper presenting = new ReadOnlyBooleanWrapper(false);
    /** The zoom before presenter mode raised it, to go back to; -1 when it did not. */
    private int zoomBefore = -1;

    private Presentation(Stage stage, Appearance appearance, StatusLine status, List<Node> chrome) {
        this.stage = stage;
        this.appearance = appearance;
        this.status = status;
        this.chrome = chrome;
    }

    /**
     * Sets up the keys and the mouse wheel on {@code stage}'s scene; {@code chrome} is what presenter mode hides
     * (the menu bar, the status bar). The appearance is applied to every window until the stage is hidden.
     */
    public static Presentation install(Stage stage, Appearance appearance, StatusLine status, Node... chrome) {
        Presentation p = new Presentation(stage, appearance, status, List.of(chrome));
        Scene scene = stage.getScene();
        stage.setFullScreenExitHint(Texts.get("view.fullScreen.hint"));
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH); // F11 or Esc, handled below
        scene.addEventFilter(KeyEvent.KEY_PRESSED, p::zoomKeys);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, p::escape);
        scene.addEventFilter(ScrollEvent.SCROLL, p::wheel);
        appearance.install();
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> {
            p.setPresenting(false); // the zoom kept is the user's own, not presenter mode's
            appearance.uninstall();
        });
        return p;
    }

    public ReadOnlyBooleanProperty presentingProperty() {
        return presenting.getReadOnlyProperty();
    }

    public boolean isPresenting() {
        return presenting.get();
    }

    public void togglePresenting() {
        setPresenting(!presenting.get());
    }

    public void setPresenting(boolean on) {
        if (on == presenting.get()) {
            return;
        }
        presenting.set(on);
        for (Node n : chrome) {
            n.setVisible(!on);
            n.setManaged(!on);
        }
        if (on) {
            zoomBefore = appearance.zoom() < PRESENTER_ZOOM ? appearance.zoom() : -1;
            if (zoomBefore >= 0) {
                appearance.setZoom(PRESENTER_ZOOM);
            }
            status.say(Texts.get("view.presenter.on"));
        } else {
            if (zoomBefore >= 0 && appearance.zoom() == PRESENTER_ZOOM) {
                appearance.setZoom(zoomBefore); // unless the user chose another zoom meanwhile
            }
            zoomBefore = -1;
            status.say(Texts.get("view.presenter.off"));
        }
    }

    public void toggleFullScreen() {
        stage.setFullScreen(!stage.isFullScreen());
    }

    public void zoomIn() {
        said(appearance.zoomIn());
    }

    public void zoomOut() {
        said(appearance.zoomOut());
    }

    public void resetZoom() {
        said(appearance.resetZoom());
    }

    private void said(int percent) {
        status.say(Texts.format("view.zoom.status", percent));
    }

    /**
     * Ctrl with + (or =, as most keyboards give it without Shift, or the keypad's), − or 0. The menu's
     * accelerators name the same keys; this filter sees them first, whichever key code the layout reports.
     */
    private void zoomKeys(KeyEvent e) {
        if (!e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        KeyCode k = e.getCode();
        if (k == KeyCode.PLUS || k == KeyCode.EQUALS || k == KeyCode.ADD) {
            zoomIn();
        } else if (k == KeyCode.MINUS || k == KeyCode.SUBTRACT) {
            zoomOut();
        } else if ((k == KeyCode.DIGIT0 || k == KeyCode.NUMPAD0) && !e.isShiftDown()) {
            resetZoom();
        } else {
            return;
        }
        e.consume();
    }

    /**
     * Esc leaves presenter mode, else full screen, unless the focus is where Esc means something already: a text
     * field (the search box goes back to the tree with it) or an open list of choices. Lists and the tree take
     * every Esc for themselves, so this has to look before they do.
     */
    private void escape(KeyEvent e) {
        if (e.getCode() != KeyCode.ESCAPE || e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        Node focus = stage.getScene().getFocusOwner();
        if (focus instanceof TextInputControl || focus instanceof ComboBoxBase<?> box && box.isShowing()) {
            return;
        }
        if (presenting.get()) {
            setPresenting(false);
            e.consume();
        } else if (stage.isFullScreen()) {
            stage.setFullScreen(false);
            e.consume();
        }
    }

    private void wheel(ScrollEvent e) {
        if (e.isShortcutDown() && e.getDeltaY() != 0) {
            if (e.getDeltaY() > 0) {
                zoomIn();
            } else {
                zoomOut();
            }
            e.consume();
        }
    }
}
