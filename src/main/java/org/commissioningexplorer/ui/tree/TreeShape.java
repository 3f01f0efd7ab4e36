package org.commissioningexplorer.ui.tree;

import java.util.List;
import java.util.function.Supplier;
import org.commissioningexplorer.core.model.Body;

/**
 * What the tree shows on one date: its top rows, the rows under each, and the bodies above a body (so its row
 * can be found). The rows under a row are worked out only when the tree asks for them.
 */
interface TreeShape {

    List<Row> top();

    /**
     * The bodies from the top down to this one, inclusive, through which its row is reached (headings between
     * them are searched); empty when the body has no row on the date.
     */
    List<Body> path(Body body);

    /** A row and how to make the rows under it. */
    record Row(TreeEntry entry, Supplier<List<Row>> below) {
    }

    /** The shape of no dataset: nothing to show. */
    TreeShape EMPTY = new TreeShape() {
        @Override
        public List<Row> top() {
            return List.of();
        }

        @Override
        public List<Body> path(Body body) {
            return List.of();
        }
    };
}
