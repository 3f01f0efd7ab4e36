package org.commissioningexplorer.core.geo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.commissioningexplorer.core.model.Body;

/**
 * What the map shows on a date for a selection: the layers that held, each commissioning area's colour (the
 * NHS England region it was in, as the legend lists them), the selected body's area(s), and the areas of the
 * bodies it took over from and handed over to. Plain data: the window draws it, the PNG export draws it too.
 *
 * @param colours  index into {@link #regions} for each commissioning area; absent where no region is recorded
 * @param regions  the regions of the date in legend order
 * @param selected the selected body's areas (all of a region's when a region is selected); empty if it has none
 * @param before   areas of the bodies the selected one succeeded (from the layers of their last day)
 * @param after    areas of the bodies that succeeded it (from the layers of their first day)
 */
public record MapPicture(LocalDate date, Boundaries.OnDate layers, Map<GeoArea, Integer> colours, List<Body> regions,
        List<GeoArea> selected, List<GeoArea> before, List<GeoArea> after) {

    public MapPicture {
        colours = Map.copyOf(colours);
        regions = List.copyOf(regions);
        selected = List.copyOf(selected);
        before = List.copyOf(before);
        after = List.copyOf(after);
    }

    /** How many CCGs or ICBs the drawing stands for (the 2013 area drawn for three CCGs counts three). */
    public int bodies() {
        return layers.commissioning() == null ? 0
                : layers.commissioning().areas().stream().mapToInt(a -> Math.max(1, a.bodies().size())).sum();
    }

    /** Bounding box of the selection, or null when nothing selected has an area. */
    public double[] focus() {
        return union(selected);
    }

    /** Bounding box of areas, {@code minLon, minLat, maxLon, maxLat}, or null for none. */
    public static double[] union(List<GeoArea> areas) {
        if (areas.isEmpty()) {
            return null;
        }
        double[] all = Bounds.empty();
        for (GeoArea a : areas) {
            Bounds.add(all, a.bounds());
        }
        return all;
    }
}
