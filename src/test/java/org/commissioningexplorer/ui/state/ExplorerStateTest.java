package org.commissioningexplorer.ui.state;

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

/** The window's shared state without the window: plain JUnit, the loading done on the test thread. */
class ExplorerStateTest {

    static final Path SMALL = Path.of("src/test/resources/datasets/small/dataset.json");

    @TempDir
    Path dir;

    private final ExplorerState state = new ExplorerState(BackgroundRunner.sameThread());
    private final DatasetSession session = state.session();
    private final Navigation nav = state.navigation();

    @Test
    void aDatasetReadAlreadyWhenTheWindowOpensIsOpenedAtOnceNotLater() {
        // A runner that never runs what it is given: only a load done on the spot opens anything.
        int[] handedOver = {0};
        BackgroundRunner never = new BackgroundRunner() {
            @Override
            public <T> void run(java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> onSuccess,
                    java.util.function.Consumer<Throwable> onFailure) {
                handedOver[0]++;
            }
        };
        ExplorerState window = new ExplorerState(never);
        DatasetSession.Preload preload = DatasetSession.preload(null);
        preload.awaitRead();

        window.session().openPreloaded(preload);

        assertTrue(window.session().dataset() != null, "open before the window's first frame");
        assertFalse(window.session().loadingProperty().get());
        assertEquals(0, handedOver[0], "nothing waits on another thread");
        assertTrue(window.navigation().selected() != null, "and its first body is chosen for the page");
    }

    @Test
    void opensAndSelectsTheFirstTopLevelBody() {
        session.openInitial(SMALL);
        assertEquals("Small test dataset", session.queries().dataset().info().title());
        assertEquals("nhse", nav.selected().id());
        assertFalse(session.loadingProperty().get());
        assertEquals("5 bodies", state.status().message());
        assertTrue(session.summaryProperty().get().startsWith("Small test dataset  ·  Edition 31 January 2024"));
    }

    @Test
    void aFailedOpenKeepsTheDatasetAndSelectionAndListsProblems() throws IOException {
        session.openInitial(SMALL);
        nav.select("ccg-a");
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"title\": 1}");

        session.open(bad);

        assertEquals("Small test dataset", session.queries().dataset().info().title());
        assertEquals("ccg-a", nav.selected().id());
        assertEquals(SMALL, session.currentPath());
        assertEquals(2, session.problems().size(), session.problems()::toString);
        assertTrue(session.problemTitleProperty().get().startsWith("Could not open bad.json: 2 errors."));
        assertEquals("5 bodies", state.status().message(), "the status bar still shows the open dataset's counts");

