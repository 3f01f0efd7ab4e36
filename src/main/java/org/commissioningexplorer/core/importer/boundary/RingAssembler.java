package org.commissioningexplorer.core.importer.boundary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * Puts each area of a layer together from the arcs that have it on one side: arcs with the area on their left
 * are followed forwards and those with it on their right backwards, so the area is always on the left; where
 * an area touches itself at a point, the next arc is the first one clockwise, which closes the tightest ring.
 * Counter-clockwise rings are exteriors, clockwise ones holes, each put in the smallest exterior that holds
 * it. JTS then checks that every area is a valid polygon.
 */
final class RingAssembler {

    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    /** A polygon as TopoJSON arc references (i, or ~i for arc i backwards): exterior first, then holes. */
    record Area(List<List<List<Integer>>> polygons) {
    }

    private final List<int[]> arcs;

    RingAssembler(List<int[]> arcs) {
        this.arcs = arcs;
    }

    /**
     * The areas of one layer, in the order of its areas.
     *
     * @param layer index of the layer in {@code sides}
     * @throws InvalidArea if an area does not close or is not a valid polygon
     */
    List<Area> layer(List<int[]> sides, int layer, LayerPlan.LayerSpec spec) throws InvalidArea {
        List<List<Integer>> pieces = new ArrayList<>();
        for (int a = 0; a < spec.areas().size(); a++) {
            pieces.add(new ArrayList<>());
        }
        for (int i = 0; i < arcs.size(); i++) {
            int l = sides.get(i)[2 * layer];
            int r = sides.get(i)[2 * layer + 1];
            if (l == r) {
                continue;
            }
            if (l >= 0) {
                pieces.get(l).add(i);
            }
            if (r >= 0) {
                pieces.get(r).add(~i);
            }
        }
        List<Area> out = new ArrayList<>();
        for (int a = 0; a < pieces.size(); a++) {
            out.add(area(pieces.get(a), spec.id(), spec.areas().get(a).code()));
        }
        return out;
    }

    /** The area is not a valid polygon. */
    static final class InvalidArea extends Exception {
        InvalidArea(String message) {
            super(message);
        }
    }

    private Area area(List<Integer> refs, String layer, String code) throws InvalidArea {
        Map<Long, List<Integer>> byStart = new HashMap<>();
        for (int ref : refs) {
            byStart.computeIfAbsent(key(point(ref, 0)), k -> new ArrayList<>()).add(ref);
        }
        Set<Integer> unused = new LinkedHashSet<>(refs);
        List<List<Integer>> rings = new ArrayList<>();
        while (!unused.isEmpty()) {
            int first = unused.iterator().next();
            unused.remove(first);
            List<Integer> ring = new ArrayList<>();
            ring.add(first);
            long start = key(point(first, 0));
            int current = first;
            while (true) {
                long end = key(point(current, -1));
                List<Integer> candidates = new ArrayList<>();
                for (int c : byStart.getOrDefault(end, List.of())) {
                    if (unused.contains(c) || c == first && end == start) {
                        candidates.add(c);
                    }
                }
                if (candidates.isEmpty()) {
                    int[] p = point(current, -1);
                    throw new InvalidArea(layer + " " + code + ": its boundary does not close at " + lonLat(p));
                }
                int next = candidates.size() == 1 ? candidates.get(0) : tightest(current, candidates);
                if (next == first) {
                    break;
                }
                unused.remove(next);
                ring.add(next);
                current = next;
            }
            rings.add(ring);
        }
        return classify(rings, layer, code);
    }

    /** Of the arcs leaving the end of {@code current}, the first clockwise from the way {@code current} came in. */
    private int tightest(int current, List<Integer> candidates) {
        int[] v = point(current, -1);
        int[] prev = point(current, -2);
        double back = Math.atan2(prev[1] - v[1], prev[0] - v[0]);
        int best = candidates.get(0);
        double bestAngle = Double.MAX_VALUE;
        for (int c : candidates) {
            int[] q = point(c, 1);
            double turn = back - Math.atan2(q[1] - v[1], q[0] - v[0]);
            while (turn <= 0) {
                turn += 2 * Math.PI;
            }
            while (turn > 2 * Math.PI) {
                turn -= 2 * Math.PI;
            }
            if (turn < bestAngle) {
                bestAngle = turn;
                best = c;
            }
        }
        return best;
    }

