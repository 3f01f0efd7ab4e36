package org.commissioningexplorer.ui.map;

import javafx.scene.layout.Background;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;

/**
 * The map's colours, read from the theme: {@code map.css} gives small probe regions the theme's
 * {@code -ce-map-*} colours, so the canvas, which CSS cannot reach, draws in the light, dark or high-contrast
 * theme like everything else. Read again when the theme changes.
 */
record MapPalette(Color[] regions, Color none, Color sea, Color edge, Color inner, Color council, Color selected,
        Color before, Color after, Color text) {

    static final int REGIONS = 8;

    /** The light theme's colours, for a pane not yet in a scene (and for tests). */
    static MapPalette standard() {
        return new MapPalette(new Color[] {Color.web("#8dd3c7"), Color.web("#f3e37c"), Color.web("#bebada"),
            Color.web("#fb8072"), Color.web("#80b1d3"), Color.web("#fdb462"), Color.web("#b3de69"),
            Color.web("#fccde5")}, Color.web("#d8dde0"), Color.web("#eef4f8"), Color.WHITE, Color.web("#425563"),
                Color.web("#212b32"), Color.web("#005eb8"), Color.web("#330072"), Color.web("#d5281b"),
                Color.web("#212b32"));
    }

    /** The colour of region {@code index} of the legend (-1: not recorded); more regions than colours repeat. */
    Color region(int index) {
        return index < 0 ? none : regions[index % regions.length];
    }

    /** Reads the colours through probes added to {@code host} (which must be in a styled scene) and removed again. */
    static MapPalette read(Pane host) {
        MapPalette fallback = standard();
        if (host.getScene() == null) {
            return fallback;
        }
        Color[] regions = new Color[REGIONS];
        for (int i = 0; i < REGIONS; i++) {
            regions[i] = probe(host, "map-region-" + i, fallback.regions[i]);
        }
        return new MapPalette(regions, probe(host, "map-none", fallback.none), probe(host, "map-sea", fallback.sea),
                probe(host, "map-edge", fallback.edge), probe(host, "map-inner", fallback.inner),
                probe(host, "map-council", fallback.council), probe(host, "map-selected", fallback.selected),
                probe(host, "map-before", fallback.before), probe(host, "map-after", fallback.after),
                probe(host, "map-text", fallback.text));
    }

    private static Color probe(Pane host, String styleClass, Color fallback) {
        Region probe = new Region();
        probe.getStyleClass().addAll("map-probe", styleClass);
        probe.setManaged(false);
        probe.setVisible(false);
        host.getChildren().add(probe);
        try {
            probe.applyCss();
            Background bg = probe.getBackground();
            if (bg != null && !bg.getFills().isEmpty()) {
                Paint p = bg.getFills().get(0).getFill();
                if (p instanceof Color c) {
                    return c;
                }
            }
            return fallback;
        } finally {
            host.getChildren().remove(probe);
        }
    }
}
