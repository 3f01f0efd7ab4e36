package org.commissioningexplorer.core.chart;

import java.util.ArrayList;
import java.util.HashMap;
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
 * Lays a {@link ChartModel} out in layers: the parent chain in a column above the centred body, its children in
 * rows right below it (joined by a bus line, and a spine on the left for rows after the first), and its related
 * bodies in a column on each side beyond the children's rows, grouped under their wording, the groups shared out
 * so the sides balance. Each part has its own band of space, so no two boxes overlap and lines run in the gaps
 * between them: the arrows to one side's groups leave the centred body at heights in the groups' order, each
 * group along a lane of its own, so they do not cross each other.
 */
public final class LayeredLayout {

    static final double GAP_X = 24;
    static final double GAP_Y = 48;
    static final double ROW_GAP = 12;
    static final double GROUP_GAP = 28;
    static final double SIDE_GAP = 72;
    static final double MARGIN = 24;
    static final int ROW_MAX = 6;

    private final BoxSizer sizer;

    public LayeredLayout(BoxSizer sizer) {
        this.sizer = sizer;
    }

    public ChartLayout layout(ChartModel model) {
        Map<String, Rect> boxes = new LinkedHashMap<>();
        List<Route> routes = new ArrayList<>();
        List<Heading> headings = new ArrayList<>();
        Map<String, Size> sizes = new HashMap<>();
        model.nodes().forEach(n -> sizes.put(n.key(), sizer.box(n)));

        // The column of the parent chain, then the centred body, all centred on x = 0.
        double y = 0;
        double half = 0;
        Rect centre = null;
        for (ChartNode n : model.nodes()) {
            if (n.role() == Role.ANCESTOR || n.role() == Role.CENTRE) {
                Size s = sizes.get(n.key());
                Rect r = new Rect(-s.width() / 2, y, s.width(), s.height());
                boxes.put(n.key(), r);
                half = Math.max(half, s.width() / 2);
                y += s.height() + GAP_Y;
                centre = n.role() == Role.CENTRE ? r : centre;
            }
        }
        double childrenHalf = placeChildren(model, sizes, centre, centre.bottom() + GAP_Y, boxes, routes);
        double outer = Math.max(half, childrenHalf);
        new SideColumns(sizer, sizes, centre, outer).place(model, boxes, routes, headings);
        addOtherRoutes(model, centre, half, outer, boxes, routes);
        return normalised(model, boxes, routes, headings);
    }

    /**
     * Rows of at most {@link #ROW_MAX} children, each row centred under the centred body, from {@code top}.
     * Returns how far the rows and their spine reach from the middle, so the side columns go beyond them.
     */
    private static double placeChildren(ChartModel model, Map<String, Size> sizes, Rect centre, double top,
            Map<String, Rect> boxes, List<Route> routes) {
        List<ChartNode> children = model.nodes().stream().filter(n -> n.role() == Role.CHILD).toList();
        List<List<ChartNode>> rows = new ArrayList<>();
        for (int i = 0; i < children.size(); i += ROW_MAX) {
            rows.add(children.subList(i, Math.min(children.size(), i + ROW_MAX)));
        }
        double y = top;
        double leftmost = 0;
        List<Double> buses = new ArrayList<>();
        for (List<ChartNode> row : rows) {
            double width = row.stream().mapToDouble(n -> sizes.get(n.key()).width()).sum() + GAP_X * (row.size() - 1);
            double x = -width / 2;
            leftmost = Math.min(leftmost, x);
            double height = 0;
            for (ChartNode n : row) {
                Size s = sizes.get(n.key());
                boxes.put(n.key(), new Rect(x, y, s.width(), s.height()));
                x += s.width() + GAP_X;
                height = Math.max(height, s.height());
            }
            buses.add(y - GAP_Y / 2);
            y += height + GAP_Y;
        }
        double spine = leftmost - GAP_X;
        double cx = centre.centreX();
        if (rows.isEmpty()) {
            return 0;
        }
        for (int r = 0; r < rows.size(); r++) {
            for (ChartNode n : rows.get(r)) {
                Rect b = boxes.get(n.key());
                List<Point> pts = new ArrayList<>(List.of(new Point(cx, centre.bottom()), new Point(cx, buses.get(0))));
                if (r > 0) {
                    pts.add(new Point(spine, buses.get(0)));
                    pts.add(new Point(spine, buses.get(r)));
                }
                pts.add(new Point(b.centreX(), buses.get(r)));
                pts.add(new Point(b.centreX(), b.y()));
                ChartEdge e = edgeTo(model, n.key());
                Point label = e.label().isEmpty() ? null : new Point(b.centreX() + 4, buses.get(r) + 2);
                routes.add(new Route(e, pts, label));
            }
        }
        return -spine;
    }

