package org.commissioningexplorer.core.importer.boundary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.commissioningexplorer.core.importer.ImportException;

/**
 * Cuts the LSOA edges into the arcs of a topology. Every edge runs between two LSOAs (or one and the outside);
 * an edge is kept if the two sides are in different areas in at least one layer. Kept edges are chained into
 * arcs that end wherever more than two meet or the areas on either side change, so each arc has one area on
 * its left and one on its right in every layer, and neighbours share it exactly.
 */
final class ArcBuilder {

    /** The arcs: each as {@code x0, y0, …} in units; {@code sides.get(k)} per layer: left area, right area (−1 outside). */
    record Arcs(List<int[]> coordinates, List<int[]> sides) {
    }

    private final List<LsoaShapes.Lsoa> lsoas;
    private final List<LayerPlan.LayerSpec> layers;
    private final String shownAs;
    private final Map<Long, Integer> pointIndex = new HashMap<>();
    private int[] px = new int[1 << 16];
    private int[] py = new int[1 << 16];
    private int points;
    private final Map<Long, Integer> segmentIndex = new HashMap<>();
    private int[] segA = new int[1 << 16];
    private int[] segB = new int[1 << 16];
    private int[] left = new int[1 << 16];
    private int[] right = new int[1 << 16];
    private int segments;

    private ArcBuilder(List<LsoaShapes.Lsoa> lsoas, List<LayerPlan.LayerSpec> layers, String shownAs) {
        this.lsoas = lsoas;
        this.layers = layers;
        this.shownAs = shownAs;
    }

    static Arcs build(List<LsoaShapes.Lsoa> lsoas, List<LayerPlan.LayerSpec> layers, String shownAs) {
        return new ArcBuilder(lsoas, layers, shownAs).run();
    }

    private Arcs run() {
        for (int i = 0; i < lsoas.size(); i++) {
            for (int[] ring : lsoas.get(i).rings()) {
                int n = ring.length / 2;
                for (int k = 0; k < n; k++) {
                    int j = (k + 1) % n;
                    addEdge(i, point(ring[2 * k], ring[2 * k + 1]), point(ring[2 * j], ring[2 * j + 1]));
                }
            }
        }
        // Signatures of the kept edges, read a→b (forward) and b→a.
        Map<String, Integer> signatureIds = new HashMap<>();
        List<int[]> signatures = new ArrayList<>();
        int[] forward = new int[segments];
        int[] backward = new int[segments];
        boolean[] kept = new boolean[segments];
        int[] degree = new int[points];
        for (int s = 0; s < segments; s++) {
            int[] sig = signature(left[s], right[s]);
            kept[s] = isBoundary(sig);
            if (kept[s]) {
                forward[s] = intern(sig, signatureIds, signatures);
                backward[s] = intern(signature(right[s], left[s]), signatureIds, signatures);
                degree[segA[s]]++;
                degree[segB[s]]++;
            }
        }
        int[] start = new int[points + 1];
        for (int p = 0; p < points; p++) {
            start[p + 1] = start[p] + degree[p];
        }
        int[] fill = Arrays.copyOf(start, points);
        int[] incident = new int[start[points]];
        for (int s = 0; s < segments; s++) {
            if (kept[s]) {
                incident[fill[segA[s]]++] = s;
                incident[fill[segB[s]]++] = s;
            }
        }
        boolean[] node = new boolean[points];
        for (int p = 0; p < points; p++) {
            if (degree[p] != 2) {
                node[p] = degree[p] > 0;
                continue;
            }
            int in = incident[start[p]];
            int out = incident[start[p] + 1];
            int sigIn = segB[in] == p ? forward[in] : backward[in];
            int sigOut = segA[out] == p ? forward[out] : backward[out];
            node[p] = sigIn != sigOut;
        }
        List<int[]> coordinates = new ArrayList<>();
        List<int[]> sides = new ArrayList<>();
        boolean[] used = new boolean[segments];
        int[] buffer = new int[1024];
        for (int s = 0; s < segments; s++) {
            if (!kept[s] || used[s]) {
                continue;
            }
            // Walk back to the arc's first point, unless the arc is a loop with no node.
            int seg = s;
            int tail = segA[s];
            while (!node[tail]) {
                int t = other(incident, start, tail, seg);
                if (t == s) {
                    seg = s;
                    tail = segA[s];
                    break;
                }
                tail = segA[t] == tail ? segB[t] : segA[t];
                seg = t;
            }
            int first = tail;
            sides.add(signatures.get(segA[seg] == tail ? forward[seg] : backward[seg]));
            int n = 0;
            int p = tail;
            while (true) {
                if (n + 4 > buffer.length) {
                    buffer = Arrays.copyOf(buffer, buffer.length * 2);
                }
                if (n == 0) {
                    buffer[n++] = px[p];
                    buffer[n++] = py[p];
                }
                used[seg] = true;
                int q = segA[seg] == p ? segB[seg] : segA[seg];
                buffer[n++] = px[q];
                buffer[n++] = py[q];
                if (node[q] || q == first) {
                    break;
                }
                seg = other(incident, start, q, seg);
                p = q;
            }
            coordinates.add(Arrays.copyOf(buffer, n));
        }
        return new Arcs(coordinates, sides);
    }

