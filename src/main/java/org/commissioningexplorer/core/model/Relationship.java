package org.commissioningexplorer.core.model;

/**
 * A link between two bodies beyond the tree, such as "oversees", "member-of", "partners-with",
 * "commissions-from", "succeeded-by", "accountable-to". Types are open-ended; {@link RelationshipTypes}
 * knows how to read the common ones in both directions.
 *
 * @param share fraction (0–1] of the source carried by the link where that matters (boundaries, mergers)
 */
public record Relationship(String type, String target, Period period, Double share, String notes, String source) {
    public Relationship {
        period = period == null ? Period.ALWAYS : period;
    }
}
