package org.commissioningexplorer.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** The zoom's steps and stylesheet, and the names themes are kept under, without a window. */
class ThemeTest {

    @Test
    void zoomStepsThroughItsLevelsAndStopsAtTheEnds() {
        assertEquals(110, Theme.zoomStep(100, true));
        assertEquals(90, Theme.zoomStep(100, false));
        assertEquals(250, Theme.zoomStep(200, true));
        assertEquals(250, Theme.zoomStep(250, true));
        assertEquals(80, Theme.zoomStep(80, false));
        assertEquals(175, Theme.zoomStep(160, true), "from between two levels, the nearest then a step");
    }

    @Test
    void aSavedZoomIsTakenAsTheNearestLevel() {
        assertEquals(150, Theme.zoomLevel(149));
        assertEquals(250, Theme.zoomLevel(900));
        assertEquals(80, Theme.zoomLevel(1));
        assertEquals(100, Theme.zoomLevel(Double.NaN));
        assertEquals(100, new Appearance(Settings.inMemory()).zoom());
        Settings s = Settings.inMemory();
        s.put(Appearance.ZOOM_KEY, "not a number");
        s.put(Appearance.THEME_KEY, "purple");
        assertEquals(100, new Appearance(s).zoom());
        assertEquals(Theme.Choice.LIGHT, new Appearance(s).theme());
    }

    @Test
    void theZoomSheetSetsTheRootFontSize() {
        String url = Theme.zoomUrl(150);
        assertTrue(url.startsWith("data:text/css;base64,"));
        String css = new String(Base64.getDecoder().decode(url.substring(url.indexOf(',') + 1)),
                StandardCharsets.UTF_8);
        assertEquals(".root, .dialog-pane { -fx-font-size: 19.50px; }", css);
    }

    @Test
    void themesAreKeptByName() {
        assertEquals(Theme.Choice.DARK, Theme.Choice.of("dark"));
        assertEquals(Theme.Choice.CONTRAST, Theme.Choice.of(" Contrast "));
        assertEquals(Theme.Choice.LIGHT, Theme.Choice.of(null));
        assertNull(Theme.Choice.LIGHT.url(), "light is theme.css alone");
        assertTrue(Theme.Choice.DARK.url().endsWith("theme-dark.css"));
    }
}