        session.dismissProblems();
        assertTrue(session.problems().isEmpty());
        assertEquals("", session.problemTitleProperty().get());
    }

    @Test
    void aBrokenStartupFileFallsBackToTheBundledDatasetAndKeepsItsProblems() throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"title\": \"T\", \"edition\": \"2024-01-01\", \"bodies\": [{\"id\": \"x\"}]}");

        session.openInitial(bad);

        assertEquals(null, session.currentPath(), "the bundled dataset is open");
        assertEquals("NHS England", nav.selected().name());
        assertTrue(session.problemTitleProperty().get()
                .startsWith("Could not open bad.json: 2 errors. Showing the bundled dataset instead."),
                session.problemTitleProperty().get());
        assertTrue(session.problems().stream().anyMatch(p -> p.format().startsWith(bad + ":1:52: body 'x' is missing")),
                session.problems()::toString);

        session.reload(); // a later successful load clears the old problems
        assertTrue(session.problems().isEmpty());
    }

    @Test
    void reloadReadsTheFileAgainAndKeepsTheSelection() throws IOException {
        Path copy = dir.resolve("dataset.json");
        Files.copy(SMALL, copy);
        Files.copy(SMALL.resolveSibling("part.json"), dir.resolve("part.json"));
        session.openInitial(copy);
        nav.select("ccg-b");
        Files.writeString(copy, Files.readString(copy).replace("Small test dataset", "Edited by a trainer"));

        session.reload();

        assertEquals("Edited by a trainer", session.queries().dataset().info().title());
        assertEquals("ccg-b", nav.selected().id());
    }

    @Test
    void selectingAnUnknownIdChangesNothing() {
        assertNull(session.queries());
        nav.select("nhse"); // nothing open yet: no effect, no failure
        assertNull(nav.selected());
        session.openInitial(SMALL);
        nav.select("no-such-body");
        assertEquals("nhse", nav.selected().id());
    }

    @Test
    void theAsAtDateStartsAtTheDatasetsDefaultThenTheLastOneUsed() {
        var settings = org.commissioningexplorer.ui.common.Settings.inMemory();
        ExplorerState first = new ExplorerState(BackgroundRunner.sameThread(), settings);
        first.session().openInitial(null);
        assertEquals(java.time.LocalDate.of(2019, 10, 1), first.asAt().get(), "the bundled dataset's defaultDate");
        assertTrue(first.asAt().eraProperty().get().contains("191 CCGs"), first.asAt().eraProperty().get());
        first.asAt().set(java.time.LocalDate.of(2022, 7, 1));
        assertTrue(first.asAt().eraProperty().get().startsWith("CCGs were replaced by Integrated Care Boards"));

        ExplorerState next = new ExplorerState(BackgroundRunner.sameThread(), settings);
        next.session().openInitial(null);
        assertEquals(java.time.LocalDate.of(2022, 7, 1), next.asAt().get(), "remembered across restarts");
    }

    @Test
    void backAndForwardRetraceTheBodiesVisited() {
        session.openInitial(SMALL);
        assertFalse(nav.canGoBackProperty().get(), "a fresh dataset has no history");
        nav.select("ccg-a");
        nav.select("ccg-a-audit");
        assertTrue(nav.canGoBackProperty().get());

        nav.goBack();
        assertEquals("ccg-a", nav.selected().id());
        assertTrue(nav.canGoForwardProperty().get());
        nav.goBack();
        assertEquals("nhse", nav.selected().id());
        assertFalse(nav.canGoBackProperty().get());

        nav.goForward();
        assertEquals("ccg-a", nav.selected().id());
        nav.select("ccg-b"); // a new step drops the forward list
        assertFalse(nav.canGoForwardProperty().get());
        nav.goBack();
        assertEquals("ccg-a", nav.selected().id());
    }

    @Test
    void followingALinkToABodyOfAnotherTimeMovesTheDateAndSaysSo() {
        session.openInitial(SMALL);
        state.asAt().set(java.time.LocalDate.of(2016, 1, 1));

        nav.go("ccg-b"); // from 1 April 2020

        assertEquals("ccg-b", nav.selected().id());
        assertEquals(java.time.LocalDate.of(2020, 4, 1), state.asAt().get());
        assertTrue(state.status().message().startsWith("Moved the date to 1 April 2020: NHS Beta & Gamma CCG"),
                state.status().message());

        nav.go("ccg-a"); // 2013-2020: moves back to its last day
        assertEquals(java.time.LocalDate.of(2020, 3, 31), state.asAt().get());

        nav.go("nhse"); // undated: existed then too, the date stays
        assertEquals(java.time.LocalDate.of(2020, 3, 31), state.asAt().get());
    }

    @Test
    void backReturnsToTheBodyAndTheDateItWasSeenOnInOneStep() {
        session.openInitial(SMALL);
        state.asAt().set(java.time.LocalDate.of(2016, 1, 1));
        nav.select("ccg-a");
        java.util.List<View> seen = new java.util.ArrayList<>();
        nav.viewProperty().addListener((obs, old, v) -> seen.add(v));

        nav.go("ccg-b"); // only from 1 April 2020: the date and the selection move together
        assertEquals(1, seen.size(), "one change of view for the link");
        assertEquals("ccg-b", seen.get(0).selectedId());
        assertEquals(java.time.LocalDate.of(2020, 4, 1), seen.get(0).asOf());

        nav.goBack();
        assertEquals(2, seen.size(), "one change of view for Back");
        assertEquals("ccg-a", nav.selected().id(), "back at the body visited before");
        assertEquals(java.time.LocalDate.of(2016, 1, 1), state.asAt().get(), "on the date it was seen on");

        nav.goForward();
        assertEquals("ccg-b", nav.selected().id());
        assertEquals(java.time.LocalDate.of(2020, 4, 1), state.asAt().get());
    }

    @Test
    void aReloadIsOneChangeOfViewWithTheNewDatasetAndTheSameBody() {
        session.openInitial(SMALL);
        nav.select("ccg-a");
        java.util.List<View> seen = new java.util.ArrayList<>();
        nav.viewProperty().addListener((obs, old, v) -> seen.add(v));
        session.reload();
        assertEquals(1, seen.size());
        assertEquals("ccg-a", seen.get(0).selectedId());
        assertTrue(seen.get(0).data() == session.dataset(), "the view holds the dataset now open");
    }

    @Test
    void theSessionBuildsTheSearchIndexWithTheDataset() {
        session.openInitial(SMALL);
        assertEquals("ccg-a", session.dataset().index().search("alpha", null, 5).get(0).body().id());
    }

    @Test
    void aStartupFileWhoseReadingFailsStillOpensTheBundledDatasetAndSaysWhy() {
        int[] runs = {0};
        BackgroundRunner failingOnce = new BackgroundRunner() {
            @Override
            public <T> void run(java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> onSuccess,
                                java.util.function.Consumer<Throwable> onFailure) {
                if (runs[0]++ == 0) {
                    onFailure.accept(new IllegalStateException("the disk went away"));
                } else {
                    BackgroundRunner.sameThread().run(work, onSuccess, onFailure);
                }
            }
        };
        ExplorerState failing = new ExplorerState(failingOnce);
        failing.session().openInitial(SMALL);
        assertEquals("NHS England", failing.navigation().selected().name(), "the bundled dataset is open");
        assertEquals("Could not open dataset.json: the disk went away. Showing the bundled dataset instead.",
                failing.session().problemTitleProperty().get());
        assertFalse(failing.session().loadingProperty().get());
    }
}
