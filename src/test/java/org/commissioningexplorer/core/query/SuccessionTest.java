package org.commissioningexplorer.core.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.commissioningexplorer.core.data.DatasetLoader;
import org.commissioningexplorer.core.model.Body;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** "What replaced this?" follows the whole chain to the date asked about. */
class SuccessionTest {

    private static DatasetQueries q;

    @BeforeAll
    static void load() {
        q = new DatasetQueries(DatasetLoader.loadBundled().dataset().orElseThrow());
    }

    private static List<List<String>> ids(String body, String date) {
        Body b = q.lookup(body).orElseThrow();
        return Succession.chain(q, b, date == null ? null : LocalDate.parse(date)).stream()
                .map(s -> s.links().stream().map(l -> l.other().id()).sorted().toList()).toList();
    }

    @Test
    void norwichToTheIcbToday() {
        assertEquals(List.of(List.of("ccg-26A"), List.of("icb-QMM", "sicbl-26A")), ids("ccg-06W", "2024-01-01"));
        List<Succession.Step> steps = Succession.chain(q, q.lookup("ccg-06W").orElseThrow(), LocalDate.of(2024, 1, 1));
        assertEquals(LocalDate.of(2020, 4, 1), steps.get(0).date());
        assertEquals(LocalDate.of(2022, 7, 1), steps.get(1).date());
        String text = Succession.describe(steps);
        assertTrue(text.startsWith("NHS Norfolk and Waveney CCG (26A), from 1 April 2020 → "), text);
    }

    @Test
    void theChainStopsAtTheDateAskedAbout() {
        assertEquals(List.of(List.of("ccg-26A")), ids("ccg-06W", "2021-01-01"), "the ICB came later");
        assertEquals(List.of(), ids("ccg-06W", "2019-01-01"), "it still existed then");
        assertEquals(List.of(List.of("ccg-13T"), List.of("icb-QHM", "sicbl-13T")), ids("ccg-00G", null));
    }

    @Test
    void theEndsOfEveryBranchAreTheBodiesOfTheDate() {
        Body norwich = q.lookup("ccg-06W").orElseThrow();
        assertEquals(List.of("icb-QMM", "sicbl-26A"), Succession.ends(q, norwich, LocalDate.of(2024, 1, 1)).stream()
                .map(l -> l.other().id()).sorted().toList());
        assertEquals(List.of("ccg-26A"), Succession.ends(q, norwich, LocalDate.of(2021, 1, 1)).stream()
                .map(l -> l.other().id()).toList());
        assertEquals(List.of(), Succession.ends(q, norwich, LocalDate.of(2019, 1, 1)));
    }
}
