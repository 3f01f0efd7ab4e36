package org.commissioningexplorer.ui.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import org.commissioningexplorer.core.data.DatasetLoader;
import org.commissioningexplorer.core.query.DatasetQueries;
import org.junit.jupiter.api.Test;

class TreeFilterTest {

    private final DatasetQueries q = new DatasetQueries(DatasetLoader.load(
            Path.of("src/test/resources/datasets/small/dataset.json")).dataset().orElseThrow());

    @Test
    void blankFilterShowsEverything() {
        assertNull(TreeFilter.visibleIds(q, "  "));
    }

    @Test
    void matchesKeepTheirAncestors() {
        assertEquals(Set.of("nhse", "ccg-a", "ccg-a-audit"), TreeFilter.visibleIds(q, "audit"));
    }

    @Test
    void matchesCodesFormerNamesAndAmpersands() {
        assertEquals(Set.of("nhse", "ccg-a"), TreeFilter.visibleIds(q, "01a"));
        assertEquals(Set.of("nhse", "ccg-b"), TreeFilter.visibleIds(q, "beta and gamma"));
        assertTrue(TreeFilter.matches(q.lookup("ccg-b").orElseThrow(), "NHS Beta"));
        assertFalse(TreeFilter.matches(q.lookup("nhse").orElseThrow(), "audit"));
        assertEquals(Set.of(), TreeFilter.visibleIds(q, "nothing like this"));
    }
}
