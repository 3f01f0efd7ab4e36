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
        assertEquals(20, group.getChildren().size(), "the East of England's CCGs of that day");
        TreeItem<TreeEntry> region = group.getParent();
        assertEquals("region-Y61", region.getValue().bodyOrNull().id());
        assertEquals(26, ((TreeEntry.BodyEntry) region.getValue()).count(), "20 CCGs and 6 partnerships");
        assertEquals("20 Clinical Commissioning Groups, 6 Sustainability and Transformation Partnerships",
                ((TreeEntry.BodyEntry) region.getValue()).breakdown());
        assertEquals("nhs-england", region.getParent().getValue().bodyOrNull().id());
        assertTrue(items.made() < 60, () -> items.made() + " rows made to show one CCG, of 840 bodies");
        assertFalse(TreeItems.built(norwich), "Norwich's own committees are not made until it is opened");
        assertEquals(9, norwich.getChildren().size());
    }

    @Test
    void anotherDateKeepsTheRowsStillThereAndChangesOnlyTheListsThatChanged() {
        TreeItems items = new TreeItems(Q, LocalDate.of(2019, 10, 1));
        TreeItem<TreeEntry> england = items.root().getChildren().get(0);
        TreeItem<TreeEntry> ipswich = items.find(Q.lookup("ccg-06L").orElseThrow());
        TreeItem<TreeEntry> norwich = items.find(Q.lookup("ccg-06W").orElseThrow());
        // After Norwich in the list, so after the rows that change: kept by its key, not by its place.
        TreeItem<TreeEntry> westSuffolk = items.find(Q.lookup("ccg-07K").orElseThrow());
        TreeItem<TreeEntry> ccgs = ipswich.getParent();
        TreeItem<TreeEntry> east = ccgs.getParent();
        england.setExpanded(true);
        east.setExpanded(true);
        ccgs.setExpanded(true);
        // London's branch is built (to find Hounslow) but folded: it is refilled only when opened.
        TreeItem<TreeEntry> londonCcgs = items.find(Q.lookup("07W").orElseThrow()).getParent();
        TreeItem<TreeEntry> london = londonCcgs.getParent();
        int londonCcgsIn2019 = ((TreeEntry.GroupEntry) londonCcgs.getValue()).count();
        int[] englandChanges = {0};
        int[] ccgChanges = {0};
        england.getChildren().addListener((javafx.collections.ListChangeListener<TreeItem<TreeEntry>>) c -> englandChanges[0]++);
        ccgs.getChildren().addListener((javafx.collections.ListChangeListener<TreeItem<TreeEntry>>) c -> ccgChanges[0]++);

        items.moveTo(LocalDate.of(2020, 10, 1)).forEach(Runnable::run); // Norwich and four others became NHS Norfolk and Waveney CCG (26A)

        assertTrue(england == items.root().getChildren().get(0), "NHS England keeps its row");
        assertTrue(ipswich == items.find(Q.lookup("ccg-06L").orElseThrow()), "Ipswich and East Suffolk keeps its row");
        assertTrue(westSuffolk == items.find(Q.lookup("ccg-07K").orElseThrow()), "so does West Suffolk, after the change");
        assertEquals(ccgs.getChildren().size() - 1, ccgs.getChildren().indexOf(westSuffolk), "still last of them");
        assertTrue(ccgs == ipswich.getParent() && east == ccgs.getParent(), "so do the heading and the region");
        assertTrue(east.isExpanded(), "an open branch stays open");
        assertEquals(0, englandChanges[0], "NHS England's list of regions did not change, so it was not refilled");
        assertEquals(1, ccgChanges[0], "the East of England's CCGs changed once");
        assertNull(items.find(Q.lookup("ccg-06W").orElseThrow()), "Norwich CCG has no row in October 2020");
        assertFalse(ccgs.getChildren().contains(norwich));
        TreeItem<TreeEntry> norfolk = items.find(Q.lookup("ccg-26A").orElseThrow());
        assertTrue(norfolk.getParent() == ccgs, "NHS Norfolk and Waveney CCG is among them");
        assertEquals(ccgs.getChildren().size(), ((TreeEntry.GroupEntry) ccgs.getValue()).count(),
                "the heading counts the CCGs of the new date");
        assertFalse(TreeItems.built(ipswich), "a branch never opened is still not built");
        assertFalse(london.isExpanded());
        assertEquals(londonCcgsIn2019, ((TreeEntry.GroupEntry) londonCcgs.getValue()).count(),
                "a folded branch is not refilled while folded");
        london.setExpanded(true);
        assertTrue(london.getChildren().contains(londonCcgs), "opened, it keeps its heading");
        int in2020 = ((TreeEntry.GroupEntry) londonCcgs.getValue()).count();
        assertTrue(in2020 < londonCcgsIn2019, () -> "and counts October 2020's CCGs, fewer after the mergers: " + in2020);
        assertTrue(londonCcgs.getChildren().stream().allMatch(i -> Q.existedOn(i.getValue().bodyOrNull(),
                LocalDate.of(2020, 10, 1))), "which are the ones it lists");

        items.moveTo(LocalDate.of(2019, 10, 1)).forEach(Runnable::run);
        TreeItem<TreeEntry> norwichAgain = items.find(Q.lookup("ccg-06W").orElseThrow());
        assertEquals("ccg-06W", norwichAgain.getValue().bodyOrNull().id(), "and back again");
        assertTrue(ipswich == items.find(Q.lookup("ccg-06L").orElseThrow()));
    }

    @Test
    void theCcgsOfARegionAreInOrderOfName() {
        TreeItems items = new TreeItems(Q, LocalDate.of(2019, 10, 1));
        TreeItem<TreeEntry> hounslow = items.find(Q.lookup("07W").orElseThrow());
        List<String> names = hounslow.getParent().getChildren().stream().map(i -> i.getValue().bodyOrNull().name()).toList();
        assertTrue(names.indexOf("NHS Greenwich CCG") < names.indexOf("NHS Hounslow CCG"), names::toString);
        assertEquals("London", hounslow.getParent().getParent().getValue().bodyOrNull().name());
    }

    @Test
    void aLocalAuthorityIsUnderItsRegionsHeadingWithItsBoardInside() {
        TreeItems items = new TreeItems(Q, LocalDate.of(2019, 10, 1));
        TreeItem<TreeEntry> norfolk = items.find(Q.lookup("la-E10000020").orElseThrow());
        TreeEntry.GroupEntry region = (TreeEntry.GroupEntry) norfolk.getParent().getValue();
        assertEquals("East of England", region.label());
        assertEquals(norfolk.getParent().getChildren().size(), region.count());
        TreeEntry.GroupEntry all = (TreeEntry.GroupEntry) norfolk.getParent().getParent().getValue();
        assertEquals("Local authorities by NHS England region", all.label());
        assertEquals("hwb-E10000020", items.find(Q.lookup("hwb-E10000020").orElseThrow()).getValue().bodyOrNull().id());
        assertEquals(norfolk, items.find(Q.lookup("hwb-E10000020").orElseThrow()).getParent());
    }

    @Test
    void theAToZListsEachKindByName() {
        TreeItems items = new TreeItems(Q, LocalDate.of(2019, 10, 1), TreeMode.A_TO_Z);
        List<TreeItem<TreeEntry>> top = items.root().getChildren();
        assertTrue(top.stream().allMatch(t -> t.getValue() instanceof TreeEntry.GroupEntry), "a heading per kind");
        TreeItem<TreeEntry> norwich = items.find(Q.lookup("ccg-06W").orElseThrow());
        TreeEntry.GroupEntry ccgs = (TreeEntry.GroupEntry) norwich.getParent().getValue();
        assertEquals("Clinical Commissioning Groups", ccgs.label());
        assertEquals(191, ccgs.count());
        List<String> names = norwich.getParent().getChildren().stream().map(i -> i.getValue().bodyOrNull().name()).toList();
        assertEquals(names.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList(), names);
        assertTrue(norwich.isLeaf(), "an A-Z row has nothing under it");

        TreeItem<TreeEntry> heading = norwich.getParent();
        heading.setExpanded(true);
        items.moveTo(LocalDate.of(2023, 6, 1)).forEach(Runnable::run);
        assertFalse(items.root().getChildren().contains(heading), "no CCGs in June 2023: their heading goes");
        TreeItem<TreeEntry> icbs = items.find(Q.lookup("QMM").orElseThrow()).getParent();
        assertEquals(42, ((TreeEntry.GroupEntry) icbs.getValue()).count(), "the 42 ICBs under theirs");
        items.moveTo(LocalDate.of(2019, 10, 1)).forEach(Runnable::run);
        assertTrue(items.root().getChildren().stream().anyMatch(i -> i.getValue() instanceof TreeEntry.GroupEntry g
                && g.label().equals("Clinical Commissioning Groups") && g.count() == 191), "and back");
        assertEquals("Clinical Commissioning Groups", ((TreeEntry.GroupEntry) items.find(Q.lookup("ccg-06W")
                .orElseThrow()).getParent().getValue()).label(), "Norwich is under the CCGs' heading again");
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

    /** A long top level (a dataset of thousands of providers, none of them under a body) is gathered by kind. */
    @Test
    void aLongTopLevelIsGatheredByKind(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws java.io.IOException {
        StringBuilder s = new StringBuilder("{\"title\": \"Wide\", \"edition\": \"2024-01-01\", \"sources\": "
                + "[{\"id\": \"s\", \"title\": \"S\"}], \"kinds\": {\"provider\": {\"label\": \"Provider\", "
                + "\"plural\": \"Providers\"}}, \"bodies\": [\n"
                + "{\"id\": \"nhs-england\", \"name\": \"NHS England\", \"kind\": \"nhs-england\", \"sources\": [\"s\"]},\n"
                + "{\"id\": \"consortium\", \"name\": \"A consortium\", \"kind\": \"consortium\", \"sources\": [\"s\"]}");
        int n = 30;
        for (int i = 0; i < n; i++) {
            s.append(",\n{\"id\": \"p").append(i).append("\", \"name\": \"Trust ").append(i)
                    .append("\", \"kind\": \"provider\", \"sources\": [\"s\"]}");
        }
        java.nio.file.Path f = java.nio.file.Files.writeString(dir.resolve("wide.json"), s.append("\n]}\n").toString());
        DatasetQueries q = new DatasetQueries(DatasetLoader.load(f).dataset().orElseThrow());
        TreeItems items = new TreeItems(q, LocalDate.of(2024, 1, 1));
        List<TreeItem<TreeEntry>> top = items.root().getChildren();
        assertEquals(3, top.size(), "NHS England, the consortium and one heading for the providers");
        List<String> bodies = top.stream().map(TreeItem::getValue).filter(e -> e instanceof TreeEntry.BodyEntry)
                .map(e -> e.bodyOrNull().id()).sorted().toList();
        assertEquals(List.of("consortium", "nhs-england"), bodies, "the kinds with few bodies stay as they are");
        TreeItem<TreeEntry> heading = top.stream().filter(t -> t.getValue() instanceof TreeEntry.GroupEntry)
                .findFirst().orElseThrow();
        TreeEntry.GroupEntry providers = (TreeEntry.GroupEntry) heading.getValue();
        assertEquals("Providers", providers.label());
        assertEquals(n, providers.count());
        assertFalse(heading.isExpanded());
        assertEquals(2, items.made(), "the providers' rows wait until their heading is opened");
        TreeItem<TreeEntry> last = items.find(q.lookup("p" + (n - 1)).orElseThrow());
        assertTrue(last.getParent() == heading, "a provider is found under its heading");
    }

    /**
     * A heading of a thousand providers opens into parts by name, each made only when it is opened; a provider is
     * found inside its part, building the rows it needs, in both arrangements.
     */
    @Test
    void aHeadingOfHundredsOpensIntoPartsByNameAndABodyIsFoundInItsPart(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        StringBuilder s = new StringBuilder("{\"title\": \"Wide\", \"edition\": \"2024-01-01\", \"sources\": "
                + "[{\"id\": \"s\", \"title\": \"S\"}], \"kinds\": {\"provider\": {\"label\": \"Provider\", "
                + "\"plural\": \"Providers\"}}, \"bodies\": [\n"
                + "{\"id\": \"nhs-england\", \"name\": \"NHS England\", \"kind\": \"nhs-england\", \"sources\": [\"s\"]}");
        int n = 1000;
        for (int i = 0; i < n; i++) {
            s.append(String.format(",%n{\"id\": \"p%04d\", \"name\": \"Trust %04d\", \"kind\": \"provider\", "
                    + "\"parent\": \"nhs-england\", \"sources\": [\"s\"]}", i, i));
        }
        java.nio.file.Path f = java.nio.file.Files.writeString(dir.resolve("wide.json"), s.append("\n]}\n").toString());
        DatasetQueries q = new DatasetQueries(DatasetLoader.load(f).dataset().orElseThrow());
        for (TreeMode mode : TreeMode.values()) {
            TreeItems items = new TreeItems(q, LocalDate.of(2024, 1, 1), mode);
            TreeItem<TreeEntry> providers = mode == TreeMode.STRUCTURE
                    ? items.root().getChildren().get(0).getChildren().get(0)
                    : items.root().getChildren().get(0); // the dataset's kinds first, in its order
            assertEquals("Providers", ((TreeEntry.GroupEntry) providers.getValue()).label(), mode.name());
            List<TreeItem<TreeEntry>> parts = providers.getChildren();
            assertEquals(10, parts.size(), mode.name());
            TreeEntry.GroupEntry first = (TreeEntry.GroupEntry) parts.get(0).getValue();
            assertEquals("Trust 0000 \u2013 Trust 0099", first.label());
            assertEquals("Trust 0900 \u2013 Trust 0999", ((TreeEntry.GroupEntry) parts.get(9).getValue()).label());
            assertEquals(100, first.count());
            int before = items.made();
            TreeItem<TreeEntry> row = items.find(q.lookup("p0950").orElseThrow());
            assertEquals("p0950", row.getValue().bodyOrNull().id());
            assertTrue(row.getParent() == parts.get(9), mode.name() + ": found in the last part");
            assertEquals(100, items.made() - before, mode.name() + ": only the rows of its part are made");
            assertEquals(100, parts.get(9).getChildren().size());
        }
    }
}
