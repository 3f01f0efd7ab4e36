package org.commissioningexplorer.core.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.commissioningexplorer.core.data.DatasetLoader;
import org.commissioningexplorer.core.query.DatasetQueries;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Which boxes and arrows the chart of a body on a date has. */
class ChartModelTest {

    private static DatasetQueries queries;

    @BeforeAll
    static void load() {
        queries = new DatasetQueries(DatasetLoader.loadBundled().dataset().orElseThrow());
    }

    private static ChartModel chart(String id, String date) {
        return ChartModel.of(queries, queries.lookup(id).orElseThrow(), LocalDate.parse(date));
    }

    @Test
    void norwichHasItsParentItsCommitteesAndItsLinksOfTheDate() {
        ChartModel c = chart("ccg-06W", "2019-10-01");
        assertEquals(ChartNode.Role.ANCESTOR, c.node("nhs-england").orElseThrow().role());
        assertEquals(ChartNode.Role.CENTRE, c.node("ccg-06W").orElseThrow().role());
        assertEquals(ChartNode.Role.CHILD, c.node("ccg-06W-audit-committee").orElseThrow().role());
        assertTrue(c.edges().contains(new ChartEdge("nhs-england", "ccg-06W", "", true)), "the tree line");
        assertTrue(c.edges().contains(new ChartEdge("ccg-06W", "stp-QMM", "Member of", false)));
        assertTrue(c.edges().contains(new ChartEdge("ccg-06W", "ccg-26A", "Succeeded by", false)),
                "its successor, though that did not exist yet");
        assertFalse(c.shows("icb-QMM"), "no ICB in 2019");
        assertEquals(c.nodes().size(), c.nodes().stream().map(ChartNode::key).distinct().count(), "keys unique");
        for (ChartEdge e : c.edges()) {
            assertTrue(c.shows(e.from()) && c.shows(e.to()), "every edge joins two boxes: " + e);
        }
    }

    @Test
    void aCommitteeLinkedToItsParentLabelsTheTreeLineInsteadOfASecondBox() {
        ChartModel c = chart("ccg-06W-jscc", "2019-10-01");
        List<ChartEdge> toParent = c.edges().stream()
                .filter(e -> e.from().equals("ccg-06W") && e.to().equals("ccg-06W-jscc")).toList();
        assertEquals(1, toParent.size());
        assertTrue(toParent.get(0).tree());
        assertEquals("Joint committee of", toParent.get(0).label());
    }

    @Test
    void bigGroupsAreCappedWithABoxForTheRest() {
        ChartModel c = chart("nhs-england", "2019-10-01");
        Map<String, Long> perGroup = c.nodes().stream().filter(n -> n.role() != ChartNode.Role.CENTRE)
                .collect(Collectors.groupingBy(n -> n.role() + n.group(), Collectors.counting()));
        perGroup.values().forEach(n -> assertTrue(n <= ChartModel.CAP + 1, "at most the cap and one more box"));
        ChartNode ccgs = c.node("more:CHILD:ccg").orElseThrow();
        long ccgsThen = queries.children("nhs-england").stream()
                .filter(b -> b.kind().equals("ccg") && queries.existedOn(b, LocalDate.of(2019, 10, 1))).count();
        assertEquals(ccgsThen - ChartModel.CAP, ccgs.more(), "the rest of the CCGs of the date");
        assertTrue(ccgs.rest().stream().noneMatch(b -> c.shows(b.id())), "the ones without a box of their own");
        assertTrue(c.edges().contains(new ChartEdge("nhs-england", ccgs.key(), "", true)));
    }
}
