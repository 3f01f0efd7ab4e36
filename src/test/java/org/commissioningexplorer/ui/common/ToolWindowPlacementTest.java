package org.commissioningexplorer.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** Where tool windows open: beside the main window, never over its left half, on a screen, or where left. */
class ToolWindowPlacementTest {

    private static final Rectangle2D WIDE = new Rectangle2D(0, 0, 2560, 1400);
    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1366, 728);
    private static final ToolWindowPlacement.Size SIZE = new ToolWindowPlacement.Size(600, 500, 400);

    private static Rectangle2D place(Rectangle2D main, Rectangle2D saved, Rectangle2D... screens) {
        return ToolWindowPlacement.place(main, List.of(screens), saved, SIZE);
    }

    @Test
    void goesToTheRightOfTheMainWindowWhenTheScreenHasRoom() {
        Rectangle2D main = new Rectangle2D(100, 50, 1200, 780);
        assertEquals(new Rectangle2D(1308, 50, 600, 500), place(main, null, WIDE));
    }

    @Test
    void goesToTheLeftWhenOnlyTheLeftHasRoom() {
        Rectangle2D main = new Rectangle2D(1300, 80, 1200, 780);
        assertEquals(new Rectangle2D(692, 80, 600, 500), place(main, null, WIDE));
    }

    @Test
    void narrowerBesideOnTheRoomierSideWhenThereIsRoomForItsLeastWidth() {
        Rectangle2D main = new Rectangle2D(60, 0, 1200, 780); // 452 free on the right, 52 on the left
        Rectangle2D screen = new Rectangle2D(0, 0, 1720, 1000);
        Rectangle2D r = place(main, null, screen);
        assertEquals(1268, r.getMinX());
        assertEquals(452, r.getWidth(), "all the room there is on the right");
    }

    @Test
    void withNoRoomBesideItCoversOnlyTheRightHalfOfTheMainWindow() {
        Rectangle2D main = new Rectangle2D(83, 0, 1200, 728); // the app's default size on a laptop
        Rectangle2D r = place(main, null, LAPTOP);
        assertTrue(r.getMinX() >= main.getMinX() + main.getWidth() / 2, "not over the left half: " + r);
        assertEquals(LAPTOP.getMaxX(), r.getMaxX(), "against the screen's right edge");
        assertEquals(600, r.getWidth());

        Rectangle2D maximised = new Rectangle2D(0, 0, 1366, 728);
        Rectangle2D wide = ToolWindowPlacement.place(maximised, List.of(LAPTOP), null,
                new ToolWindowPlacement.Size(1180, 600, 640));
        assertEquals(new Rectangle2D(683, 0, 683, 600), wide, "a wide window shrinks to the right half");
    }

    @Test
    void savedBoundsOnAScreenAreUsedAgain() {
        Rectangle2D main = new Rectangle2D(100, 50, 1200, 780);
        Rectangle2D saved = new Rectangle2D(40, 300, 700, 640);
        assertEquals(saved, place(main, saved, WIDE), "even over the main window: the user put it there");
        Rectangle2D second = new Rectangle2D(2560, 0, 1920, 1080);
        Rectangle2D there = new Rectangle2D(3000, 100, 700, 640);
        assertEquals(there, place(main, there, WIDE, second), "on the second screen");
    }

    @Test
    void savedBoundsNoLongerOnAnyScreenAreIgnored() {
        Rectangle2D main = new Rectangle2D(100, 50, 1200, 780);
        Rectangle2D onAScreenSinceUnplugged = new Rectangle2D(3000, 100, 700, 640);
        assertEquals(new Rectangle2D(1308, 50, 600, 500), place(main, onAScreenSinceUnplugged, WIDE));
        Rectangle2D justACorner = new Rectangle2D(2500, 1380, 700, 640); // 60 x 20 pixels showing
        assertEquals(new Rectangle2D(1308, 50, 600, 500), place(main, justACorner, WIDE));
        assertEquals(new Rectangle2D(1308, 50, 600, 500),
                place(main, new Rectangle2D(10, 10, 0, 0), WIDE), "an empty rectangle is no place");
    }

    @Test
    void alwaysFitsOnTheScreen() {
        Rectangle2D halfOff = new Rectangle2D(1000, 400, 700, 640);
        assertEquals(new Rectangle2D(666, 88, 700, 640), place(new Rectangle2D(0, 0, 800, 600), halfOff, LAPTOP),
                "a saved window partly off the screen comes back onto it");
        Rectangle2D huge = new Rectangle2D(-20, -20, 3000, 2000);
        assertEquals(LAPTOP, place(new Rectangle2D(0, 0, 800, 600), huge, LAPTOP), "shrunk to the screen");

        Rectangle2D tall = ToolWindowPlacement.place(new Rectangle2D(100, 400, 600, 300), List.of(LAPTOP), null,
                new ToolWindowPlacement.Size(600, 900, 400));
        assertEquals(new Rectangle2D(708, 0, 600, 728), tall, "no taller than the screen, and on it");
    }

    @Test
    void theScreenOfTheMainWindowIsTheOneHoldingItsMiddle() {
        Rectangle2D second = new Rectangle2D(2560, 0, 1920, 1080);
        Rectangle2D main = new Rectangle2D(2800, 100, 1200, 780);
        Rectangle2D r = place(main, null, WIDE, second);
        assertTrue(second.contains(r), "on the main window's screen: " + r);
        assertNull(ToolWindowPlacement.restore(null, List.of(WIDE)).orElse(null));
    }
}
