package org.commissioningexplorer.core.geo;

/** Bounding boxes as {@code minLon, minLat, maxLon, maxLat}: the one place they are grown and joined. */
final class Bounds {

    private Bounds() {
    }

    /** A box that holds nothing yet: any point or box added to it replaces it. */
    static double[] empty() {
        return new double[] {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
    }

    /** Grows {@code box} to hold the point. */
    static void add(double[] box, double lon, double lat) {
        box[0] = Math.min(box[0], lon);
        box[1] = Math.min(box[1], lat);
        box[2] = Math.max(box[2], lon);
        box[3] = Math.max(box[3], lat);
    }

    /** Grows {@code box} to hold {@code other}. */
    static void add(double[] box, double[] other) {
        add(box, other[0], other[1]);
        add(box, other[2], other[3]);
    }
}
