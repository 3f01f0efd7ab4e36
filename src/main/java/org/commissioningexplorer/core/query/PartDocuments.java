package org.commissioningexplorer.core.query;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.commissioningexplorer.core.model.Body;
import org.commissioningexplorer.core.model.DocumentRef;

/**
 * The documents of every body below a body (its committees' terms of reference on its page), depth first, children
 * in order. They are the same on every date, so each body's are worked out once: NHS England's page on a dataset of
 * 100,000 bodies otherwise walked every one of them on each move of the date.
 */
final class PartDocuments {

    private final DatasetQueries queries;
    private final Map<String, List<Attributed<DocumentRef>>> known = new ConcurrentHashMap<>();

    PartDocuments(DatasetQueries queries) {
        this.queries = queries;
    }

    List<Attributed<DocumentRef>> of(Body body) {
        return known.computeIfAbsent(body.id(), id -> List.copyOf(collect(body)));
    }

    /** Without recursion, for deep trees. */
    private List<Attributed<DocumentRef>> collect(Body body) {
        List<Attributed<DocumentRef>> out = new ArrayList<>();
        ArrayDeque<Iterator<Body>> stack = new ArrayDeque<>();
        stack.push(queries.children(body.id()).iterator());
        while (!stack.isEmpty()) {
            Iterator<Body> it = stack.peek();
            if (!it.hasNext()) {
                stack.pop();
                continue;
            }
            Body part = it.next();
            for (DocumentRef doc : part.documents()) {
                out.add(new Attributed<>(doc, part, false, doc.source() != null ? doc.source() : part.primarySource()));
            }
            stack.push(queries.children(part.id()).iterator());
        }
        return out;
    }
}
