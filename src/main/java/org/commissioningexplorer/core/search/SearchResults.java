package org.commissioningexplorer.core.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The outcome of one search: the bodies that matched and existed on the date searched, best first, and
 * grouped by kind (groups in the order of their best hit); and, when a date was given, the bodies that
 * matched but did not exist on that date, so that a window can offer to change the date.
 */
public final class SearchResults {

    private final String query;
    private final LocalDate asOf;
    private final List<SearchHit> hits;
    private final List<SearchHit> otherDates;
    private final int totalHits;
    private final int totalOtherDates;
    private final List<SearchGroup> groups;

    SearchResults(String query, LocalDate asOf, List<SearchHit> hits, List<SearchHit> otherDates, int totalHits,
                  int totalOtherDates, Function<String, String> kindPlural) {
        this.query = query;
        this.asOf = asOf;
        this.hits = List.copyOf(hits);
        this.otherDates = List.copyOf(otherDates);
        this.totalHits = totalHits;
        this.totalOtherDates = totalOtherDates;
        this.groups = group(this.hits, kindPlural);
    }

    static SearchResults empty(String query, LocalDate asOf) {
        return new SearchResults(query, asOf, List.of(), List.of(), 0, 0, k -> k);
    }

    private static List<SearchGroup> group(List<SearchHit> hits, Function<String, String> kindPlural) {
        Map<String, List<SearchHit>> byKind = new LinkedHashMap<>();
        for (SearchHit h : hits) {
            byKind.computeIfAbsent(h.body().kind(), k -> new ArrayList<>()).add(h);
        }
        List<SearchGroup> groups = new ArrayList<>(byKind.size());
        byKind.forEach((kind, list) -> groups.add(new SearchGroup(kind, kindPlural.apply(kind), list)));
        return List.copyOf(groups);
    }

    public String query() {
        return query;
    }

    /** The date searched, or null for any date. */
    public LocalDate asOf() {
        return asOf;
    }

    /** Bodies that matched and existed on {@link #asOf()} (every match when it is null), best first. */
    public List<SearchHit> hits() {
        return hits;
    }

    /** {@link #hits()} grouped by kind; groups in the order of their best hit, hits best first. */
    public List<SearchGroup> groups() {
        return groups;
    }

    /** Bodies that matched but did not exist on {@link #asOf()}, best first; empty without a date. */
    public List<SearchHit> otherDates() {
        return otherDates;
    }

    /** How many bodies matched and existed on the date, before the limit was applied. */
    public int totalHits() {
        return totalHits;
    }

    /** How many bodies matched but did not exist on the date, before the limit was applied. */
    public int totalOtherDates() {
        return totalOtherDates;
    }

    /** True when nothing matched on any date. */
    public boolean isEmpty() {
        return totalHits == 0 && totalOtherDates == 0;
    }

    /** {@link #hits()} then {@link #otherDates()}. */
    public List<SearchHit> all() {
        List<SearchHit> all = new ArrayList<>(hits.size() + otherDates.size());
        all.addAll(hits);
        all.addAll(otherDates);
        return all;
    }
}
