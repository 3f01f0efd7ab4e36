package org.commissioningexplorer.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.commissioningexplorer.cli.CommandLine;
import org.commissioningexplorer.core.data.DatasetLoader;
import org.commissioningexplorer.core.data.LoadResult;
import org.commissioningexplorer.core.data.Problem;
import org.commissioningexplorer.core.model.Body;
import org.commissioningexplorer.core.model.DocumentRef;
import org.commissioningexplorer.core.query.DatasetQueries;
import org.junit.jupiter.api.Test;

/** The dataset that ships: valid, and holding what the seed pages say. */
class BundledDatasetTest {

    private static final List<String> COMMITTEES = List.of("Audit Committee", "Remuneration Committee",
            "Finance Committee", "Council of Members", "Primary Care Delegated Commissioning Committee",
            "Joint Strategic Commissioning Committee", "Quality Committee");

    /**
     * Problems other than the known warning of the generated data, to be fixed in the importer: local offices
     * Q70 and Q71 carry their ONS E39 code for their whole life, while ONS gave the same codes to the area
     * teams of 2013-2015, so each code names two bodies at once.
     */
    private static List<Problem> unexpected(LoadResult r) {
        return r.problems().stream().filter(p -> p.isError() || !p.message().matches("code ONS E39000(025|018) of"
                + " 'local-office-Q7[01]' is also the code of 'area-team-E39000(025|018)' .*")).toList();
    }

    @Test
    void theBundledDatasetIsValidWithoutWarningsFromTheClassPathAndFromDisk() {
        LoadResult bundled = DatasetLoader.loadBundled();
        assertTrue(bundled.ok(), () -> bundled.problems().toString());
        assertEquals(List.of(), unexpected(bundled));
        LoadResult onDisk = DatasetLoader.load(Path.of("resources/dataset.json"));
        assertEquals(List.of(), unexpected(onDisk));
        assertEquals(bundled.dataset().orElseThrow().bodies().size(), onDisk.dataset().orElseThrow().bodies().size());
    }

    @Test
    void norwichHasItsSevenCommitteesWithTheirTermsOfReference() {
        DatasetQueries q = new DatasetQueries(DatasetLoader.loadBundled().dataset().orElseThrow());
        Body norwich = q.lookup("06W").orElseThrow();
        assertEquals("NHS Norwich CCG", norwich.name());
        assertEquals("2013-04-01", norwich.period().from().toString());
        List<String> parts = q.children(norwich.id()).stream().map(Body::name).toList();
        assertTrue(parts.containsAll(COMMITTEES), parts::toString);
        Body audit = q.children(norwich.id()).stream().filter(b -> b.name().equals("Audit Committee")).findFirst()
                .orElseThrow();
        DocumentRef tor = audit.documents().get(0);
        assertEquals("2019-02", tor.date().iso());
        assertEquals(199, tor.sizeKB());
    }

    @Test
    void showPrintsNorwichsCommitteesDocumentsPopulationAndMemberRoles() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = new CommandLine(new PrintStream(out, true, StandardCharsets.UTF_8), System.err)
                .run(new String[] {"show", "06W"});
        String printed = out.toString(StandardCharsets.UTF_8);
        String o = printed.replaceAll("\\s+", " "); // long lines are wrapped for the terminal
        assertEquals(0, status);
        for (String c : COMMITTEES) {
            assertTrue(printed.contains("\n  - " + c + " ("), () -> c + " missing from\n" + printed);
        }
        assertTrue(o.contains("236,000"), "population");
        assertTrue(o.contains("Audit Committee Terms of Reference (terms of reference, February 2019, 199 KB"), o);
        assertTrue(o.contains("Remuneration Committee Terms of Reference (terms of reference, January 2019, 239 KB"), o);
        assertTrue(o.contains("Finance Committee Terms of Reference (terms of reference, March 2018, 160 KB"), o);
        assertTrue(o.contains("Council of Members Terms of Reference (terms of reference, December 2017, 225 KB"), o);
        assertTrue(o.contains("Primary Care Delegated Commissioning Committee Terms of Reference (terms of reference, undated, 152 KB"), o);
        assertTrue(o.contains("JSCC Terms of Reference (terms of reference, September 2019, 316 KB"), o);
        assertTrue(o.contains("- Member GP practice. The CCG commissions care"), o);
        assertTrue(o.contains("- Registered nurse (at least 1, statutory)"), o);
        assertTrue(o.contains("- Secondary care specialist doctor (1, statutory)"), o);
        assertTrue(o.contains("[does not commission] Dentists (commissioned by NHS England)"), o);
    }
}
