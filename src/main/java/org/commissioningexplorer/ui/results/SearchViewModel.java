package org.commissioningexplorer.ui.results;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.commissioningexplorer.core.model.Period;
import org.commissioningexplorer.core.query.DatasetQueries;
import org.commissioningexplorer.core.search.Normaliser;
import org.commissioningexplorer.core.search.SearchGroup;
import org.commissioningexplorer.core.search.SearchHit;
import org.commissioningexplorer.core.search.SearchIndex;
import org.commissioningexplorer.core.search.SearchResults;
import org.commissioningexplorer.ui.main.MainViewModel;

/**
 * Search as you type: the query, the rows it gives (grouped by kind, best first; then the bodies that matched
 * but did not exist on the as-at date) and a one-line summary. The index is built when the dataset loads, off
 * the UI thread, so each keystroke costs one search (well under a millisecond on the national data).
 */
public final class SearchViewModel {

    /** How many hits of each part (on the date, at other dates) are listed. */
    static final int LIMIT = 60;

    private final MainViewModel main;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<SearchRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");

    public SearchViewModel(MainViewModel main) {
        this.main = main;
        query.addListener((obs, old, text) -> update());
        main.asOfProperty().addListener((obs, old, date) -> update());
        main.queriesProperty().addListener((obs, old, q) -> update());
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<SearchRow> rows() {
        return rows;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** True while there is something to search for: the results then stand in for the tree. */
    public boolean isActive() {
        return !query.get().isBlank();
    }

    private void update() {
        DatasetQueries q = main.queries();
        String text = query.get();
        if (q == null || text.isBlank()) {
            rows.clear();
            summary.set("");
            return;
        }
        if (!Normaliser.isSearchable(text)) {
            rows.clear();
            summary.set("Type a letter or a digit");
            return;
        }
        LocalDate date = main.asOf();
        SearchResults r = SearchIndex.of(q).results(text, date, LIMIT);
        List<SearchRow> out = new ArrayList<>();
        for (SearchGroup g : r.groups()) {
            out.add(new SearchRow.Heading(g.label(), g.hits().size(), g.kind()));
            g.hits().forEach(h -> out.add(new SearchRow.Hit(h)));
        }
        if (!r.otherDates().isEmpty()) {
            out.add(new SearchRow.Heading("At other dates", r.totalOtherDates(), null));
            r.otherDates().forEach(h -> out.add(new SearchRow.Hit(h)));
        }
        rows.setAll(out);
        String on = date == null ? "" : " on " + Period.format(date);
        if (r.totalHits() == 0 && r.totalOtherDates() == 0) {
            summary.set("Nothing matches “" + text.strip() + "”");
        } else {
            summary.set(count(r.totalHits(), "result") + on + (r.totalOtherDates() == 0 ? ""
                    : "  ·  " + r.totalOtherDates() + " at other dates"));
        }
    }

    /** The row of the first hit, or -1 when there is none. */
    public int firstHitIndex() {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i) instanceof SearchRow.Hit) {
                return i;
            }
        }
        return -1;
    }

    /** The first hit, which Enter in the search box opens, or null. */
    public SearchHit first() {
        int i = firstHitIndex();
        return i < 0 ? null : ((SearchRow.Hit) rows.get(i)).hit();
    }

    /**
     * Shows the hit's body in the tree and the detail pane, moving the as-at date to a day it existed when it
     * did not exist on the current one (the status bar says so), then clears the search.
     */
    public void open(SearchHit hit) {
        if (hit == null) {
            return;
        }
        main.reveal(hit.body());
        query.set("");
    }

    private static String count(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
