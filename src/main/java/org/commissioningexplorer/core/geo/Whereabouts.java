package org.commissioningexplorer.core.geo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commissioningexplorer.core.model.Body;
import org.commissioningexplorer.core.query.DatasetQueries;
import org.commissioningexplorer.core.query.Geography;

/**
 * What covered a point on a date: the CCG or ICB (and sub-ICB location) whose area holds it, the upper-tier
 * authority and its Health and Wellbeing Board, and the NHS England region the CCG or ICB was in. The answer of
 * {@code where LON,LAT} and of a click on the map.
 */
public final class Whereabouts {

    /** An area under the point and the dataset's bodies for it (none when the dataset does not have them). */
    public record Place(GeoArea area, List<Body> bodies) {
        public Place {
            bodies = List.copyOf(bodies);
        }

        /** The first body, when the dataset has one. */
        public Optional<Body> body() {
            return bodies.stream().findFirst();
        }
    }

    /**
     * The answer. Each part is null where nothing covered the point: before April 2013, at sea, in Wales.
     *
     * @param layers the layers the answer was read from
     */
    public record Answer(double lon, double lat, LocalDate date, Boundaries.OnDate layers, Place commissioner,
            Place subIcb, Place authority, Body hwb, Body region) {

        /** Whether any area of England held the point. */
        public boolean inEngland() {
            return commissioner != null || authority != null;
        }
    }

    private final Boundaries boundaries;
    private final DatasetQueries queries;

    public Whereabouts(Boundaries boundaries, DatasetQueries queries) {
        this.boundaries = boundaries;
        this.queries = queries;
    }

    public Answer at(double lon, double lat, LocalDate date) {
        Boundaries.OnDate on = boundaries.on(date);
        Place commissioner = place(on.commissioning(), lon, lat);
        Place subIcb = place(on.subIcb(), lon, lat);
        Place authority = place(on.authorities(), lon, lat);
        Body hwb = authority == null ? null : authority.body().flatMap(la -> hwbOf(la, date)).orElse(null);
        Body region = commissioner == null ? null : commissioner.body().flatMap(b -> regionOf(b, date)).orElse(null);
        return new Answer(lon, lat, date, on, commissioner, subIcb, authority, hwb, region);
    }

    private Place place(GeoLayer layer, double lon, double lat) {
        if (layer == null) {
            return null;
        }
        return layer.areaAt(lon, lat).map(this::place).orElse(null);
    }

    /** The area with the dataset's bodies for it. */
    public Place place(GeoArea area) {
        List<Body> bodies = new ArrayList<>();
        for (String id : area.bodies()) {
            queries.dataset().body(id).ifPresent(bodies::add);
        }
        return new Place(area, bodies);
    }

    private Optional<Body> hwbOf(Body authority, LocalDate date) {
        return queries.children(authority.id()).stream()
                .filter(c -> "hwb".equals(c.kind()) && queries.existedOn(c, date)).findFirst();
    }

    /** The NHS England region the body sat in on the date, as the tree shows it. */
    public Optional<Body> regionOf(Body body, LocalDate date) {
        return new Geography(queries, date).path(body).stream().filter(b -> "region".equals(b.kind())).findFirst();
    }
}
