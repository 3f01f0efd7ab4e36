package org.commissioningexplorer.ui.view;

import java.util.Map;
import java.util.Optional;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.stage.Stage;
import org.commissioningexplorer.ui.common.Appearance;
import org.commissioningexplorer.ui.common.Theme;

/**
 * The end of the View menu (zoom, full screen, presenter, theme), laid out in TopBar.fxml with ids and wired
 * here to {@link Presentation} and {@link Appearance}: the window's controller needs no handler for them.
 */
public final class ViewMenu {

    private static final Map<String, Theme.Choice> THEMES = Map.of("viewThemeLight", Theme.Choice.LIGHT,
            "viewThemeDark", Theme.Choice.DARK, "viewThemeContrast", Theme.Choice.CONTRAST);

    private ViewMenu() {
    }

    public static void install(MenuBar bar, Stage stage, Presentation p, Appearance appearance) {
        item(bar, "viewZoomIn").ifPresent(i -> i.setOnAction(e -> p.zoomIn()));
        item(bar, "viewZoomOut").ifPresent(i -> i.setOnAction(e -> p.zoomOut()));
        item(bar, "viewZoomReset").ifPresent(i -> i.setOnAction(e -> p.resetZoom()));
        item(bar, "viewFullScreen").ifPresent(i -> {
            CheckMenuItem check = (CheckMenuItem) i;
            // Whether or not the accelerator ticked the box already, the stage decides, and the box follows it.
            check.setOnAction(e -> {
                p.toggleFullScreen();
                check.setSelected(stage.isFullScreen());
            });
            stage.fullScreenProperty().addListener((obs, was, on) -> check.setSelected(on));
        });
        item(bar, "viewPresenter").ifPresent(i -> {
            CheckMenuItem check = (CheckMenuItem) i;
            check.setOnAction(e -> {
                p.togglePresenting();
                check.setSelected(p.isPresenting());
            });
            p.presentingProperty().addListener((obs, was, on) -> check.setSelected(on));
        });
        ToggleGroup themes = new ToggleGroup();
        THEMES.forEach((id, choice) -> item(bar, id).ifPresent(i -> {
            RadioMenuItem radio = (RadioMenuItem) i;
            radio.setToggleGroup(themes);
            radio.setSelected(appearance.theme() == choice);
            radio.setOnAction(e -> appearance.setTheme(choice));
        }));
        appearance.themeProperty().addListener((obs, was, now) -> themes.getToggles().forEach(t ->
                t.setSelected(THEMES.get(((MenuItem) t).getId()) == now)));
    }

    /** The item with this id anywhere in the menus, submenus included. */
    static Optional<MenuItem> item(MenuBar bar, String id) {
        for (Menu m : bar.getMenus()) {
            Optional<MenuItem> found = find(m, id);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<MenuItem> find(MenuItem item, String id) {
        if (id.equals(item.getId())) {
            return Optional.of(item);
        }
        if (item instanceof Menu m) {
            for (MenuItem child : m.getItems()) {
                Optional<MenuItem> found = find(child, id);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }
}
