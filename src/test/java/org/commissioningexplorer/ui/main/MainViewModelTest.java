package org.commissioningexplorer.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.commissioningexplorer.ui.common.BackgroundRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's state without the window: plain JUnit, the loading done on the test thread. */
class MainViewModelTest {

    static final Path SMALL = Path.of("src/test/resources/datasets/small/dataset.json");

    @TempDir
    Path dir;

    private final MainViewModel model = new MainViewModel(BackgroundRunner.sameThread());

    @Test
    void opensAndSelectsTheFirstTopLevelBody() {
        model.openInitial(SMALL);
        assertEquals("Small test dataset", model.queries().dataset().info().title());
        assertEquals("nhse", model.selectedProperty().get().id());
        assertFalse(model.loadingProperty().get());
        assertEquals("5 bodies", model.statusProperty().get());
        assertTrue(model.datasetSummaryProperty().get().startsWith("Small test dataset  ·  Edition 31 January 2024"));
    }

    @Test
    void aFailedOpenKeepsTheDatasetAndSelectionAndListsProblems() throws IOException {
        model.openInitial(SMALL);
        model.select("ccg-a");
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"title\": 1}");

        model.open(bad);

        assertEquals("Small test dataset", model.queries().dataset().info().title());
        assertEquals("ccg-a", model.selectedProperty().get().id());
        assertEquals(SMALL, model.currentPath());
        assertEquals(2, model.problems().size(), model.problems()::toString);
        assertTrue(model.problemTitleProperty().get().startsWith("Could not open bad.json: 2 errors."));

        model.dismissProblems();
        assertTrue(model.problems().isEmpty());
        assertEquals("", model.problemTitleProperty().get());
    }

    @Test
    void aBrokenStartupFileFallsBackToTheBundledDatasetAndKeepsItsProblems() throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"title\": \"T\", \"edition\": \"2024-01-01\", \"bodies\": [{\"id\": \"x\"}]}");

        model.openInitial(bad);

        assertEquals(null, model.currentPath(), "the bundled dataset is open");
        assertEquals("NHS England", model.selectedProperty().get().name());
        assertTrue(model.problemTitleProperty().get()
                .startsWith("Could not open bad.json: 2 errors. Showing the bundled dataset instead."),
                model.problemTitleProperty().get());
        assertTrue(model.problems().stream().anyMatch(p -> p.format().startsWith(bad + ":1:52: body 'x' is missing")),
                model.problems()::toString);

        model.reload(); // a later successful load clears the old problems
        assertTrue(model.problems().isEmpty());
    }

    @Test
    void reloadReadsTheFileAgainAndKeepsTheSelection() throws IOException {
        Path copy = dir.resolve("dataset.json");
        Files.copy(SMALL, copy);
        Files.copy(SMALL.resolveSibling("part.json"), dir.resolve("part.json"));
        model.openInitial(copy);
        model.select("ccg-b");
        Files.writeString(copy, Files.readString(copy).replace("Small test dataset", "Edited by a trainer"));

        model.reload();

        assertEquals("Edited by a trainer", model.queries().dataset().info().title());
        assertEquals("ccg-b", model.selectedProperty().get().id());
    }

    @Test
    void selectingAnUnknownIdChangesNothing() {
        assertNull(model.queries());
        model.select("nhse"); // nothing open yet: no effect, no failure
        assertNull(model.selectedProperty().get());
        model.openInitial(SMALL);
        model.select("no-such-body");
        assertEquals("nhse", model.selectedProperty().get().id());
    }

    @Test
    void theAsAtDateStartsAtTheDatasetsDefaultThenTheLastOneUsed() {
        var settings = org.commissioningexplorer.ui.common.Settings.inMemory();
        MainViewModel first = new MainViewModel(BackgroundRunner.sameThread(), settings);
        first.openInitial(null);
        assertEquals(java.time.LocalDate.of(2019, 10, 1), first.asOf(), "the bundled dataset's defaultDate");
        assertTrue(first.eraProperty().get().contains("191 CCGs"), first.eraProperty().get());
        first.asOfProperty().set(java.time.LocalDate.of(2022, 7, 1));
        assertTrue(first.eraProperty().get().startsWith("CCGs were replaced by Integrated Care Boards"));

        MainViewModel next = new MainViewModel(BackgroundRunner.sameThread(), settings);
        next.openInitial(null);
        assertEquals(java.time.LocalDate.of(2022, 7, 1), next.asOf(), "remembered across restarts");
    }

    @Test
    void backAndForwardRetraceTheBodiesVisited() {
        model.openInitial(SMALL);
        assertFalse(model.canGoBackProperty().get(), "a fresh dataset has no history");
        model.select("ccg-a");
        model.select("ccg-a-audit");
        assertTrue(model.canGoBackProperty().get());

        model.goBack();
        assertEquals("ccg-a", model.selectedProperty().get().id());
        assertTrue(model.canGoForwardProperty().get());
        model.goBack();
        assertEquals("nhse", model.selectedProperty().get().id());
        assertFalse(model.canGoBackProperty().get());

        model.goForward();
        assertEquals("ccg-a", model.selectedProperty().get().id());
        model.select("ccg-b"); // a new step drops the forward list
        assertFalse(model.canGoForwardProperty().get());
        model.goBack();
        assertEquals("ccg-a", model.selectedProperty().get().id());
    }

    @Test
    void followingALinkToABodyOfAnotherTimeMovesTheDateAndSaysSo() {
        model.openInitial(SMALL);
        model.asOfProperty().set(java.time.LocalDate.of(2016, 1, 1));

        model.go("ccg-b"); // from 1 April 2020

        assertEquals("ccg-b", model.selectedProperty().get().id());
        assertEquals(java.time.LocalDate.of(2020, 4, 1), model.asOf());
        assertTrue(model.statusProperty().get().startsWith("Moved the date to 1 April 2020: NHS Beta & Gamma CCG"),
                model.statusProperty().get());

        model.go("ccg-a"); // 2013-2020: moves back to its last day
        assertEquals(java.time.LocalDate.of(2020, 3, 31), model.asOf());

        model.go("nhse"); // undated: existed then too, the date stays
        assertEquals(java.time.LocalDate.of(2020, 3, 31), model.asOf());
    }
}
