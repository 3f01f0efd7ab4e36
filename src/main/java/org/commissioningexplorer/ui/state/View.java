package org.commissioningexplorer.ui.state;

import java.time.LocalDate;
import org.commissioningexplorer.core.model.Body;
import org.commissioningexplorer.core.query.DatasetQueries;

/**
 * What the window shows: the open dataset, the body selected in it and the as-at date. One value, so an
 * action that changes several of them (opening a body of another date, back and forward, a reload) reaches
 * every pane as one change.
 *
 * @param data     the open dataset, or null before the first one opens
 * @param selected the selected body, or null
 * @param asOf     the as-at date, or null before the first dataset opens
 */
public record View(OpenDataset data, Body selected, LocalDate asOf) {

    /** Before anything is open. */
    public static final View EMPTY = new View(null, null, null);

    public DatasetQueries queries() {
        return data == null ? null : data.queries();
    }

    public View withSelected(Body body) {
        return new View(data, body, asOf);
    }

    public View withDate(LocalDate date) {
        return new View(data, selected, date);
    }

    /** Whether the other view shows another dataset or another date (the tree and the search redo their work). */
    public boolean sameDataAndDate(View other) {
        return other != null && data == other.data && java.util.Objects.equals(asOf, other.asOf);
    }

    /** The selected body's id, or null. */
    public String selectedId() {
        return selected == null ? null : selected.id();
    }
}
