package org.commissioningexplorer.ui.common;

import java.util.List;
import javafx.event.EventHandler;
import javafx.geometry.Rectangle2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * What the tool windows (Library, Who commissions…, explainers) share: they open where the user left them or
 * beside the main window ({@link ToolWindowPlacement}), remember their place in the settings
 * ({@code window.<name>.x}, {@code .y}, {@code .width}, {@code .height}), close with Esc, and give the keyboard
 * back to the main window when they close.
 */
public final class ToolWindows {

    private ToolWindows() {
    }

    /**
     * Prepares {@code tool}, owned by {@code owner}, with its scene set and not yet shown. Esc is handled after
     * the controls inside had their turn, so an open list or calendar closes first and the window on the next Esc.
     */
    public static void install(Stage tool, Window owner, Settings settings, String name,
            ToolWindowPlacement.Size size) {
        Window top = owner;
        while (top instanceof Stage s && s.getOwner() != null) {
            top = s.getOwner(); // an explainer opened from the library goes beside the main window too
        }
        Rectangle2D main = new Rectangle2D(top.getX(), top.getY(), top.getWidth(), top.getHeight());
        List<Rectangle2D> screens = Screen.getScreens().stream().map(Screen::getVisualBounds).toList();
        Rectangle2D r = ToolWindowPlacement.place(main, screens, saved(settings, name), size);
        tool.setX(r.getMinX());
        tool.setY(r.getMinY());
        tool.setWidth(r.getWidth());
        tool.setHeight(r.getHeight());
        EventHandler<KeyEvent> esc = e -> {
            if (e.getCode() == KeyCode.ESCAPE && !e.isConsumed()) {
                e.consume();
                tool.hide();
            }
        };
        tool.getScene().addEventHandler(KeyEvent.KEY_PRESSED, esc);
        Window mainWindow = top;
        tool.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> {
            save(settings, name, tool);
            // Back to the window that opened it or, when that has closed (the library an explainer came from), to
            // the main window.
            Window back = owner.isShowing() ? owner : mainWindow;
            if (back.isShowing()) {
                back.requestFocus();
            }
        });
    }

    /** The bounds saved for the window called {@code name}, or null when there are none (or not all four). */
    static Rectangle2D saved(Settings settings, String name) {
        double x = settings.getDouble(key(name, "x"), Double.NaN);
        double y = settings.getDouble(key(name, "y"), Double.NaN);
        double w = settings.getDouble(key(name, "width"), Double.NaN);
        double h = settings.getDouble(key(name, "height"), Double.NaN);
        if (Double.isNaN(x) || Double.isNaN(y) || !(w > 0) || !(h > 0)) {
            return null;
        }
        return new Rectangle2D(x, y, w, h);
    }

    private static void save(Settings settings, String name, Stage tool) {
        if (tool.isIconified() || tool.isMaximized() || !(tool.getWidth() > 0)) {
            return; // keep the last ordinary place
        }
        settings.put(key(name, "x"), Double.toString(tool.getX()));
        settings.put(key(name, "y"), Double.toString(tool.getY()));
        settings.put(key(name, "width"), Double.toString(tool.getWidth()));
        settings.put(key(name, "height"), Double.toString(tool.getHeight()));
    }

    /** The settings key, e.g. {@code window.library.x}. */
    public static String key(String name, String part) {
        return "window." + name + "." + part;
    }
}