    private Area classify(List<List<Integer>> rings, String layer, String code) throws InvalidArea {
        List<List<Integer>> shells = new ArrayList<>();
        List<LinearRing> shellRings = new ArrayList<>();
        List<Polygon> shellPolygons = new ArrayList<>();
        List<List<Integer>> holes = new ArrayList<>();
        List<LinearRing> holeRings = new ArrayList<>();
        for (List<Integer> r : rings) {
            LinearRing jts;
            try {
                jts = GEOMETRY.createLinearRing(coordinates(r));
            } catch (IllegalArgumentException e) {
                throw new InvalidArea(layer + " " + code + ": a ring at " + lonLat(point(r.get(0), 0))
                        + " has collapsed (" + e.getMessage() + ")");
            }
            if (Orientation.isCCW(jts.getCoordinates())) {
                shells.add(r);
                shellRings.add(jts);
                shellPolygons.add(GEOMETRY.createPolygon(jts));
            } else {
                holes.add(r);
                holeRings.add(jts);
            }
        }
        List<List<List<Integer>>> polygons = new ArrayList<>();
        List<List<LinearRing>> holesOf = new ArrayList<>();
        for (List<Integer> s : shells) {
            List<List<Integer>> p = new ArrayList<>();
            p.add(s);
            polygons.add(p);
            holesOf.add(new ArrayList<>());
        }
        for (int h = 0; h < holes.size(); h++) {
            int best = -1;
            for (int s = 0; s < shellPolygons.size(); s++) {
                Polygon shell = shellPolygons.get(s);
                if (shell.getEnvelopeInternal().covers(holeRings.get(h).getEnvelopeInternal())
                        && shell.covers(holeRings.get(h))
                        && (best < 0 || shell.getArea() < shellPolygons.get(best).getArea())) {
                    best = s;
                }
            }
            if (best < 0) {
                throw new InvalidArea(layer + " " + code + ": a hole at "
                        + lonLat(point(holes.get(h).get(0), 0)) + " lies in none of its outer rings");
            }
            polygons.get(best).add(holes.get(h));
            holesOf.get(best).add(holeRings.get(h));
        }
        Polygon[] jts = new Polygon[shells.size()];
        for (int s = 0; s < jts.length; s++) {
            jts[s] = GEOMETRY.createPolygon(shellRings.get(s), holesOf.get(s).toArray(new LinearRing[0]));
        }
        MultiPolygon all = GEOMETRY.createMultiPolygon(jts);
        TopologyValidationError error = new IsValidOp(all).getValidationError();
        if (error != null) {
            Coordinate c = error.getCoordinate();
            throw new InvalidArea(layer + " " + code + ": " + error.getMessage().toLowerCase() + " at "
                    + (c == null ? "?" : lonLat(new int[] {(int) c.x, (int) c.y})));
        }
        return new Area(polygons);
    }

    private Coordinate[] coordinates(List<Integer> ring) {
        List<Coordinate> out = new ArrayList<>();
        for (int ref : ring) {
            int[] a = arcs.get(ref >= 0 ? ref : ~ref);
            int n = a.length / 2;
            for (int k = out.isEmpty() ? 0 : 1; k < n; k++) {
                int i = ref >= 0 ? k : n - 1 - k;
                out.add(new Coordinate(a[2 * i], a[2 * i + 1]));
            }
        }
        return out.toArray(new Coordinate[0]);
    }

    /** Point {@code k} of the arc as referenced (negative k counts from its end: −1 is the last). */
    private int[] point(int ref, int k) {
        int[] a = arcs.get(ref >= 0 ? ref : ~ref);
        int n = a.length / 2;
        int i = k >= 0 ? k : n + k;
        if (ref < 0) {
            i = n - 1 - i;
        }
        return new int[] {a[2 * i], a[2 * i + 1]};
    }

    private static long key(int[] p) {
        return ((long) p[0] << 32) | (p[1] & 0xffffffffL);
    }

    private static String lonLat(int[] p) {
        return p[0] / (double) LsoaShapes.UNITS + "," + p[1] / (double) LsoaShapes.UNITS;
    }
}
