package org.commissioningexplorer.ui.state;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.commissioningexplorer.core.model.Dataset;
import org.commissioningexplorer.core.query.DatasetQueries;
import org.commissioningexplorer.core.search.SearchIndex;

/**
 * A dataset that opened, with what is built from it once, off the UI thread: its queries and its search
 * index. Held by the {@link DatasetSession} and by every {@link View} of it; nothing else caches them.
 *
 * @param indexing the search index, being built on a thread of its own from the moment the dataset was read, so
 *                 that the window shows the dataset without waiting for it
 * @param path     the dataset's main file, or null for the bundled dataset
 * @param warnings how many warnings it loaded with
 */
public record OpenDataset(DatasetQueries queries, CompletableFuture<SearchIndex> indexing, Path path, int warnings) {

    /** Starts building the search index of {@code queries} on a daemon thread. */
    static CompletableFuture<SearchIndex> startIndexing(DatasetQueries queries) {
        CompletableFuture<SearchIndex> f = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                f.complete(SearchIndex.build(queries));
            } catch (Throwable e) {
                f.completeExceptionally(e);
            }
        }, "search-index");
        t.setDaemon(true);
        t.start();
        return f;
    }

    /** The search index; waits for it in the rare case that a search comes before it is built (a few hundred ms). */
    public SearchIndex index() {
        return indexing.join();
    }

    public Dataset dataset() {
        return queries.dataset();
    }
}
