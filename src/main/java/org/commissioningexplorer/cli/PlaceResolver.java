package org.commissioningexplorer.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commissioningexplorer.core.model.Body;
import org.commissioningexplorer.core.query.DatasetQueries;
import org.commissioningexplorer.core.search.Normaliser;
import org.commissioningexplorer.core.search.SearchHit;
import org.commissioningexplorer.core.search.SearchIndex;
import org.commissioningexplorer.core.search.SearchResults;

/**
 * The body a {@code --for PLACE} names. A code or id is taken as it is (the body that had the code on the
 * date). A name is searched with {@code find}'s ranking, and the best match is taken only when no other
 * matches about as well: asked for "London", the region London wins over the councils and ICBs that merely
 * contain the word; asked for "Norfolk", the county council, its board, the ICB and two hospitals tie, and
 * nothing is chosen. No kind is preferred behind the user's back: the ranking alone decides.
 */
final class PlaceResolver {

    /**
     * Matches within this many points of the best are about as good. An ignorable word typed and found in the
     * name ("CCG" in "Leeds CCG") earns 10, which is enough to choose between a council and a CCG of one name.
     */
    static final int ABOUT_EQUAL = 10;

    /** How many matches are looked at (a tie larger than this is reported as "and more"). */
    private static final int LIMIT = 200;

    /** What {@link #resolve} found. */
    sealed interface Outcome permits Found, Ambiguous, NotFound {
    }

    /**
     * One body. {@code hit} is the search hit when it was found by searching (null for a code or id);
     * {@code others} how many other bodies the search also matched, less well.
     */
    record Found(Body body, SearchHit hit, int others) implements Outcome {
    }

    /** Several bodies that match about equally, best first; {@code total} counts them all. */
    record Ambiguous(List<SearchHit> candidates, int total) implements Outcome {
    }

    /** Nothing matched, on any date. */
    record NotFound() implements Outcome {
    }

    private final DatasetQueries queries;

    PlaceResolver(DatasetQueries queries) {
        this.queries = queries;
    }

    /** The body {@code text} names on {@code date}. */
    Outcome resolve(String text, LocalDate date) {
        Optional<Body> exact = queries.lookup(text, date);
        if (exact.isPresent()) {
            return new Found(exact.get(), null, 0);
        }
        if (!Normaliser.isSearchable(text)) {
            return new NotFound();
        }
        SearchResults r = SearchIndex.build(queries).results(text, date, LIMIT);
        List<SearchHit> pool = r.hits();
        int poolTotal = r.totalHits();
        List<SearchHit> other = r.otherDates();
        // A body of another date is taken only when it is clearly what was typed (the whole name of a CCG that
        // had gone, against a council that merely contains the word); at a tie the one that existed wins.
        if (!other.isEmpty() && (pool.isEmpty() || other.get(0).score() >= pool.get(0).score() + ABOUT_EQUAL)) {
            pool = other;
            poolTotal = r.totalOtherDates();
        }
        if (pool.isEmpty()) {
            return new NotFound();
        }
        int best = pool.get(0).score();
        List<SearchHit> tied = new ArrayList<>();
        for (SearchHit h : pool) {
            if (h.score() > best - ABOUT_EQUAL) {
                tied.add(h);
            }
        }
        if (tied.size() > 1) {
            return new Ambiguous(List.copyOf(tied), tied.size() == pool.size() ? poolTotal : tied.size());
        }
        return new Found(pool.get(0).body(), pool.get(0), r.totalHits() + r.totalOtherDates() - 1);
    }
}