    private static int other(int[] incident, int[] start, int p, int seg) {
        int a = incident[start[p]];
        return a == seg ? incident[start[p] + 1] : a;
    }

    /** Per layer: the area left of the edge, the area right of it (−1: outside England). */
    private int[] signature(int l, int r) {
        int[] sig = new int[layers.size() * 2];
        for (int k = 0; k < layers.size(); k++) {
            int[] areaOf = layers.get(k).areaOf();
            sig[2 * k] = l < 0 ? -1 : areaOf[l];
            sig[2 * k + 1] = r < 0 ? -1 : areaOf[r];
        }
        return sig;
    }

    private static boolean isBoundary(int[] sig) {
        for (int k = 0; k < sig.length; k += 2) {
            if (sig[k] != sig[k + 1]) {
                return true;
            }
        }
        return false;
    }

    private static int intern(int[] sig, Map<String, Integer> ids, List<int[]> list) {
        return ids.computeIfAbsent(Arrays.toString(sig), k -> {
            list.add(sig);
            return list.size() - 1;
        });
    }

    private int point(int x, int y) {
        long key = ((long) x << 32) | (y & 0xffffffffL);
        Integer i = pointIndex.get(key);
        if (i != null) {
            return i;
        }
        if (points == px.length) {
            px = Arrays.copyOf(px, points * 2);
            py = Arrays.copyOf(py, points * 2);
        }
        px[points] = x;
        py[points] = y;
        pointIndex.put(key, points);
        return points++;
    }

    /** Records that LSOA {@code lsoa} runs from point a to point b, so it lies left of a→b. */
    private void addEdge(int lsoa, int a, int b) {
        boolean forwardEdge = a < b;
        int lo = Math.min(a, b);
        int hi = Math.max(a, b);
        long key = ((long) lo << 32) | hi;
        Integer s = segmentIndex.get(key);
        if (s == null) {
            if (segments == segA.length) {
                int size = segments * 2;
                segA = Arrays.copyOf(segA, size);
                segB = Arrays.copyOf(segB, size);
                left = Arrays.copyOf(left, size);
                right = Arrays.copyOf(right, size);
            }
            s = segments++;
            segA[s] = lo;
            segB[s] = hi;
            left[s] = -1;
            right[s] = -1;
            segmentIndex.put(key, s);
        }
        int[] side = forwardEdge ? left : right;
        if (side[s] >= 0 && side[s] != lsoa) {
            throw ImportException.ofFile(shownAs, "LSOAs " + lsoas.get(side[s]).code() + " and " + lsoas.get(lsoa).code()
                    + " overlap along the edge at " + (px[lo] / (double) LsoaShapes.UNITS) + ","
                    + (py[lo] / (double) LsoaShapes.UNITS) + "; the boundaries must not overlap");
        }
        side[s] = lsoa;
    }
}
