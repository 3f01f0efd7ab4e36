package org.commissioningexplorer.core.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.commissioningexplorer.core.data.DatasetLoader;
import org.commissioningexplorer.core.model.Body;
import org.commissioningexplorer.core.model.Period;
import org.junit.jupiter.api.Test;

/** Counting by kind from sorted first and last days gives what a pass over every body gives, on every date. */
class KindCountsTest {

    private static Map<String, Integer> byPass(DatasetQueries q, LocalDate date) {
        Map<String, Integer> counts = new HashMap<>();
        for (Body b : q.dataset().bodies()) {
            if (q.existedOn(b, date)) {
                counts.merge(b.kind(), 1, Integer::sum);
            }
        }
        return counts;
    }

    @Test
    void theBundledDatasetsCountsOnEveryChangeAndTheDaysBesideIt() {
        DatasetQueries q = new DatasetQueries(DatasetLoader.loadBundled().dataset().orElseThrow());
        KindCounts counts = new KindCounts(q.dataset().bodies(), q::lifetime);
        Set<LocalDate> dates = new TreeSet<>(List.of(LocalDate.of(2000, 1, 1), LocalDate.of(2099, 1, 1)));
        for (Period p : q.lifetimes()) {
            for (LocalDate d : new LocalDate[] {p.from(), p.to()}) {
                if (d != null && d.getYear() > 1900 && d.getYear() < 2200) {
                    dates.addAll(List.of(d.minusDays(1), d, d.plusDays(1)));
                }
            }
        }
        assertEquals(true, dates.size() > 20, "dates: " + dates.size());
        for (LocalDate d : dates) {
            assertEquals(byPass(q, d), counts.on(d), d.toString());
            assertEquals(byPass(q, d), new HashMap<>(q.countsByKind(d)), d.toString());
        }
    }

    @Test
    void openEndsAndEmptyLifetimesAreCountedAsTheyExist() {
        List<Body> bodies = new ArrayList<>();
        bodies.add(body("always", "a", Period.ALWAYS));
        bodies.add(body("from", "a", new Period(LocalDate.of(2020, 1, 1), null)));
        bodies.add(body("until", "b", new Period(null, LocalDate.of(2020, 1, 1))));
        bodies.add(body("none", "b", new Period(LocalDate.MAX, LocalDate.MIN))); // a child outside its parent's days
        KindCounts counts = new KindCounts(bodies, Body::period);
        assertEquals(Map.of("a", 1, "b", 1), counts.on(LocalDate.of(2019, 12, 31)));
        assertEquals(Map.of("a", 2, "b", 1), counts.on(LocalDate.of(2020, 1, 1)), "both ends are days it existed");
        assertEquals(Map.of("a", 2), counts.on(LocalDate.of(2020, 1, 2)), "a kind with none is left out");
    }

    private static Body body(String id, String kind, Period p) {
        return new Body(id, id, kind, List.of(), null, p, null, List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of());
    }
}
