package org.commissioningexplorer.core.query;

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
}
