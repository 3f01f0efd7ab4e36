package org.commissioningexplorer.core.geo;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Every boundary layer the importer made ({@code resources/generated/boundaries.topojson}), and which of them
 * held on a date: the CCGs' areas until 30 June 2022 and the ICBs' after, the sub-ICB locations inside them,
 * and the upper-tier authorities of the time.
 *
 * @param attribution    what every map drawn from the file must say (ONS, OS, OGL v3.0)
 * @param englandAreaKm2 the area of England as the source LSOAs add up (each layer's should match it)
 */
public record Boundaries(String attribution, String licence, double englandAreaKm2, List<GeoLayer> layers) {

    public Boundaries {
        layers = List.copyOf(layers);
    }

    /** The layers that held on one date. */
    public record OnDate(LocalDate date, GeoLayer commissioning, GeoLayer subIcb, GeoLayer authorities) {

        /** Whether the commissioning areas are ICBs' (from 1 July 2022) rather than CCGs'. */
        public boolean icbs() {
            return commissioning != null && commissioning.kind() == LayerKind.ICB;
        }
    }

    /** The layers of the date; a layer is null where none held (before April 2013). */
    public OnDate on(LocalDate date) {
        GeoLayer ccg = held(LayerKind.CCG, date).orElse(null);
        GeoLayer icb = held(LayerKind.ICB, date).orElse(null);
        return new OnDate(date, ccg != null ? ccg : icb, held(LayerKind.SUB_ICB, date).orElse(null),
                held(LayerKind.UPPER_TIER, date).orElse(null));
    }

    /** The layer of a kind that held on the date. */
    public Optional<GeoLayer> held(LayerKind kind, LocalDate date) {
        return layers.stream().filter(l -> l.kind() == kind && l.heldOn(date)).findFirst();
    }

    public Optional<GeoLayer> layer(String id) {
        return layers.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    /** The days on which any layer began: the dates a map of England's areas changed, in order. */
    public List<LocalDate> changeDates() {
        TreeSet<LocalDate> dates = new TreeSet<>();
        layers.forEach(l -> dates.add(l.from()));
        return List.copyOf(dates);
    }

    /** Bounding box of all layers, {@code minLon, minLat, maxLon, maxLat}. */
    public double[] bounds() {
        double[] all = Bounds.empty();
        for (GeoLayer l : layers) {
            Bounds.add(all, l.bounds());
        }
        return all;
    }
}
