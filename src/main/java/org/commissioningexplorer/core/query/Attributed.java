package org.commissioningexplorer.core.query;

import java.util.Objects;
import org.commissioningexplorer.core.model.Body;

/**
 * An item shown on a body's page with where it comes from: the body itself, one of its parts (a
 * committee's terms of reference on its CCG's page), or the standard content of its kind.
 *
 * @param holder   the body the item belongs to
 * @param standard true when it is the kind's standard content ("for every CCG")
 * @param source   id of the source the item comes from, after falling back to its holder's or kind's
 */
public record Attributed<T>(T item, Body holder, boolean standard, String source) {

    /**
     * As a record's, but the same object first: a page is compared with the same page on another date item by item,
     * and a part's documents are the same objects on every date; a body compared by its fields is slow.
     */
    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Attributed<?> a && standard == a.standard && Objects.equals(item, a.item)
                && Objects.equals(holder, a.holder) && Objects.equals(source, a.source);
    }

    @Override
    public int hashCode() {
        return Objects.hash(item, holder, standard, source);
    }
}
