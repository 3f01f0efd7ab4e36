package org.commissioningexplorer.ui.searchbox;

import org.commissioningexplorer.core.search.SearchHit;

/** A row of the search results: a heading for a kind (or for other dates), or a hit. */
public sealed interface SearchRow {

    /** A heading: "Clinical Commissioning Groups (3)". {@code kind} is null for "At other dates". */
    record Heading(String label, int count, String kind) implements SearchRow {
    }

    record Hit(SearchHit hit) implements SearchRow {
    }
}