    /**
     * Edges that are neither tree lines nor a group's arrows: the centred body to an ancestor further up than its
     * parent, or to a related box already shown under another wording. They run up or down the right-hand gap.
     */
    private static void addOtherRoutes(ChartModel model, Rect centre, double half, double outer,
            Map<String, Rect> boxes, List<Route> routes) {
        List<ChartEdge> done = routes.stream().map(Route::edge).toList();
        int k = 0;
        for (ChartEdge e : model.edges()) {
            if (done.contains(e)) {
                continue;
            }
            Rect from = boxes.get(e.from());
            Rect to = boxes.get(e.to());
            List<Point> pts;
            Point label;
            if (e.tree()) { // parent chain: straight down the column
                pts = List.of(new Point(from.centreX(), from.bottom()), new Point(to.centreX(), to.y()));
                label = e.label().isEmpty() ? null : new Point(from.centreX() + 6, (from.bottom() + to.y()) / 2 - 8);
            } else {
                boolean left = to.right() < -half; // in the left-hand column: go round that side
                boolean chain = to.x() < half && to.right() > -half;
                double side = left ? -1 : 1;
                double lane = side * ((chain ? half : outer) + 6 + 6 * (k++ % 4));
                double sy = centre.y() + 4 + 4 * (k % 4);
                double endX = left ? to.right() : to.x() > half ? to.x() : to.right();
                pts = List.of(new Point(left ? centre.x() : centre.right(), sy), new Point(lane, sy),
                        new Point(lane, to.centreY()), new Point(endX, to.centreY()));
                label = new Point(lane + 4, (sy + to.centreY()) / 2 - 8);
            }
            routes.add(new Route(e, pts, label));
        }
    }

    static ChartEdge edgeTo(ChartModel model, String key) {
        return model.edges().stream().filter(e -> e.to().equals(key) && e.from().equals(model.centre().id()))
                .findFirst().orElseThrow();
    }

    /** Moves everything so the top left is at the margin; the chart's size takes in every box, line and heading. */
    private static ChartLayout normalised(ChartModel model, Map<String, Rect> boxes, List<Route> routes,
            List<Heading> headings) {
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        List<Rect> all = new ArrayList<>(boxes.values());
        headings.forEach(h -> all.add(h.at()));
        for (Rect r : all) {
            minX = Math.min(minX, r.x());
            minY = Math.min(minY, r.y());
            maxX = Math.max(maxX, r.right());
            maxY = Math.max(maxY, r.bottom());
        }
        for (Route r : routes) {
            for (Point p : r.points()) {
                minX = Math.min(minX, p.x());
                maxX = Math.max(maxX, p.x());
            }
        }
        double dx = MARGIN - minX, dy = MARGIN - minY;
        Map<String, Rect> moved = new LinkedHashMap<>();
        boxes.forEach((k, r) -> moved.put(k, r.shifted(dx, dy)));
        List<Route> movedRoutes = routes.stream().map(r -> new Route(r.edge(),
                r.points().stream().map(p -> p.shifted(dx, dy)).toList(),
                r.labelAt() == null ? null : r.labelAt().shifted(dx, dy))).toList();
        List<Heading> movedHeadings = headings.stream()
                .map(h -> new Heading(h.text(), h.at().shifted(dx, dy))).toList();
        return new ChartLayout(model, moved, movedRoutes, movedHeadings, maxX + dx + MARGIN, maxY + dy + MARGIN);
    }
}
