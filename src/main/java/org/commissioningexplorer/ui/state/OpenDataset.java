package org.commissioningexplorer.ui.state;

import java.nio.file.Path;
import org.commissioningexplorer.core.model.Dataset;
import org.commissioningexplorer.core.query.DatasetQueries;
import org.commissioningexplorer.core.search.SearchIndex;

/**
 * A dataset that opened, with what is built from it once, off the UI thread: its queries and its search
 * index. Held by the {@link DatasetSession} and by every {@link View} of it; nothing else caches them.
 *
 * @param path     the dataset's main file, or null for the bundled dataset
 * @param warnings how many warnings it loaded with
 */
public record OpenDataset(DatasetQueries queries, SearchIndex index, Path path, int warnings) {

    public Dataset dataset() {
        return queries.dataset();
    }
}
