package org.commissioningexplorer.ui.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.commissioningexplorer.core.model.Body;
import org.commissioningexplorer.core.model.Period;
import org.junit.jupiter.api.Test;

class TreeGroupingTest {

    private static Body body(String id, String kind) {
        return new Body(id, id, kind, List.of(), null, Period.ALWAYS, null, List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of());
    }

    private static List<String> describe(List<TreeGrouping.Row> rows) {
        return rows.stream().map(r -> r.entry() instanceof TreeEntry.GroupEntry g
                ? g.label() + " (" + g.count() + ")" : r.entry().bodyOrNull().id()).toList();
    }

    @Test
    void shortListsAreShownAsTheyAre() {
        List<Body> few = List.of(body("board", "board"), body("a", "ccg"), body("b", "ccg"));
        assertEquals(List.of("board", "a", "b"), describe(TreeGrouping.rows(few, k -> k + "s")));
    }

    @Test
    void longListsGroupKindsWithSeveralMembersWhereTheFirstOneWas() {
        List<Body> many = new ArrayList<>();
        many.add(body("board", "board"));
        for (int i = 0; i < 10; i++) {
            many.add(body("ccg" + i, "ccg"));
        }
        many.add(body("region1", "region"));
        for (int i = 0; i < 5; i++) {
            many.add(body("icb" + i, "icb"));
        }
        List<TreeGrouping.Row> rows = TreeGrouping.rows(many, k -> k + "s");
        assertEquals(List.of("board", "ccgs (10)", "region1", "icbs (5)"), describe(rows));
        assertEquals("ccg0", rows.get(1).members().get(0).id());
        assertEquals(10, rows.get(1).members().size());
    }

    @Test
    void aHeadingOfHundredsIsSplitIntoPartsOfNeighbouringNamesOfAboutTheSameSize() {
        TreeEntry.GroupEntry heading = new TreeEntry.GroupEntry("kind:provider", "provider", "Providers", 1001);
        List<Body> members = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            members.add(body(String.format("p%04d", i), "provider"));
        }
        List<TreeGrouping.Row> parts = TreeGrouping.parts(heading, members);
        assertEquals(10, parts.size());
        assertEquals("p0000 \u2013 p0100 (101)", describe(parts).get(0), "the ids are the names here: one word each");
        assertEquals("p0909 \u2013 p1000 (92)", describe(parts).get(9));
        assertEquals(members, parts.stream().flatMap(p -> p.members().stream()).toList(), "every member once, in order");
        assertEquals("kind:provider/9", ((TreeEntry.GroupEntry) parts.get(9).entry()).key());
        assertEquals("provider", ((TreeEntry.GroupEntry) parts.get(9).entry()).kind());

        assertEquals(List.of(), TreeGrouping.parts(heading, members.subList(0, TreeGrouping.SPLIT_ABOVE)),
                "a few hundred are shown as they are");
        List<Body> many = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            many.add(body("b" + i, "provider"));
        }
        List<TreeGrouping.Row> most = TreeGrouping.parts(heading, many);
        assertEquals(TreeGrouping.MAX_PARTS, most.size());
        assertEquals(2_500, most.get(0).members().size());
    }

    @Test
    void aPartIsNamedByAsManyWordsAsTellItsEdgesFromTheNextPart() {
        assertEquals("Ashborough", TreeGrouping.enough("Ashborough Ambulance Service NHS Trust", null));
        assertEquals("Central Ashchester", TreeGrouping.enough("Central Ashchester Community Health", "Central Ashcombe Trust"));
        assertEquals("Trust 0099", TreeGrouping.enough("Trust 0099", "Trust 0100"));
        assertEquals("NHS Leeds", TreeGrouping.enough("NHS Leeds CCG", "nhs Leicester City CCG"), "case aside");
        assertEquals("Same Name", TreeGrouping.enough("Same Name", "Same Name"), "a name no longer than its neighbour's");
        assertEquals("Leeds", TreeGrouping.enough("Leeds", "Leeds North"));
        assertEquals("Trust 0099", TreeGrouping.enough("Trust  0099 ", "Trust 0100"), "spaces as one");
        assertEquals("Central Harwood and Sunbury", TreeGrouping.enough("Central Harwood and Sunbury CCG", "Central Harwood Hospitals"),
                "not ending on a joining word");
        assertEquals("Fenhampton & Wold", TreeGrouping.enough("Fenhampton & Wold Trust", "Fenhampton Hospitals"));
    }
}
