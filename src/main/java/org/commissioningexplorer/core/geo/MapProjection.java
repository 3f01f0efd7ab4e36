package org.commissioningexplorer.core.geo;

/**
 * Longitude and latitude to flat map units and back: an equirectangular projection true to scale at 52.5° N,
 * the middle of England, so England keeps its shape (a degree of longitude there is 0.61 of a degree of
 * latitude). y grows downwards, as on a screen; one unit is one degree of latitude.
 */
public final class MapProjection {

    /** cos(52.5°). */
    public static final double X_SCALE = Math.cos(Math.toRadians(52.5));

    private MapProjection() {
    }

    public static double x(double lon) {
        return lon * X_SCALE;
    }

    public static double y(double lat) {
        return -lat;
    }

    public static double lon(double x) {
        return x / X_SCALE;
    }

    public static double lat(double y) {
        return -y;
    }

    /** A ring of {@code lon, lat, …} as {@code x, y, …} in map units. */
    public static float[] project(double[] ring) {
        float[] out = new float[ring.length];
        for (int i = 0; i + 1 < ring.length; i += 2) {
            out[i] = (float) x(ring[i]);
            out[i + 1] = (float) y(ring[i + 1]);
        }
        return out;
    }
}
