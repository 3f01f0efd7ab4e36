package org.commissioningexplorer.core.chart;

import java.util.List;

/** The plain shapes a {@link ChartLayout} is made of, in chart units (pixels at 100%). */
public final class Geometry {

    private Geometry() {
    }

    /**
     * The three corners of an arrowhead {@code size} long at the end of a line, pointing along its last segment:
     * the tip, then the two back corners. The window and the PDF draw the same head.
     */
    public static List<Point> arrowhead(List<Point> line, double size) {
        Point tip = line.get(line.size() - 1);
        Point from = line.get(line.size() - 2);
        double dx = tip.x() - from.x();
        double dy = tip.y() - from.y();
        double len = Math.hypot(dx, dy);
        double ux = len == 0 ? 1 : dx / len;
        double uy = len == 0 ? 0 : dy / len;
        double bx = tip.x() - ux * size;
        double by = tip.y() - uy * size;
        return List.of(tip, new Point(bx - uy * size / 2, by + ux * size / 2),
                new Point(bx + uy * size / 2, by - ux * size / 2));
    }

    public record Point(double x, double y) {

        Point shifted(double dx, double dy) {
            return new Point(x + dx, y + dy);
        }
    }

    public record Size(double width, double height) {
    }

    public record Rect(double x, double y, double width, double height) {

        public double right() {
            return x + width;
        }

        public double bottom() {
            return y + height;
        }

        public double centreX() {
            return x + width / 2;
        }

        public double centreY() {
            return y + height / 2;
        }

        /** Whether the two overlap or come closer than {@code gap} to each other. */
        public boolean closerThan(Rect o, double gap) {
            return x < o.right() + gap && o.x < right() + gap && y < o.bottom() + gap && o.y < bottom() + gap;
        }

        /** Whether the point lies on the rectangle's outline (within a small tolerance). */
        public boolean onOutline(Point p) {
            double e = 0.01;
            boolean inX = p.x() >= x - e && p.x() <= right() + e;
            boolean inY = p.y() >= y - e && p.y() <= bottom() + e;
            return inX && inY && (Math.abs(p.x() - x) < e || Math.abs(p.x() - right()) < e
                    || Math.abs(p.y() - y) < e || Math.abs(p.y() - bottom()) < e);
        }

        Rect shifted(double dx, double dy) {
            return new Rect(x + dx, y + dy, width, height);
        }
    }
}
