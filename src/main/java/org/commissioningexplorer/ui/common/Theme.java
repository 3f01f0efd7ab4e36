package org.commissioningexplorer.ui.common;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * The stylesheets every scene and dialog shows: {@code theme.css} (added by each window as {@link #url()}), then
 * the chosen theme's colours ({@link Choice}) and the zoom's root font size, which {@link #applyTo} puts right
 * after it wherever it is.
 */
public final class Theme {

    public static final String RESOURCE = "/org/commissioningexplorer/ui/theme.css";
    /** The zoom levels View › Zoom steps through, in percent. */
    public static final List<Integer> ZOOMS = List.of(80, 90, 100, 110, 125, 150, 175, 200, 250);
    public static final int NORMAL_ZOOM = 100;
    /** theme.css's root font size, in px: every other size is in em of it. */
    public static final double BASE_FONT_PX = 13;

    /** Light (theme.css alone), dark and high-contrast: the latter two are small sheets of colours only. */
    public enum Choice {
        LIGHT("light", null), DARK("dark", "theme-dark.css"), CONTRAST("contrast", "theme-contrast.css");

        private final String key;
        private final String sheet;

        Choice(String key, String sheet) {
            this.key = key;
            this.sheet = sheet;
        }

        /** The name kept in the settings ({@code view.theme}). */
        public String key() {
            return key;
        }

        /** The stylesheet added after theme.css, or null for the light theme, which needs none. */
        public String url() {
            return sheet == null ? null : Theme.class.getResource("/org/commissioningexplorer/ui/" + sheet)
                    .toExternalForm();
        }

        /** The theme a settings value names; the light one for anything else. */
        public static Choice of(String key) {
            for (Choice c : values()) {
                if (c.key.equals(key == null ? "" : key.trim().toLowerCase(Locale.ROOT))) {
                    return c;
                }
            }
            return LIGHT;
        }
    }

    private Theme() {
    }

    /** The stylesheet's address, to add to a scene's or dialog pane's stylesheets. */
    public static String url() {
        return Theme.class.getResource(RESOURCE).toExternalForm();
    }

    /** The nearest zoom level to {@code percent} (100 for nonsense). */
    public static int zoomLevel(double percent) {
        if (!Double.isFinite(percent)) {
            return NORMAL_ZOOM;
        }
        int best = NORMAL_ZOOM;
        for (int z : ZOOMS) {
            if (Math.abs(z - percent) < Math.abs(best - percent)) {
                best = z;
            }
        }
        return best;
    }

    /** The level one step above ({@code up}) or below {@code percent}, staying at the ends. */
    public static int zoomStep(int percent, boolean up) {
        int i = ZOOMS.indexOf(zoomLevel(percent));
        return ZOOMS.get(Math.max(0, Math.min(ZOOMS.size() - 1, i + (up ? 1 : -1))));
    }

    /** The root font size at a zoom level, in px. */
    public static double fontPx(int percent) {
        return BASE_FONT_PX * percent / 100.0;
    }

    /**
     * A stylesheet of one rule giving the root its font size at {@code percent}; a dialog's pane is the root of
     * what its stylesheets reach, so it is named too.
     */
    public static String zoomUrl(int percent) {
        String css = String.format(Locale.ROOT, ".root, .dialog-pane { -fx-font-size: %.2fpx; }", fontPx(percent));
        return "data:text/css;base64," + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Puts the theme's and the zoom's stylesheets right after theme.css in each stylesheet list of {@code window}
     * that holds it: its scene's, its root's, or (in a dialog) its pane's. Windows without theme.css are left as
     * they are.
     */
    public static void applyTo(Window window, Choice theme, int zoom) {
        Scene scene = window.getScene();
        if (scene == null) {
            return;
        }
        applyTo(scene.getStylesheets(), theme, zoom);
        Parent root = scene.getRoot();
        if (root != null) {
            applyTo(root.getStylesheets(), theme, zoom);
            for (Node child : root.getChildrenUnmodifiable()) {
                if (child instanceof Parent p) {
                    applyTo(p.getStylesheets(), theme, zoom);
                }
            }
        }
    }

    private static void applyTo(ObservableList<String> sheets, Choice theme, int zoom) {
        int at = sheets.indexOf(url());
        if (at < 0) {
            return;
        }
        List<String> ours = new java.util.ArrayList<>();
        if (theme.url() != null) {
            ours.add(theme.url());
        }
        ours.add(zoomUrl(zoom));
        List<String> now = sheets.subList(at + 1, Math.min(sheets.size(), at + 1 + ours.size()));
        if (now.equals(ours)) {
            return; // nothing to change: no restyle
        }
        List<String> kept = new java.util.ArrayList<>(sheets);
        kept.removeIf(Theme::isOurs);
        kept.addAll(kept.indexOf(url()) + 1, ours);
        sheets.setAll(kept);
    }

    private static boolean isOurs(String sheet) {
        for (Choice c : Choice.values()) {
            if (c.url() != null && c.url().equals(sheet)) {
                return true;
            }
        }
        return ZOOMS.stream().anyMatch(z -> zoomUrl(z).equals(sheet));
    }
}
