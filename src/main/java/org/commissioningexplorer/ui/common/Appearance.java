package org.commissioningexplorer.ui.common;

import java.util.List;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.stage.PopupWindow;
import javafx.stage.Window;

/**
 * The theme and the zoom the user chose, remembered in the settings ({@code view.theme}, {@code view.zoom}) and
 * applied to every window of the application: those open now and each one shown later (tool windows, dialogs),
 * until {@link #uninstall()}. Menus and tooltips take their stylesheets from the window they belong to.
 */
public final class Appearance {

    public static final String THEME_KEY = "view.theme";
    public static final String ZOOM_KEY = "view.zoom";

    private final Settings settings;
    private final ReadOnlyObjectWrapper<Theme.Choice> theme = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper zoom = new ReadOnlyIntegerWrapper();
    private final ListChangeListener<Window> shown = c -> {
        while (c.next()) {
            c.getAddedSubList().forEach(this::apply);
        }
    };

    public Appearance(Settings settings) {
        this.settings = settings;
        theme.set(Theme.Choice.of(settings.get(THEME_KEY, Theme.Choice.LIGHT.key())));
        zoom.set(Theme.zoomLevel(settings.getDouble(ZOOM_KEY, Theme.NORMAL_ZOOM)));
    }

    /** From now on every window shown gets the theme and zoom; those showing already get them at once. */
    public void install() {
        Window.getWindows().addListener(shown);
        applyAll();
    }

    public void uninstall() {
        Window.getWindows().removeListener(shown);
    }

    public ReadOnlyObjectProperty<Theme.Choice> themeProperty() {
        return theme.getReadOnlyProperty();
    }

    public Theme.Choice theme() {
        return theme.get();
    }

    /** The zoom in percent, one of {@link Theme#ZOOMS}. */
    public ReadOnlyIntegerProperty zoomProperty() {
        return zoom.getReadOnlyProperty();
    }

    public int zoom() {
        return zoom.get();
    }

    public void setTheme(Theme.Choice choice) {
        theme.set(choice);
        settings.put(THEME_KEY, choice.key());
        applyAll();
    }

    /** Sets the zoom to the level nearest {@code percent}; answers the level. */
    public int setZoom(int percent) {
        zoom.set(Theme.zoomLevel(percent));
        settings.put(ZOOM_KEY, Integer.toString(zoom.get()));
        applyAll();
        return zoom.get();
    }

    public int zoomIn() {
        return setZoom(Theme.zoomStep(zoom.get(), true));
    }

    public int zoomOut() {
        return setZoom(Theme.zoomStep(zoom.get(), false));
    }

    public int resetZoom() {
        return setZoom(Theme.NORMAL_ZOOM);
    }

    private void applyAll() {
        List.copyOf(Window.getWindows()).forEach(this::apply);
    }

    private void apply(Window w) {
        if (!(w instanceof PopupWindow)) {
            Theme.applyTo(w, theme.get(), zoom.get());
        }
    }
}
