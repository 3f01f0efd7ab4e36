package org.commissioningexplorer.core.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.commissioningexplorer.core.data.DatasetLoader;
import org.commissioningexplorer.core.model.Body;
import org.commissioningexplorer.core.model.Dataset;
import org.commissioningexplorer.core.query.DatasetQueries;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bundled boundary file that {@code import-boundaries} made from the real LSOA data, against the dataset. */
class BundledBoundariesTest {

    private static Boundaries boundaries;
    private static Dataset dataset;

    @BeforeAll
    static void load() throws IOException {
        boundaries = BoundaryFiles.bundled();
        dataset = DatasetLoader.loadBundled().dataset().orElseThrow();
    }

    private static List<String> bodiesOn(String kind, LocalDate date) {
        List<String> ids = new ArrayList<>();
        for (Body b : dataset.bodies()) {
            if (b.kind().equals(kind) && b.existedOn(date)) {
                ids.add(b.id());
            }
        }
        return ids;
    }

    private static void eachBodyHasExactlyOneArea(String kind, LocalDate date, GeoLayer layer, int expected) {
        List<String> ids = bodiesOn(kind, date);
        assertEquals(expected, ids.size(), kind + " on " + date);
        for (String id : ids) {
            long areas = layer.areas().stream().filter(a -> a.bodies().contains(id)).count();
            assertEquals(1, areas, id + " in " + layer.id());
        }
        Set<String> drawn = new HashSet<>();
        layer.areas().forEach(a -> drawn.addAll(a.bodies()));
        assertEquals(new HashSet<>(ids), drawn, "the areas of " + layer.id() + " are the " + kind + "s of " + date);
    }

    @Test
    void everyCcgOf2019AndEveryIcbOf2023HasExactlyOneArea() {
        LocalDate y2019 = LocalDate.of(2019, 6, 1);
        eachBodyHasExactlyOneArea("ccg", y2019, boundaries.on(y2019).commissioning(), 191);
        LocalDate y2023 = LocalDate.of(2023, 6, 1);
        eachBodyHasExactlyOneArea("icb", y2023, boundaries.on(y2023).commissioning(), 42);
        eachBodyHasExactlyOneArea("ccg", LocalDate.of(2021, 6, 1),
                boundaries.on(LocalDate.of(2021, 6, 1)).commissioning(), 106);
    }

    @Test
    void everyBodyDrawnIsInTheDataset() {
        Set<String> ids = new HashSet<>();
        dataset.bodies().forEach(b -> ids.add(b.id()));
        for (GeoLayer layer : boundaries.layers()) {
            for (GeoArea a : layer.areas()) {
                assertTrue(ids.containsAll(a.bodies()), layer.id() + " " + a.code() + " " + a.bodies());
            }
        }
    }

    @Test
    void eachLayerCoversEnglandOnceWithoutOverlap() {
        double england = boundaries.englandAreaKm2();
        assertTrue(england > 129_000 && england < 131_500, "England " + england + " km²");
        for (GeoLayer layer : boundaries.layers()) {
            double sum = layer.areas().stream().mapToDouble(GeoArea::areaKm2).sum();
            assertEquals(england, sum, england * 0.005, layer.id() + ": the areas add up to England's");
        }
        // A grid of points every 0.1° over England: none lies in two areas of a layer, and each layer
        // covers the same points (the coast and the Welsh and Scottish borders are the same lines).
        double[] b = boundaries.bounds();
        List<GeoLayer> layers = boundaries.layers();
        int inside = -1;
        for (GeoLayer layer : layers) {
            int count = 0;
            for (double lon = b[0]; lon <= b[2]; lon += 0.1) {
                for (double lat = b[1]; lat <= b[3]; lat += 0.1) {
                    double x = lon;
                    double y = lat;
                    long covering = layer.areas().stream().filter(a -> a.contains(x, y)).count();
                    assertTrue(covering <= 1, layer.id() + ": " + covering + " areas at " + x + "," + y);
                    count += (int) covering;
                }
            }
            if (inside < 0) {
                inside = count;
            }
            assertEquals(inside, count, layer.id() + " covers as many grid points as " + layers.get(0).id());
        }
        assertTrue(inside > 1000, inside + " grid points in England");
    }

    @Test
    void whereAnswersForKnownPlaces() {
        Whereabouts w = new Whereabouts(boundaries, new DatasetQueries(dataset));
        double[] norwich = {1.2974, 52.6309};
        double[] truro = {-5.0510, 50.2632};
        assertEquals("ccg-06W", commissioner(w, norwich, LocalDate.of(2019, 6, 1)));
        assertEquals("icb-QMM", commissioner(w, norwich, LocalDate.of(2023, 6, 1)));
        assertEquals("ccg-11N", commissioner(w, truro, LocalDate.of(2019, 6, 1)));
        assertEquals("icb-QT6", commissioner(w, truro, LocalDate.of(2023, 6, 1)));
        Whereabouts.Answer gateshead = w.at(-1.6, 54.95, LocalDate.of(2014, 6, 1));
        assertEquals(List.of("ccg-00F", "ccg-00G", "ccg-00H"), gateshead.commissioner().area().bodies());
        assertTrue(gateshead.commissioner().area().note().contains("not in the data"));
        // The 2023 unitaries are unions of their districts: Northallerton was in North Yorkshire's county
        // before, and in the new unitary after.
        assertEquals("la-E10000023", w.at(-1.43, 54.34, LocalDate.of(2022, 6, 1)).authority().area().bodies().get(0));
        assertEquals("la-E06000065", w.at(-1.43, 54.34, LocalDate.of(2023, 6, 1)).authority().area().bodies().get(0));
    }

    private static String commissioner(Whereabouts w, double[] p, LocalDate date) {
        return w.at(p[0], p[1], date).commissioner().body().orElseThrow().id();
    }
}
