package org.commissioningexplorer.ui.map;

import javafx.scene.Scene;

/** What the map canvas in a scene has drawn, for the {@code bench ui} figures: how many times, the last one's time. */
public record MapMetrics(int draws, long lastDrawNanos) {

    /** The map's figures, or none drawn when the scene has no map. */
    public static MapMetrics of(Scene scene) {
        return scene.getRoot().lookup(".map-canvas-host") instanceof MapCanvas c
                ? new MapMetrics(c.draws(), c.lastDrawNanos()) : new MapMetrics(0, 0);
    }
}
