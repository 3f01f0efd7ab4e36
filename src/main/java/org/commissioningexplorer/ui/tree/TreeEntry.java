package org.commissioningexplorer.ui.tree;

import org.commissioningexplorer.core.model.Body;

/** A row of the organisation tree: a body, or a heading that gathers many bodies. */
public sealed interface TreeEntry {

    /**
     * A body's row; an area's row (a region, a local office) also says how many bodies were in it on the date.
     *
     * @param count     how many bodies are inside, or -1 when the row shows no count
     * @param breakdown that count by kind ("19 Clinical Commissioning Groups, 6 …"), or "" with no count
     */
    record BodyEntry(Body body, int count, String breakdown) implements TreeEntry {
        public BodyEntry(Body body) {
            this(body, -1, "");
        }
    }

    /**
     * "Clinical Commissioning Groups (248)": bodies gathered under a heading.
     *
     * @param key   tells this heading apart from its siblings, so the tree can open it again after a rebuild
     * @param kind  the kind whose icon the heading shows
     */
    record GroupEntry(String key, String kind, String label, int count) implements TreeEntry {
    }

    /** The body of a body row, or null for a heading. */
    default Body bodyOrNull() {
        return this instanceof BodyEntry b ? b.body() : null;
    }
}
