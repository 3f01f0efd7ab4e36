package org.commissioningexplorer.ui.main;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.control.SplitPane;
import org.commissioningexplorer.core.geo.BoundaryFiles;
import org.commissioningexplorer.ui.common.Services;
import org.commissioningexplorer.ui.map.MapPane;
import org.commissioningexplorer.ui.map.MapViewModel;
import org.commissioningexplorer.ui.state.ExplorerState;

/**
 * The map as a third column of the main window, right of the detail pane (View › Map, Ctrl+M): made the first
 * time it is shown, so a start that does not show it never reads the boundaries. Whether it is open and how wide
 * are remembered ({@code map.open}, {@code window.mapDivider}); the tree keeps its width when it opens.
 */
final class MapColumn {

    static final String OPEN_KEY = "map.open";
    static final String DIVIDER_KEY = "window.mapDivider";
    private static final double DEFAULT_SHARE = 0.5;

    private final SplitPane split;
    private final ExplorerState state;
    private final Services services;
    private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper();
    private MapPane pane;

    MapColumn(SplitPane split, ExplorerState state, Services services) {
        this.split = split;
        this.state = state;
        this.services = services;
    }

    ReadOnlyBooleanProperty showingProperty() {
        return showing.getReadOnlyProperty();
    }

    void toggle() {
        if (showing.get()) {
            hide();
        } else {
            show();
        }
    }

    void show() {
        if (showing.get()) {
            return;
        }
        if (pane == null) {
            MapViewModel model = new MapViewModel(state, services.runner(), services.settings(),
                    BoundaryFiles::bundled);
            pane = new MapPane(model, services.dialogs(), services.runner(), state.status());
        }
        double tree = split.getDividerPositions().length > 0 ? split.getDividerPositions()[0] : 0.3;
        split.getItems().add(pane);
        double second = services.settings().getDouble(DIVIDER_KEY, tree + (1 - tree) * DEFAULT_SHARE);
        split.setDividerPositions(tree, Math.max(tree + 0.15, Math.min(0.9, second)));
        showing.set(true);
        services.settings().put(OPEN_KEY, "true");
        pane.setActive(true);
    }

    void hide() {
        if (!showing.get()) {
            return;
        }
        remember();
        pane.setActive(false);
        double tree = split.getDividerPositions()[0];
        split.getItems().remove(pane);
        split.setDividerPositions(tree);
        showing.set(false);
        services.settings().put(OPEN_KEY, "false");
    }

    /** Keeps the map's divider, for the next time it opens (and when the window closes). */
    void remember() {
        if (showing.get() && split.getDividerPositions().length > 1) {
            services.settings().put(DIVIDER_KEY, Double.toString(split.getDividerPositions()[1]));
        }
    }

    /** File › Export map…: opens the map if it is not open, and asks where once it is drawn. */
    void export() {
        show();
        if (pane.exportable()) {
            pane.export();
            return;
        }
        pane.whenDrawn(pane::export);
    }

    MapPane pane() {
        return pane;
    }
}
