package org.commissioningexplorer.ui.common;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;

/**
 * Where a tool window (Library, Who commissions…, an explainer) opens, as arithmetic on rectangles so it is
 * tested without stages: where the user left it if that is still on a screen, otherwise beside the main
 * window, or failing room there over the main window's right half only, never over its left half where the
 * tree and the selection are. Always inside a screen's visual bounds (shrunk to fit).
 */
public final class ToolWindowPlacement {

    /** Between the main window and one beside it. */
    static final double GAP = 8;
    /** How much of a saved window must still be on a screen to be put back there. */
    static final double MIN_VISIBLE_WIDTH = 120;
    static final double MIN_VISIBLE_HEIGHT = 40;

    /** The size a tool window would like, and the narrowest it may be to stand beside the main window. */
    public record Size(double width, double height, double minWidth) {
    }

    private ToolWindowPlacement() {
    }

    /**
     * The tool window's bounds: {@code saved} (null when none) if still visible on one of {@code screens},
     * fitted to it; otherwise {@link #beside} the main window on the screen it is mostly on.
     */
    public static Rectangle2D place(Rectangle2D main, List<Rectangle2D> screens, Rectangle2D saved, Size size) {
        if (screens.isEmpty()) {
            throw new IllegalArgumentException("no screen");
        }
        return restore(saved, screens).orElseGet(() -> beside(main, screenOf(main, screens), size));
    }

    /** The saved bounds fitted to the screen that shows most of them, or empty when too little is visible. */
    public static Optional<Rectangle2D> restore(Rectangle2D saved, List<Rectangle2D> screens) {
        if (saved == null || !(saved.getWidth() > 0) || !(saved.getHeight() > 0)) {
            return Optional.empty();
        }
        Rectangle2D best = null;
        double bestArea = 0;
        for (Rectangle2D s : screens) {
            double w = overlap(saved.getMinX(), saved.getMaxX(), s.getMinX(), s.getMaxX());
            double h = overlap(saved.getMinY(), saved.getMaxY(), s.getMinY(), s.getMaxY());
            boolean visible = w >= Math.min(MIN_VISIBLE_WIDTH, saved.getWidth())
                    && h >= Math.min(MIN_VISIBLE_HEIGHT, saved.getHeight());
            if (visible && w * h > bestArea) {
                best = s;
                bestArea = w * h;
            }
        }
        return best == null ? Optional.empty() : Optional.of(fit(saved, best));
    }

    /**
     * Beside the main window: to its right if the screen has room for the whole width, else to its left, else on
     * the roomier side if there is room for {@code minWidth}; else over the main window's right half only,
     * against the screen's right edge. The top is level with the main window's where the height allows.
     */
    public static Rectangle2D beside(Rectangle2D main, Rectangle2D screen, Size size) {
        double width = Math.min(size.width(), screen.getWidth());
        double right = screen.getMaxX() - main.getMaxX() - GAP;
        double left = main.getMinX() - screen.getMinX() - GAP;
        double x;
        if (right >= width) {
            x = main.getMaxX() + GAP;
        } else if (left >= width) {
            x = main.getMinX() - GAP - width;
        } else if (Math.max(right, left) >= size.minWidth()) {
            width = Math.max(right, left);
            x = right >= left ? main.getMaxX() + GAP : main.getMinX() - GAP - width;
        } else {
            // No room beside: the right-hand part, from the main window's middle to the screen's edge.
            double from = Math.max(main.getMinX() + main.getWidth() / 2, screen.getMinX());
            double room = screen.getMaxX() - from;
            if (room > 0) {
                width = Math.min(width, room);
            }
            x = screen.getMaxX() - width;
        }
        double height = Math.min(size.height(), screen.getHeight());
        return fit(new Rectangle2D(x, main.getMinY(), width, height), screen);
    }

    /** {@code r} shrunk to the screen if larger and moved inside it. */
    public static Rectangle2D fit(Rectangle2D r, Rectangle2D screen) {
        double w = Math.min(r.getWidth(), screen.getWidth());
        double h = Math.min(r.getHeight(), screen.getHeight());
        double x = clamp(r.getMinX(), screen.getMinX(), screen.getMaxX() - w);
        double y = clamp(r.getMinY(), screen.getMinY(), screen.getMaxY() - h);
        return new Rectangle2D(x, y, w, h);
    }

    /** The screen holding the centre of {@code r}, else the one it overlaps most, else the first. */
    static Rectangle2D screenOf(Rectangle2D r, List<Rectangle2D> screens) {
        double cx = r.getMinX() + r.getWidth() / 2;
        double cy = r.getMinY() + r.getHeight() / 2;
        Rectangle2D best = screens.get(0);
        double bestArea = -1;
        for (Rectangle2D s : screens) {
            if (s.contains(cx, cy)) {
                return s;
            }
            double area = overlap(r.getMinX(), r.getMaxX(), s.getMinX(), s.getMaxX())
                    * overlap(r.getMinY(), r.getMaxY(), s.getMinY(), s.getMaxY());
            if (area > bestArea) {
                best = s;
                bestArea = area;
            }
        }
        return best;
    }

    private static double overlap(double a0, double a1, double b0, double b1) {
        return Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(v, hi));
    }
}
