package org.commissioningexplorer.ui.map;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.StrokeLineJoin;
import org.commissioningexplorer.core.geo.GeoArea;
import org.commissioningexplorer.core.geo.GeoLayer;
import org.commissioningexplorer.core.geo.MapPicture;
import org.commissioningexplorer.core.geo.MapProjection;

/**
 * Draws a {@link MapPicture} on a canvas: the commissioning areas filled in their region's colour with white
 * edges, the sub-ICB locations' lines when asked, the councils' layer, the selected body's area, and its
 * predecessors (dashed) and successors (dotted). Each area is projected once and kept, so a date or a selection
 * costs only the drawing; points closer than a pixel to the last one drawn are skipped, and areas off the canvas
 * are not drawn at all.
 */
final class MapRenderer {

    /** What to draw besides the areas. */
    record Options(boolean innerLines, boolean councils, GeoArea hover) {
    }

    private final Map<GeoArea, float[][]> projected = new IdentityHashMap<>();
    private final Map<GeoArea, float[]> boxes = new IdentityHashMap<>();

    /** Draws the picture over the whole {@code width × height} of the context. */
    void draw(GraphicsContext g, MapPicture picture, MapFrame frame, MapPalette palette, Options options,
            double width, double height) {
        g.save();
        g.setTransform(1, 0, 0, 1, 0, 0);
        g.setGlobalAlpha(1);
        g.setFill(palette.sea());
        g.fillRect(0, 0, width, height);
        if (picture == null || picture.layers().commissioning() == null) {
            g.restore();
            return;
        }
        double s = frame.scale();
        g.setTransform(s, 0, 0, s, -frame.originX() * s, -frame.originY() * s);
        g.setFillRule(FillRule.EVEN_ODD);
        g.setLineJoin(StrokeLineJoin.ROUND);
        double[] view = {frame.originX(), frame.originY(), frame.originX() + width / s, frame.originY() + height / s};
        double step = 0.6 / s; // under a pixel: not worth a point
        GeoLayer commissioning = picture.layers().commissioning();
        for (GeoArea a : commissioning.areas()) {
            if (visible(a, view)) {
                g.setFill(palette.region(picture.colours().getOrDefault(a, -1)));
                trace(g, a, step);
                g.fill();
            }
        }
        stroke(g, commissioning.areas(), view, step, palette.edge(), 0.9 / s, null);
        if (options.innerLines() && picture.layers().subIcb() != null) {
            stroke(g, picture.layers().subIcb().areas(), view, step, palette.inner(), 0.8 / s,
                    new double[] {4 / s, 3 / s});
        }
        if (options.councils() && picture.layers().authorities() != null) {
            stroke(g, picture.layers().authorities().areas(), view, step, palette.council(), 1.1 / s, null);
        }
        if (!picture.selected().isEmpty()) {
            g.setGlobalAlpha(0.55);
            g.setFill(palette.selected());
            for (GeoArea a : picture.selected()) {
                if (visible(a, view)) {
                    trace(g, a, step);
                    g.fill();
                }
            }
            g.setGlobalAlpha(1);
            stroke(g, picture.selected(), view, step, palette.selected(), 3 / s, null);
        }
        stroke(g, picture.before(), view, step, palette.before(), 2.5 / s, new double[] {8 / s, 5 / s});
        stroke(g, picture.after(), view, step, palette.after(), 2.5 / s, new double[] {2 / s, 4 / s});
        if (options.hover() != null) {
            stroke(g, List.of(options.hover()), view, step, palette.text(), 2 / s, null);
        }
        g.restore();
    }

    private void stroke(GraphicsContext g, List<GeoArea> areas, double[] view, double step, Color colour, double width,
            double[] dashes) {
        if (areas.isEmpty()) {
            return;
        }
        g.setStroke(colour);
        g.setLineWidth(width);
        g.setLineDashes(dashes);
        for (GeoArea a : areas) {
            if (visible(a, view)) {
                trace(g, a, step);
                g.stroke();
            }
        }
        g.setLineDashes((double[]) null);
    }

    private boolean visible(GeoArea a, double[] view) {
        float[] b = boxes.computeIfAbsent(a, MapRenderer::box);
        return b[2] >= view[0] && b[0] <= view[2] && b[3] >= view[1] && b[1] <= view[3];
    }

    private static float[] box(GeoArea a) {
        double[] b = a.bounds();
        return new float[] {(float) MapProjection.x(b[0]), (float) MapProjection.y(b[3]),
            (float) MapProjection.x(b[2]), (float) MapProjection.y(b[1])};
    }

    /** The area's rings as a path, skipping points nearer than {@code step} to the last one kept. */
    private void trace(GraphicsContext g, GeoArea a, double step) {
        g.beginPath();
        for (float[] r : rings(a)) {
            int n = r.length / 2;
            if (n < 3) {
                continue;
            }
            double lx = r[0];
            double ly = r[1];
            g.moveTo(lx, ly);
            for (int i = 1; i < n - 1; i++) {
                double x = r[2 * i];
                double y = r[2 * i + 1];
                if (Math.abs(x - lx) >= step || Math.abs(y - ly) >= step) {
                    g.lineTo(x, y);
                    lx = x;
                    ly = y;
                }
            }
            g.closePath();
        }
    }

    float[][] rings(GeoArea a) {
        return projected.computeIfAbsent(a, area -> area.rings().stream().map(MapProjection::project)
                .toArray(float[][]::new));
    }

    /** How many areas have been projected (each once). */
    int projectedAreas() {
        return projected.size();
    }
}
