package org.commissioningexplorer.ui.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import org.commissioningexplorer.core.data.DatasetLoader;
import org.commissioningexplorer.core.query.DatasetQueries;
import org.commissioningexplorer.core.search.SearchIndex;
import org.commissioningexplorer.ui.searchbox.SearchRow;
import org.commissioningexplorer.ui.searchbox.SearchViewModel;
import org.junit.jupiter.api.Test;

/**
 * A search typed before the dataset's index is built (a large dataset's takes seconds) says the search is being
 * prepared, and runs once the index is there: the UI thread never waits for it.
 */
class SearchBeforeIndexTest {

    private final HangingLoadTest.HeldRunner runner = new HangingLoadTest.HeldRunner();
    private final ExplorerState state = new ExplorerState(runner);
    private final SearchViewModel search = new SearchViewModel(state);
    private final DatasetQueries q = new DatasetQueries(DatasetLoader.load(HangingLoadTest.SMALL).dataset().orElseThrow());

    /** Opens the small dataset on 1 January 2016 with its index still being built, until the test completes it. */
    private CompletableFuture<SearchIndex> openWhileIndexing() {
        CompletableFuture<SearchIndex> indexing = new CompletableFuture<>();
        state.navigation().datasetOpened(new OpenDataset(q, indexing, HangingLoadTest.SMALL, 0), LocalDate.of(2016, 1, 1));
        return indexing;
    }

    @Test
    void aSearchBeforeTheIndexIsBuiltSaysSoAndRunsWhenItIs() throws Exception {
        CompletableFuture<SearchIndex> indexing = openWhileIndexing();

        search.queryProperty().set("nhs ccg");
        assertEquals("Preparing the search\u2026 (the results follow in a moment)", search.summaryProperty().get());
        assertTrue(search.rows().isEmpty());
        search.queryProperty().set("nhs");
        assertEquals(1, runner.held(), "one wait for the index, however many letters are typed meanwhile");

        indexing.complete(SearchIndex.build(q));
        runner.finish(0); // the worker's wait ends; the search runs on the UI thread

        assertEquals("2 results on 1 January 2016  \u00b7  1 at other dates", search.summaryProperty().get(),
                "the words in the box now, \"nhs\"");
        assertEquals("ccg-a", ((SearchRow.Hit) search.rows().get(1)).hit().body().id());
    }

    @Test
    void anotherDatasetOpenedWhileWaitingIsWaitedForOnce() throws Exception {
        CompletableFuture<SearchIndex> first = openWhileIndexing();
        search.queryProperty().set("nhs");
        CompletableFuture<SearchIndex> second = openWhileIndexing();
        assertEquals(2, runner.held(), "a wait for each dataset's index");

        first.complete(SearchIndex.build(q));
        runner.finish(0); // the first dataset's index, too late: nothing to do
        assertEquals(2, runner.held(), "no second wait for the open dataset's index");
        assertEquals("Preparing the search\u2026 (the results follow in a moment)", search.summaryProperty().get());

        second.complete(SearchIndex.build(q));
        runner.finish(1);
        assertTrue(search.summaryProperty().get().startsWith("2 results on 1 January 2016"), search.summaryProperty().get());
    }

    @Test
    void anIndexThatCouldNotBeBuiltSaysSoRatherThanFailingOnEveryKey() throws Exception {
        CompletableFuture<SearchIndex> indexing = openWhileIndexing();
        search.queryProperty().set("nhs");

        OutOfMemoryError failure = new OutOfMemoryError("Java heap space");
        indexing.completeExceptionally(failure);
        runner.fail(0, new java.util.concurrent.CompletionException(failure)); // the worker's wait ends with it

        assertEquals("Search could not be prepared for this dataset (Java heap space); File \u203a Reload tries again.",
                search.summaryProperty().get());
        search.queryProperty().set("nhs ccg");
        assertTrue(search.rows().isEmpty());
    }
}
