package org.commissioningexplorer.ui.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.TreeItem;
import org.commissioningexplorer.core.data.DatasetLoader;
import org.commissioningexplorer.core.query.DatasetQueries;
import org.junit.jupiter.api.Test;

/** The tree's rows on the bundled dataset, without a stage: made when asked for, and only then. */
class TreeItemsTest {

    private static final DatasetQueries Q = new DatasetQueries(DatasetLoader.loadBundled().dataset().orElseThrow());

    @Test
    void onlyTheRowsAskedForAreMade() {
        TreeItems items = new TreeItems(Q, LocalDate.of(2019, 10, 1));
        List<TreeItem<TreeEntry>> top = items.root().getChildren();
        assertEquals("nhs-england", top.get(0).getValue().bodyOrNull().id());
        assertEquals(top.stream().filter(t -> t.getValue() instanceof TreeEntry.BodyEntry).count(), items.made(),
                "the top level's bodies only; its headings' members are made when opened");
        assertFalse(top.get(0).isLeaf(), "NHS England has rows inside, not yet made");
        assertTrue(items.made() < 20);

        TreeItem<TreeEntry> norwich = items.find(Q.lookup("ccg-06W").orElseThrow());
        assertEquals("ccg-06W", norwich.getValue().bodyOrNull().id());
        TreeItem<TreeEntry> group = norwich.getParent();
        assertEquals("Clinical Commissioning Groups", ((TreeEntry.GroupEntry) group.getValue()).label());
        assertEquals(191, group.getChildren().size(), "the CCGs of that day");
        assertEquals("nhs-england", group.getParent().getValue().bodyOrNull().id());
        assertTrue(items.made() < 300, () -> items.made() + " rows made to show one CCG, of 840 bodies");
        assertFalse(TreeItems.built(norwich), "Norwich's own committees are not made until it is opened");
        assertEquals(9, norwich.getChildren().size());
    }

    @Test
    void aBodyNotInTheStructureOnTheDateHasNoRow() {
        TreeItems items = new TreeItems(Q, LocalDate.of(2024, 1, 1));
        assertNull(items.find(Q.lookup("ccg-06W").orElseThrow()), "Norwich CCG closed in 2020");
        assertEquals("icb-QMM", items.find(Q.lookup("icb-QMM").orElseThrow()).getValue().bodyOrNull().id());
    }

    /**
     * Finding a body deep down builds the rows above it from the top, without recursion (3,000 levels: JavaFX tells
     * every row above of each new row, so deeper costs the test time, not the stack).
     */
    @Test
    void aBodyThreeThousandLevelsDownIsFoundWithoutAStackOverflow(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        StringBuilder s = new StringBuilder("{\"title\": \"Deep\", \"edition\": \"2024-01-01\", \"sources\": "
                + "[{\"id\": \"s\", \"title\": \"S\"}], \"bodies\": [\n");
        int n = 3_000;
        for (int i = 0; i < n; i++) {
            s.append("{\"id\": \"b").append(i).append("\", \"name\": \"B").append(i).append("\", \"kind\": \"x\"")
                    .append(i > 0 ? ", \"parent\": \"b" + (i - 1) + "\"" : "").append(", \"sources\": [\"s\"]}")
                    .append(i + 1 < n ? ",\n" : "\n");
        }
        java.nio.file.Path f = java.nio.file.Files.writeString(dir.resolve("deep.json"), s.append("]}\n").toString());
        DatasetQueries q = new DatasetQueries(DatasetLoader.load(f).dataset().orElseThrow());
        TreeItems items = new TreeItems(q, LocalDate.of(2024, 1, 1));
        TreeItem<TreeEntry> last = items.find(q.lookup("b" + (n - 1)).orElseThrow());
        assertEquals("b" + (n - 1), last.getValue().bodyOrNull().id());
        assertEquals(n, items.made());
    }
}
