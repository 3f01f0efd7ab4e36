package org.commissioningexplorer.core.geo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commissioningexplorer.core.model.Body;
import org.commissioningexplorer.core.model.Period;
import org.commissioningexplorer.core.query.DatasetQueries;
import org.commissioningexplorer.core.query.Geography;
import org.commissioningexplorer.core.query.Link;

/**
 * Makes the {@link MapPicture} of a date and selection. The colours of a date (one region lookup per area) are
 * kept, so playing the years again or going back to a date costs only the selection.
 */
public final class MapPictures {

    /** Dates whose colours are kept: more than every change date, for a room playing the years twice. */
    private static final int KEPT = 64;

    private record Colours(Map<GeoArea, Integer> byArea, List<Body> regions) {
    }

    private final Boundaries boundaries;
    private final DatasetQueries queries;
    private final Map<LocalDate, Colours> colours = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<LocalDate, Colours> eldest) {
            return size() > KEPT;
        }
    };

    public MapPictures(Boundaries boundaries, DatasetQueries queries) {
        this.boundaries = boundaries;
        this.queries = queries;
    }

    public Boundaries boundaries() {
        return boundaries;
    }

    /** The picture of the date with {@code selected} (may be null) picked out. */
    public MapPicture on(LocalDate date, Body selected) {
        Boundaries.OnDate layers = boundaries.on(date);
        Colours c = colours.computeIfAbsent(date, d -> colour(layers));
        List<GeoArea> chosen = selected == null ? List.of() : areasOf(selected, layers, c);
        List<GeoArea> before = new ArrayList<>();
        List<GeoArea> after = new ArrayList<>();
        if (selected != null && !chosen.isEmpty()) {
            for (Link l : queries.predecessors(selected)) {
                lastDay(l.other()).flatMap(d -> areaOn(l.other(), d)).ifPresent(before::add);
            }
            for (Link l : queries.successors(selected)) {
                firstDay(l.other()).flatMap(d -> areaOn(l.other(), d)).ifPresent(after::add);
            }
        }
        return new MapPicture(date, layers, c.byArea(), c.regions(), chosen, distinct(before), distinct(after));
    }

    private static List<GeoArea> distinct(List<GeoArea> areas) {
        return areas.stream().distinct().toList();
    }

    private Colours colour(Boundaries.OnDate layers) {
        Map<GeoArea, Integer> byArea = new HashMap<>();
        List<Body> regions = new ArrayList<>();
        if (layers.commissioning() == null) {
            return new Colours(byArea, regions);
        }
        Geography geography = new Geography(queries, layers.date());
        Map<GeoArea, Body> regionOf = new HashMap<>();
        for (GeoArea a : layers.commissioning().areas()) {
            firstBody(a).flatMap(b -> region(geography, b)).ifPresent(r -> regionOf.put(a, r));
        }
        regionOf.values().stream().distinct().sorted(Geography.BY_NAME).forEach(regions::add);
        regionOf.forEach((a, r) -> byArea.put(a, regions.indexOf(r)));
        return new Colours(byArea, regions);
    }

    private Optional<Body> firstBody(GeoArea a) {
        return a.bodies().stream().map(id -> queries.dataset().body(id)).flatMap(Optional::stream).findFirst();
    }

    private static Optional<Body> region(Geography geography, Body b) {
        return geography.path(b).stream().filter(p -> "region".equals(p.kind())).findFirst();
    }

    /** The body's own area, else its nearest ancestor's (a CCG's governing body: the CCG's); a region: its areas. */
    private List<GeoArea> areasOf(Body selected, Boundaries.OnDate layers, Colours c) {
        if ("region".equals(selected.kind())) {
            int index = c.regions().indexOf(selected);
            return index < 0 ? List.of() : layers.commissioning().areas().stream()
                    .filter(a -> c.byArea().getOrDefault(a, -1) == index).toList();
        }
        for (Body b = selected; b != null; b = queries.parent(b).orElse(null)) {
            Optional<GeoArea> own = areaIn(b.id(), layers);
            if (own.isPresent()) {
                return List.of(own.get());
            }
        }
        return List.of();
    }

    private static Optional<GeoArea> areaIn(String id, Boundaries.OnDate layers) {
        for (GeoLayer l : new GeoLayer[] {layers.commissioning(), layers.subIcb(), layers.authorities()}) {
            if (l != null) {
                Optional<GeoArea> a = l.areaOf(id);
                if (a.isPresent()) {
                    return a;
                }
            }
        }
        return Optional.empty();
    }

    /** The body's area in the layers of a date on which it existed. */
    private Optional<GeoArea> areaOn(Body body, LocalDate date) {
        return areaIn(body.id(), boundaries.on(date));
    }

    private Optional<LocalDate> lastDay(Body b) {
        Period p = queries.lifetime(b);
        return Optional.ofNullable(p.to());
    }

    private Optional<LocalDate> firstDay(Body b) {
        Period p = queries.lifetime(b);
        return Optional.ofNullable(p.from());
    }
}
