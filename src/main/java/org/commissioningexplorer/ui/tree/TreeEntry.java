package org.commissioningexplorer.ui.tree;

import org.commissioningexplorer.core.model.Body;

/** A row of the organisation tree: a body, or a heading that gathers many bodies of one kind. */
public sealed interface TreeEntry {

    record BodyEntry(Body body) implements TreeEntry {
    }

    /** "Clinical Commissioning Groups (248)": the children of one kind under a parent with many. */
    record GroupEntry(String kind, String label, int count) implements TreeEntry {
    }

    /** The body of a body row, or null for a heading. */
    default Body bodyOrNull() {
        return this instanceof BodyEntry b ? b.body() : null;
    }
}
