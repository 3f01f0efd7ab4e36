package org.commissioningexplorer.ui.searchbox;

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
import org.commissioningexplorer.core.notes.Note;
import org.commissioningexplorer.core.notes.NotesStore;
import org.commissioningexplorer.core.search.MatchField;
import org.commissioningexplorer.core.search.Normaliser;
import org.commissioningexplorer.core.search.SearchGroup;
import org.commissioningexplorer.core.search.SearchHit;
import org.commissioningexplorer.core.search.SearchResults;
import org.commissioningexplorer.ui.common.Texts;
import org.commissioningexplorer.ui.state.ExplorerState;
import org.commissioningexplorer.ui.state.OpenDataset;
import org.commissioningexplorer.ui.state.View;

/**
 * Search as you type: the query, the rows it gives (grouped by kind, best first; then the bodies that matched
 * but did not exist on the as-at date) and a one-line summary. The dataset session builds the index off the UI
 * thread when the dataset opens, so each keystroke costs one search (well under a millisecond on the national
 * data); a search typed before the index is built says it is being prepared and runs when it is. Selecting
 * another body does not search again; another date or dataset does.
 */
public final class SearchViewModel {

    /** How many hits of each part (on the date, at other dates) are listed. */
    static final int LIMIT = 60;

    private final ExplorerState state;
    private final NotesStore notes;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<SearchRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private int searches;
    /** The dataset whose index a search is waiting for, if any. */
    private OpenDataset waitingFor;

    public SearchViewModel(ExplorerState state) {
        this(state, NotesStore.inMemory());
    }

    /** Also finds the bodies whose note (the trainer's own) holds the words, listed first as "Your notes". */
    public SearchViewModel(ExplorerState state, NotesStore notes) {
        this.state = state;
        this.notes = notes;
        query.addListener((obs, old, text) -> update());
        state.navigation().viewProperty().addListener((obs, old, view) -> {
            if (!view.sameDataAndDate(old)) {
                update();
            }
        });
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

    /** Why the dataset's index could not be built, in a line. */
    private static String failure(OpenDataset data) {
        try {
            data.indexing().join();
            return "";
        } catch (java.util.concurrent.CompletionException | java.util.concurrent.CancellationException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            return cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
        }
    }

    /** How many searches this has run (tests check that an action runs no more than it needs). */
    int searches() {
        return searches;
    }

    private void update() {
        View view = state.navigation().view();
        String text = query.get();
        if (view.data() == null || text.isBlank()) {
            rows.clear();
            summary.set("");
            return;
        }
        if (!Normaliser.isSearchable(text)) {
            rows.clear();
            summary.set(Texts.get("search.needsLetter"));
            return;
        }
        OpenDataset data = view.data();
        if (!data.indexing().isDone()) {
            // Just after a large dataset opened: the search waits for its index, not the window.
            rows.clear();
            summary.set(Texts.get("search.preparing"));
            if (waitingFor != data) {
                waitingFor = data;
                state.session().whenIndexed(data, () -> {
                    if (waitingFor == data) { // not a dataset opened since
                        waitingFor = null;
                        update();
                    }
                });
            }
            return;
        }
        if (data.indexing().isCompletedExceptionally()) {
            rows.clear();
            summary.set(Texts.format("search.failed", failure(data)));
            return;
        }
        LocalDate date = view.asOf();
        searches++;
        SearchResults r = data.index().results(text, date, LIMIT);
        List<SearchRow> out = new ArrayList<>(noteRows(view, text));
        int noted = out.size();
        for (SearchGroup g : r.groups()) {
            out.add(new SearchRow.Heading(g.label(), g.hits().size(), g.kind()));
            g.hits().forEach(h -> out.add(new SearchRow.Hit(h)));
        }
        if (!r.otherDates().isEmpty()) {
            out.add(new SearchRow.Heading(Texts.get("search.otherDates"), r.totalOtherDates(), null));
            r.otherDates().forEach(h -> out.add(new SearchRow.Hit(h)));
        }
        rows.setAll(out);
        if (r.totalHits() == 0 && r.totalOtherDates() == 0 && noted > 0) {
            summary.set(Texts.format("notes.search.only", noted - 1));
        } else if (r.totalHits() == 0 && r.totalOtherDates() == 0) {
            summary.set(Texts.format("search.nothing", text.strip()));
        } else {
            summary.set(Texts.format("search.summary", r.totalHits(), date == null ? "" : Period.format(date),
                    r.totalOtherDates()));
        }
    }

    /** The bodies of the open dataset whose notes hold the query's words, under a heading of their own. */
    private List<SearchRow> noteRows(View view, String text) {
        List<SearchRow> out = new ArrayList<>();
        for (Note n : notes.search(text)) {
            view.data().dataset().body(n.id()).ifPresent(b -> out.add(new SearchRow.Hit(new SearchHit(b, 0,
                    MatchField.NOTE, around(n.text(), text),
                    view.asOf() == null || view.queries().existedOn(b, view.asOf())))));
        }
        if (!out.isEmpty()) {
            out.add(0, new SearchRow.Heading(Texts.get("notes.search.heading"), out.size(), null));
        }
        return out;
    }

    /** The note on one line, cut to the part around the first word matched when it is long. */
    static String around(String note, String query) {
        String line = note.replaceAll("\\s+", " ");
        if (line.length() <= 120) {
            return line;
        }
        String first = query.strip().split("\\s+")[0].toLowerCase(java.util.Locale.ROOT);
        int at = Math.max(0, line.toLowerCase(java.util.Locale.ROOT).indexOf(first));
        int from = at < 60 ? 0 : at - 40;
        int to = Math.min(line.length(), from + 120);
        return (from > 0 ? "\u2026" : "") + line.substring(from, to) + (to < line.length() ? "\u2026" : "");
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
     * Clears the search, then shows the hit's body in the tree and the detail pane, moving the as-at date to a
     * day it existed when it did not exist on the current one (the status bar says so): one change of view,
     * and no search for the date it moved to.
     */
    public void open(SearchHit hit) {
        if (hit == null) {
            return;
        }
        query.set("");
        state.navigation().reveal(hit.body());
    }

    /**
     * For a hit that did not exist on the as-at date, what had replaced it by then ("NHS Norfolk and Waveney ICB
     * (QMM), from 1 July 2022"), following the whole chain of successors; "" when nothing had.
     */
    public String replacedBy(org.commissioningexplorer.core.model.Body body) {
        var q = state.session().queries();
        java.time.LocalDate date = state.asAt().get();
        if (q == null || date == null || q.existedOn(body, date)) {
            return "";
        }
        var ends = org.commissioningexplorer.core.query.Succession.ends(q, body, date);
        return ends.isEmpty() ? "" : Texts.format("search.replacedBy", String.join(" " + Texts.get("search.and") + " ",
                ends.stream().map(l -> org.commissioningexplorer.core.query.Succession.named(l.other())).toList()));
    }

    /** Clears the search, so the tree shows again. */
    public void clear() {
        query.set("");
    }
}
