package org.commissioningexplorer.core.geo;

import java.util.List;

/**
 * One area of a boundary layer: a CCG's, a sub-ICB location's, an ICB's or an upper-tier authority's, as
 * rings of longitude/latitude pairs. Rings are tested even-odd, so holes (an authority inside another) need
 * no marking; exteriors run counter-clockwise and holes clockwise, as RFC 7946 says, which makes the signed
 * ring areas add up to the area's.
 *
 * @param code   the area's code in its layer (an ODS code, a GSS code, or {@code 00F+00G+00H})
 * @param bodies ids of the dataset bodies the area is: one, except where the files draw several as one
 * @param note   what the drawing leaves out, or null
 * @param rings  each ring as {@code lon0, lat0, lon1, lat1, …}, closed (the last point repeats the first)
 */
public record GeoArea(String code, List<String> bodies, String note, List<double[]> rings) {

    /** Mean radius of the Earth, km, as d3-geo and turf use it. */
    static final double EARTH_RADIUS_KM = 6371.0088;

    public GeoArea {
        bodies = List.copyOf(bodies);
        rings = List.copyOf(rings);
    }

    /** Bounding box {@code minLon, minLat, maxLon, maxLat}. */
    public double[] bounds() {
        double[] b = Bounds.empty();
        for (double[] r : rings) {
            for (int i = 0; i + 1 < r.length; i += 2) {
                Bounds.add(b, r[i], r[i + 1]);
            }
        }
        return b;
    }

    /** Whether the point lies inside the area (even-odd over all rings; a point on an edge may go either way). */
    public boolean contains(double lon, double lat) {
        boolean inside = false;
        for (double[] r : rings) {
            for (int i = 0, j = r.length - 2; i + 1 < r.length; j = i, i += 2) {
                double xi = r[i];
                double yi = r[i + 1];
                double xj = r[j];
                double yj = r[j + 1];
                if ((yi > lat) != (yj > lat) && lon < (xj - xi) * (lat - yi) / (yj - yi) + xi) {
                    inside = !inside;
                }
            }
        }
        return inside;
    }

    /** The area in km² on a sphere (holes subtract), by the ring-area formula of d3-geo and turf. */
    public double areaKm2() {
        double sum = 0;
        for (double[] r : rings) {
            sum += signedRingArea(r);
        }
        return Math.abs(sum);
    }

    /** Signed area of one ring in km²: positive counter-clockwise. */
    static double signedRingArea(double[] r) {
        double total = 0;
        for (int i = 0; i + 3 < r.length; i += 2) {
            double l1 = Math.toRadians(r[i]);
            double p1 = Math.toRadians(r[i + 1]);
            double l2 = Math.toRadians(r[i + 2]);
            double p2 = Math.toRadians(r[i + 3]);
            total += (l2 - l1) * (2 + Math.sin(p1) + Math.sin(p2));
        }
        return total * EARTH_RADIUS_KM * EARTH_RADIUS_KM / 2;
    }

    /** Number of points in all rings. */
    public int points() {
        return rings.stream().mapToInt(r -> r.length / 2).sum();
    }
}
