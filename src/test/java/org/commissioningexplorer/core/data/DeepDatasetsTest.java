package org.commissioningexplorer.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.commissioningexplorer.core.model.Body;
import org.commissioningexplorer.core.model.Dataset;
import org.commissioningexplorer.core.query.BodyProfile;
import org.commissioningexplorer.core.query.DatasetQueries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checks and queries are linear and iterative in the depth of the tree: a valid 100,000-deep chain of parents
 * and a 100,000-body cycle are validated without a stack overflow and well within a bound that only a quadratic
 * walk would reach; a large group of bodies sharing a code is compared in n log n.
 */
class DeepDatasetsTest {

    static final int N = 100_000;
    /** A hang guard, not a performance target: the linear checks take about a second here. */
    static final Duration BOUND = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    /** A chain b0 ← b1 ← … ← b(N-1); with {@code cycle}, b0's parent is the last, closing the loop. */
    static Path chain(Path dir, boolean cycle, String code) throws IOException {
        StringBuilder s = new StringBuilder("{\"title\": \"Deep\", \"edition\": \"2024-01-01\", \"sources\": "
                + "[{\"id\": \"s\", \"title\": \"S\"}], \"bodies\": [\n");
        for (int i = 0; i < N; i++) {
            s.append("{\"id\": \"b").append(i).append("\", \"name\": \"B").append(i).append("\", \"kind\": \"x\"");
            if (i > 0 || cycle) {
                s.append(", \"parent\": \"b").append(i > 0 ? i - 1 : N - 1).append('"');
            }
            if (code != null) {
                s.append(", \"codes\": [{\"scheme\": \"ODS\", \"value\": \"").append(code).append("\", \"from\": \"")
                        .append(2000 + i % 20).append("-01-01\", \"to\": \"").append(2000 + i % 20).append("-06-30\"}]");
            }
            s.append(", \"sources\": [\"s\"]}").append(i + 1 < N ? ",\n" : "\n");
        }
        s.append("]}\n");
        return Files.writeString(dir.resolve((cycle ? "cycle" : "chain") + ".json"), s.toString());
    }

    @Test
    void aHundredThousandDeepChainIsValidAndItsEndsCanBeShown() throws IOException {
        Path f = chain(dir, false, null);
        LoadResult r = assertTimeoutPreemptively(BOUND, () -> DatasetLoader.load(f));
        assertTrue(r.ok(), () -> r.problems().toString());
        Dataset d = r.dataset().orElseThrow();
        DatasetQueries q = new DatasetQueries(d);
        Body last = q.lookup("b" + (N - 1)).orElseThrow();
        assertEquals(N, q.path(last).size(), "the whole path, from the top");
        assertEquals("b0", q.path(last).get(0).id());
        BodyProfile top = assertTimeoutPreemptively(BOUND, () -> BodyProfile.of(q, q.lookup("b0").orElseThrow(), null));
        assertEquals(1, top.parts().size());
    }

    @Test
    void aHundredThousandBodyCycleIsOneErrorWithAShortMessage() throws IOException {
        Path f = chain(dir, true, null);
        LoadResult r = assertTimeoutPreemptively(BOUND, () -> DatasetLoader.load(f));
        assertEquals(1, r.errors().size(), () -> r.errors().toString());
        String m = r.errors().get(0).message();
        assertTrue(m.startsWith("the tree has a cycle: b0 → b99999 → b99998"), m);
        assertTrue(m.contains("(100000 bodies)") && m.length() < 300, m);
    }

    @Test
    void aCodeSharedByAHundredThousandBodiesIsComparedQuickly() throws IOException {
        Path f = chain(dir, false, "X1");
        LoadResult r = assertTimeoutPreemptively(BOUND, () -> DatasetLoader.load(f));
        assertTrue(r.ok(), () -> r.errors().toString());
        assertTrue(r.warnings().size() > N / 2, "bodies sharing the code at the same time are warned about: "
                + r.warnings().size());
    }
}
