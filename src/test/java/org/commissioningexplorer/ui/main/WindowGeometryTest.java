package org.commissioningexplorer.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.geometry.Rectangle2D;
import org.commissioningexplorer.ui.common.Settings;
import org.junit.jupiter.api.Test;

/** The window's first size follows the screen; the tree's divider comes back where the user left it. */
class WindowGeometryTest {

    private static String size(Rectangle2D r) {
        return Math.round(r.getWidth()) + "x" + Math.round(r.getHeight());
    }

    @Test
    void theFirstStartFillsMostOfALaptopScreenAndNotAllOfALargeOne() {
        assertEquals("1229x655", size(MainWindow.firstSize(new Rectangle2D(0, 0, 1366, 728))), "a 1366x768 laptop");
        assertEquals("1600x936", size(MainWindow.firstSize(new Rectangle2D(0, 0, 1920, 1040))), "a 1920x1080 monitor");
        assertEquals("1600x1000", size(MainWindow.firstSize(new Rectangle2D(0, 0, 2560, 1400))));
        assertEquals("1024x600", size(MainWindow.firstSize(new Rectangle2D(0, 0, 1024, 600))), "all of a small screen");
        assertEquals("800x600", size(MainWindow.firstSize(new Rectangle2D(0, 0, 800, 600))), "never beyond the screen");
    }

    @Test
    void theDividerIsRememberedWithinLimits() {
        Settings s = Settings.inMemory();
        assertEquals(MainWindow.DEFAULT_DIVIDER, MainWindow.divider(s));
        s.put("window.divider", "0.42");
        assertEquals(0.42, MainWindow.divider(s));
        s.put("window.divider", "0.99");
        assertEquals(0.7, MainWindow.divider(s), "the detail pane keeps room");
        s.put("window.divider", "nonsense");
        assertEquals(MainWindow.DEFAULT_DIVIDER, MainWindow.divider(s));
    }
}
