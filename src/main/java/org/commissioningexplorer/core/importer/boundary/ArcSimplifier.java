package org.commissioningexplorer.core.importer.boundary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;

/**
 * Thins the arcs with JTS's topology-preserving Douglas–Peucker simplifier, all arcs at once so that none is
 * made to cross another. Arc ends stay where they are, so neighbours still meet exactly; the points kept are
 * points of the input, so they stay whole units.
 */
final class ArcSimplifier {

    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private ArcSimplifier() {
    }

    /**
     * Splits every arc that runs between the same two ends as another arc at its middle point, so that two
     * such arcs (an area bounded by just those two) cannot both be thinned to the same straight line.
     */
    static ArcBuilder.Arcs splitTwins(ArcBuilder.Arcs arcs) {
        Map<String, Integer> ends = new HashMap<>();
        for (int[] a : arcs.coordinates()) {
            ends.merge(endsKey(a), 1, Integer::sum);
        }
        List<int[]> coordinates = new ArrayList<>();
        List<int[]> sides = new ArrayList<>();
        for (int i = 0; i < arcs.coordinates().size(); i++) {
            int[] a = arcs.coordinates().get(i);
            int n = a.length / 2;
            boolean closed = a[0] == a[a.length - 2] && a[1] == a[a.length - 1];
            if (!closed && n >= 3 && ends.get(endsKey(a)) > 1) {
                int mid = n / 2;
                coordinates.add(Arrays.copyOfRange(a, 0, 2 * mid + 2));
                coordinates.add(Arrays.copyOfRange(a, 2 * mid, a.length));
                sides.add(arcs.sides().get(i));
                sides.add(arcs.sides().get(i));
            } else {
                coordinates.add(a);
                sides.add(arcs.sides().get(i));
            }
        }
        return new ArcBuilder.Arcs(coordinates, sides);
    }

    private static String endsKey(int[] a) {
        long p = ((long) a[0] << 32) | (a[1] & 0xffffffffL);
        long q = ((long) a[a.length - 2] << 32) | (a[a.length - 1] & 0xffffffffL);
        return Math.min(p, q) + ":" + Math.max(p, q);
    }

    /** The arcs thinned to within {@code tolerance} units; 0 leaves them as they are. */
    static List<int[]> simplify(List<int[]> arcs, double tolerance) {
        if (tolerance <= 0) {
            return arcs;
        }
        LineString[] lines = new LineString[arcs.size()];
        for (int i = 0; i < lines.length; i++) {
            int[] a = arcs.get(i);
            Coordinate[] c = new Coordinate[a.length / 2];
            for (int k = 0; k < c.length; k++) {
                c[k] = new Coordinate(a[2 * k], a[2 * k + 1]);
            }
            lines[i] = GEOMETRY.createLineString(c);
        }
        Geometry simplified = TopologyPreservingSimplifier.simplify(GEOMETRY.createMultiLineString(lines), tolerance);
        if (simplified.getNumGeometries() != lines.length) {
            throw new IllegalStateException("the simplifier returned " + simplified.getNumGeometries() + " arcs for "
                    + lines.length);
        }
        List<int[]> out = new ArrayList<>(lines.length);
        for (int i = 0; i < lines.length; i++) {
            Coordinate[] c = simplified.getGeometryN(i).getCoordinates();
            int[] a = new int[c.length * 2];
            for (int k = 0; k < c.length; k++) {
                a[2 * k] = (int) c[k].x;
                a[2 * k + 1] = (int) c[k].y;
            }
            int[] before = arcs.get(i);
            boolean closed = before[0] == before[before.length - 2] && before[1] == before[before.length - 1];
            boolean endsKept = a[0] == before[0] && a[1] == before[1] && a[a.length - 2] == before[before.length - 2]
                    && a[a.length - 1] == before[before.length - 1];
            boolean stillClosed = a[0] == a[a.length - 2] && a[1] == a[a.length - 1];
            if (a.length < 4 || !(endsKept || closed && stillClosed)) {
                throw new IllegalStateException("the simplifier moved the ends of arc " + i);
            }
            out.add(a);
        }
        return out;
    }
}
