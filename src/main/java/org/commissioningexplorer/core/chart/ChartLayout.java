package org.commissioningexplorer.core.chart;

import java.util.List;
import java.util.Map;
import org.commissioningexplorer.core.chart.Geometry.Point;
import org.commissioningexplorer.core.chart.Geometry.Rect;

/**
 * Where everything of a chart goes, in chart units from the top left (0, 0) to ({@code width}, {@code height}).
 *
 * @param boxes    each box's place, by its node's key
 * @param routes   each edge's line, from the box it leaves to the box it points at
 * @param headings the wording above each group of related bodies (their arrows carry no label of their own)
 */
public record ChartLayout(ChartModel model, Map<String, Rect> boxes, List<Route> routes, List<Heading> headings,
                          double width, double height) {

    public ChartLayout {
        boxes = Map.copyOf(boxes);
        routes = List.copyOf(routes);
        headings = List.copyOf(headings);
    }

    /**
     * An edge drawn as a polyline of straight segments.
     *
     * @param labelAt where the edge's label starts, or null when it has none or its group's heading says it
     */
    public record Route(ChartEdge edge, List<Point> points, Point labelAt) {

        public Route {
            points = List.copyOf(points);
        }
    }

    /** A group's wording, placed above the group's first box. */
    public record Heading(String text, Rect at) {
    }
}
