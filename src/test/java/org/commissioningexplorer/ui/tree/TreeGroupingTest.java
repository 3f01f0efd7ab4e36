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
}
