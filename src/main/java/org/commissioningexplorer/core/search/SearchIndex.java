package org.commissioningexplorer.core.search;

import java.time.LocalDate;
import java.util.List;
import org.commissioningexplorer.core.model.Body;
import org.commissioningexplorer.core.model.Dataset;
import org.commissioningexplorer.core.model.Period;
import org.commissioningexplorer.core.query.DatasetQueries;

/**
 * Search over a dataset's bodies by name, former name, acronym (of CCGs, ICBs and STPs, derived from their
 * names: {@link Acronyms}), ODS or ONS code, id, membership role, service, document title, fact and note,
 * tolerant of case, accents, punctuation, "&amp;"/"and", the words "NHS", "CCG", "ICB", "STP", "the", "of"
 * and small typos. Words may also match the name, codes or acronyms of the body a body is part of
 * ("remuneration committee norwich"), though not alone. A query that is the name of a council also finds the
 * CCGs, ICBs and STPs that covered it on the date ({@link Places}). Built once per dataset; immutable
 * afterwards, so it may be built on any thread and searched from many.
 *
 * <p>Ranking, best first: the exact code or id typed; then a council or NHS England region the query names
 * ("leeds", "london"); then names and acronyms that are the query, start with it or contain it as whole words,
 * whole words before starts of words; the bodies that covered the council named; then matches on other fields
 * (former names, roles, services, document titles, and a little below them the standard roles, services and
 * documents of the body's kind; then the body above's words, facts and notes); then words found inside a name
 * word ("wich" in "Norwich"); then typos. Every word of the query must match a word of the body (as the word,
 * its start, a part of a name word, or with a typo); a single word is looked for in the body's own texts and id
 * only, and of several words one must match its own texts (not only its id or the body above's); the scores of
 * the words add up. Ignorable words typed ("CCG" in "Norwich CCG") need not
 * match but add a little when the name has them or they are its kind. Ties go in name order.
 *
 * <p>How: every distinct word is held once in a sorted {@link Vocabulary}, with the list of texts
 * ({@link Entries}: name, role, …) it occurs in (its postings), so the words a query word starts are a range
 * of the vocabulary found by binary search. Typos are looked up among vocabulary words of nearby length
 * only, parts of words among words of letters ({@link WordMatch}). The query's words are then matched one
 * by one, the word that stands for the fewest bodies first, each through its postings and only for the
 * bodies that matched every word before; when few bodies are left and the next word is common, those
 * bodies are checked on their own texts ({@link QueryMatcher}). The {@link Ranker} orders what matched.
 * Per-body working arrays are kept per thread and cleared after each search ({@link Scratch}).
 */
public final class SearchIndex {

    private final Dataset dataset;
    private final BodyTable table;
    private final Entries entries;
    private final Vocabulary vocabulary;
    private final Places places;
    private final ThreadLocal<Scratch> scratches;

    SearchIndex(Dataset dataset, BodyTable table, Entries entries, Vocabulary vocabulary, Places places) {
        this.dataset = dataset;
        this.table = table;
        this.entries = entries;
        this.vocabulary = vocabulary;
        this.places = places;
        scratches = ThreadLocal.withInitial(() -> new Scratch(table.size()));
    }

    /**
     * Builds the index of a dataset. Bodies' lifetimes are read from {@code queries} (their dates clipped to
     * their parents'), so as-of searches agree with {@link DatasetQueries#existedOn}.
     */
    public static SearchIndex build(DatasetQueries queries) {
        Dataset d = queries.dataset();
        Body[] bodies = d.bodies().toArray(Body[]::new);
        Period[] lifetimes = new Period[bodies.length];
        for (int i = 0; i < bodies.length; i++) {
            lifetimes[i] = queries.lifetime(bodies[i]);
        }
        return IndexBuilder.build(queries, bodies, lifetimes);
    }

    /** Builds the index of a dataset (see {@link #build(DatasetQueries)}). */
    public static SearchIndex build(Dataset dataset) {
        return build(new DatasetQueries(dataset));
    }

    public Dataset dataset() {
        return dataset;
    }

    /** Number of bodies indexed. */
    public int size() {
        return table.size();
    }

    /** Number of distinct words indexed. */
    public int vocabularySize() {
        return vocabulary.size();
    }

    /** Number of texts indexed (names, codes, roles, …). */
    public int textCount() {
        return entries.count();
    }

    /**
     * The best {@code limit} bodies for {@code query}. With a date, those that existed on that date come
     * first, then those that did not, with {@link SearchHit#existedOnDate()} false. Empty when the query
     * has no letter or digit.
     */
    public List<SearchHit> search(String query, LocalDate asOfOrNull, int limit) {
        SearchResults r = results(query, asOfOrNull, limit);
        List<SearchHit> all = r.all();
        return all.size() > limit ? List.copyOf(all.subList(0, limit)) : all;
    }

    /**
     * The bodies that match {@code query}: up to {@code limit} that existed on {@code asOfOrNull} (all dates
     * when null), grouped by kind, and up to {@code limit} that matched but did not exist on that date.
     */
    public SearchResults results(String query, LocalDate asOfOrNull, int limit) {
        if (limit <= 0) {
            throw new IllegalArgumentException("limit must be at least 1, not " + limit);
        }
        if (query == null || !Normaliser.isSearchable(query)) {
            return SearchResults.empty(query, asOfOrNull);
        }
        Query q = new Query(query, vocabulary, entries, table);
        Ranker ranker = new Ranker(table, entries, q, limit);
        Scratch scratch = scratches.get();
        try {
            IntList matched = new QueryMatcher(table, entries, vocabulary, q, scratch).matches();
            places.apply(q, scratch, asOfOrNull == null ? 0 : BodyTable.epochDay(asOfOrNull), asOfOrNull == null);
            ranker.offer(matched, scratch, asOfOrNull);
        } finally {
            scratch.clear();
        }
        return ranker.results(asOfOrNull, k -> dataset.kind(k).plural());
    }
}
