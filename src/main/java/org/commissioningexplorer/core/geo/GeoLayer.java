package org.commissioningexplorer.core.geo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The areas of one kind that held from one date to another (CCGs of 2019–20, ICBs from July 2022), with a
 * lookup by code and by point. Bounding boxes are worked out once, so finding the area under a point tests only
 * the few whose box holds it.
 */
public final class GeoLayer {

    private final String id;
    private final LayerKind kind;
    private final LocalDate from;
    private final LocalDate to;
    private final String note;
    private final List<GeoArea> areas;
    private final double[][] boxes;
    private final Map<String, GeoArea> byBody = new HashMap<>();
    private final Map<String, GeoArea> byCode = new HashMap<>();

    /**
     * @param from first day the layer holds
     * @param to   last day it holds, or null while it still does
     */
    public GeoLayer(String id, LayerKind kind, LocalDate from, LocalDate to, String note, List<GeoArea> areas) {
        this.id = id;
        this.kind = kind;
        this.from = from;
        this.to = to;
        this.note = note;
        this.areas = List.copyOf(areas);
        this.boxes = new double[this.areas.size()][];
        for (int i = 0; i < boxes.length; i++) {
            GeoArea a = this.areas.get(i);
            boxes[i] = a.bounds();
            byCode.put(a.code(), a);
            a.bodies().forEach(b -> byBody.putIfAbsent(b, a));
        }
    }

    public String id() {
        return id;
    }

    public LayerKind kind() {
        return kind;
    }

    public LocalDate from() {
        return from;
    }

    /** Last day, or null for a layer that still holds. */
    public LocalDate to() {
        return to;
    }

    /** What the layer's drawing leaves out or assumes, or null. */
    public String note() {
        return note;
    }

    public List<GeoArea> areas() {
        return areas;
    }

    public boolean heldOn(LocalDate date) {
        return !date.isBefore(from) && (to == null || !date.isAfter(to));
    }

    /** The area that is the body with this id, if the layer has one. */
    public Optional<GeoArea> areaOf(String bodyId) {
        return Optional.ofNullable(byBody.get(bodyId));
    }

    public Optional<GeoArea> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** The area under a point; empty at sea, in Wales or Scotland. */
    public Optional<GeoArea> areaAt(double lon, double lat) {
        for (int i = 0; i < boxes.length; i++) {
            double[] b = boxes[i];
            if (lon >= b[0] && lon <= b[2] && lat >= b[1] && lat <= b[3] && areas.get(i).contains(lon, lat)) {
                return Optional.of(areas.get(i));
            }
        }
        return Optional.empty();
    }

    /** Bounding box of every area, {@code minLon, minLat, maxLon, maxLat}. */
    public double[] bounds() {
        double[] all = Bounds.empty();
        for (double[] b : boxes) {
            Bounds.add(all, b);
        }
        return all;
    }

    /** Sum of the areas' areas, km². */
    public double areaKm2() {
        return areas.stream().mapToDouble(GeoArea::areaKm2).sum();
    }

    @Override
    public String toString() {
        return id;
    }
}
