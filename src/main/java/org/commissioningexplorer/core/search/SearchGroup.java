package org.commissioningexplorer.core.search;

import java.util.List;

/**
 * The hits of one kind of body, best first.
 *
 * @param kind  kind id ("ccg")
 * @param label the kind's plural label ("Clinical Commissioning Groups")
 */
public record SearchGroup(String kind, String label, List<SearchHit> hits) {
    public SearchGroup {
        hits = List.copyOf(hits);
    }
}
