package org.commissioningexplorer.core.chart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commissioningexplorer.core.chart.ChartLayout.Heading;
import org.commissioningexplorer.core.chart.ChartLayout.Route;
import org.commissioningexplorer.core.chart.ChartNode.Role;
import org.commissioningexplorer.core.chart.Geometry.Point;
import org.commissioningexplorer.core.chart.Geometry.Rect;
import org.commissioningexplorer.core.chart.Geometry.Size;

/**
 * The related bodies of a {@link LayeredLayout}: their groups shared between a column on the right and one on
 * the left of the centre column (each group to the side that is shorter so far), each column centred on the
 * centred body's height, each group under its heading. A group's arrows leave the centred body's side at a height
 * in the groups' order and run out along a lane of their own in the gap before the column.
 */
final class SideColumns {

    private final BoxSizer sizer;
    private final Map<String, Size> sizes;
    private final Rect centre;
    private final double half;

    SideColumns(BoxSizer sizer, Map<String, Size> sizes, Rect centre, double half) {
        this.sizer = sizer;
        this.sizes = sizes;
        this.centre = centre;
        this.half = half;
    }

    /** Places the groups; returns the lowest y anything reaches (the centred body's bottom at least). */
    double place(ChartModel model, Map<String, Rect> boxes, List<Route> routes, List<Heading> headings) {
        Map<String, List<ChartNode>> groups = new LinkedHashMap<>();
        model.nodes().stream().filter(n -> n.role() == Role.RELATED)
                .forEach(n -> groups.computeIfAbsent(n.group(), g -> new ArrayList<>()).add(n));
        List<List<ChartNode>> right = new ArrayList<>();
        List<List<ChartNode>> left = new ArrayList<>();
        double rightHeight = 0;
        double leftHeight = 0;
        for (List<ChartNode> g : groups.values()) {
            if (rightHeight <= leftHeight) {
                right.add(g);
                rightHeight += height(g) + LayeredLayout.GROUP_GAP;
            } else {
                left.add(g);
                leftHeight += height(g) + LayeredLayout.GROUP_GAP;
            }
        }
        double bottom = centre.bottom();
        bottom = Math.max(bottom, column(model, right, 1, boxes, routes, headings));
        bottom = Math.max(bottom, column(model, left, -1, boxes, routes, headings));
        return bottom;
    }

    private double height(List<ChartNode> group) {
        double h = sizer.heading(group.get(0).group()).height() + 4;
        for (ChartNode n : group) {
            h += sizes.get(n.key()).height() + LayeredLayout.ROW_GAP;
        }
        return h - LayeredLayout.ROW_GAP;
    }

    /** One side's column ({@code side} 1 for the right, -1 for the left); returns its bottom. */
    private double column(ChartModel model, List<List<ChartNode>> groups, int side, Map<String, Rect> boxes,
            List<Route> routes, List<Heading> headings) {
        if (groups.isEmpty()) {
            return centre.bottom();
        }
        double total = groups.stream().mapToDouble(this::height).sum() + LayeredLayout.GROUP_GAP * (groups.size() - 1);
        double y = centre.centreY() - total / 2;
        double edge = side * (half + LayeredLayout.SIDE_GAP); // the column's inner edge
        for (int i = 0; i < groups.size(); i++) {
            List<ChartNode> group = groups.get(i);
            String label = group.get(0).group();
            Size hs = sizer.heading(label);
            double hx = side > 0 ? edge : edge - hs.width();
            headings.add(new Heading(label, new Rect(hx, y, hs.width(), hs.height())));
            y += hs.height() + 4;
            double startY = centre.y() + centre.height() * (i + 1) / (groups.size() + 1);
            double startX = side > 0 ? centre.right() : centre.x();
            double lane = side * (half + LayeredLayout.SIDE_GAP * (i + 1) / (groups.size() + 1));
            for (ChartNode n : group) {
                Size s = sizes.get(n.key());
                Rect r = new Rect(side > 0 ? edge : edge - s.width(), y, s.width(), s.height());
                boxes.put(n.key(), r);
                List<Point> pts = List.of(new Point(startX, startY), new Point(lane, startY),
                        new Point(lane, r.centreY()), new Point(side > 0 ? r.x() : r.right(), r.centreY()));
                routes.add(new Route(LayeredLayout.edgeTo(model, n.key()), pts, null));
                y += s.height() + LayeredLayout.ROW_GAP;
            }
            y += LayeredLayout.GROUP_GAP - LayeredLayout.ROW_GAP;
        }
        return y;
    }
}
