package org.commissioningexplorer.core.chart;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commissioningexplorer.core.model.Body;
import org.commissioningexplorer.core.model.RelationshipTypes;
import org.commissioningexplorer.core.query.DatasetQueries;
import org.commissioningexplorer.core.query.Link;

/**
 * What the org chart of one body on one date shows: the chain of bodies it sits under up to the top, the bodies
 * under it that existed on the date, and the bodies its relationships on the date reach, grouped by wording.
 * Groups are capped ({@link #CAP} boxes, then one "+N more" box) so that NHS England or a region stays readable.
 * Succession links are shown whatever the date: a body's successor does not exist while the body does.
 *
 * @param centre the body the chart is drawn around
 * @param date   the as-at date
 * @param nodes  every box, keys unique: the parent chain from the top, the centre, children, related bodies
 * @param edges  tree lines and relationship arrows between the boxes
 */
public record ChartModel(Body centre, LocalDate date, List<ChartNode> nodes, List<ChartEdge> edges) {

    /** At most this many boxes of one group (one kind of child, one wording of link) before a "+N more" box. */
    public static final int CAP = 8;

    public ChartModel {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /** The chart of {@code centre} on {@code date}. */
    public static ChartModel of(DatasetQueries queries, Body centre, LocalDate date) {
        Map<String, ChartNode> nodes = new LinkedHashMap<>();
        List<ChartEdge> edges = new ArrayList<>();
        List<Body> path = queries.path(centre);
        for (int i = 0; i < path.size() - 1; i++) {
            nodes.put(path.get(i).id(), ChartNode.of(path.get(i), ChartNode.Role.ANCESTOR, null));
            if (i > 0) {
                edges.add(new ChartEdge(path.get(i - 1).id(), path.get(i).id(), "", true));
            }
        }
        nodes.put(centre.id(), ChartNode.of(centre, ChartNode.Role.CENTRE, null));
        if (path.size() > 1) {
            edges.add(new ChartEdge(path.get(path.size() - 2).id(), centre.id(), "", true));
        }
        Map<String, List<Body>> childrenByKind = new LinkedHashMap<>();
        for (Body child : queries.children(centre.id())) {
            if (queries.existedOn(child, date)) {
                childrenByKind.computeIfAbsent(child.kind(), k -> new ArrayList<>()).add(child);
            }
        }
        childrenByKind.forEach((kind, bodies) -> addGroup(nodes, edges, centre, ChartNode.Role.CHILD, kind, bodies));
        Map<String, List<Body>> related = new LinkedHashMap<>();
        for (Link link : queries.links(centre)) {
            if (!shows(queries, link, date)) {
                continue;
            }
            Optional<ChartEdge> existing = edges.stream().filter(e -> e.tree() && joins(e, centre, link.other()))
                    .findFirst();
            if (existing.isPresent()) {
                edges.set(edges.indexOf(existing.get()), existing.get().withLabel(link.label()));
            } else if (nodes.containsKey(link.other().id())) {
                edges.add(new ChartEdge(centre.id(), link.other().id(), link.label(), false));
            } else {
                List<Body> group = related.computeIfAbsent(link.label(), k -> new ArrayList<>());
                if (!group.contains(link.other())) {
                    group.add(link.other());
                }
            }
        }
        related.forEach((label, bodies) -> addGroup(nodes, edges, centre, ChartNode.Role.RELATED, label, bodies));
        return new ChartModel(centre, date, new ArrayList<>(nodes.values()), edges);
    }

    /** The box of a body, if the chart shows it. */
    public Optional<ChartNode> node(String key) {
        return nodes.stream().filter(n -> n.key().equals(key)).findFirst();
    }

    /** Whether a body has a box of its own in the chart. */
    public boolean shows(String bodyId) {
        return node(bodyId).isPresent();
    }

    private static boolean shows(DatasetQueries queries, Link link, LocalDate date) {
        if (RelationshipTypes.SUCCESSION.contains(link.type())) {
            return true;
        }
        return link.heldOn(date) && queries.existedOn(link.other(), date);
    }

    private static boolean joins(ChartEdge e, Body a, Body b) {
        return e.from().equals(a.id()) && e.to().equals(b.id()) || e.from().equals(b.id()) && e.to().equals(a.id());
    }

    /** Adds up to {@link #CAP} bodies of a group, then a "+N more" box for the rest, each joined to the centre. */
    private static void addGroup(Map<String, ChartNode> nodes, List<ChartEdge> edges, Body centre,
            ChartNode.Role role, String group, List<Body> bodies) {
        boolean tree = role == ChartNode.Role.CHILD;
        String label = tree ? "" : group;
        List<Body> fresh = new ArrayList<>();
        for (Body b : bodies) {
            if (!nodes.containsKey(b.id())) {
                fresh.add(b);
            } else if (!tree) { // already beside the centre under another wording: one more arrow to its box
                edges.add(new ChartEdge(centre.id(), b.id(), label, false));
            }
        }
        for (Body b : fresh.subList(0, Math.min(CAP, fresh.size()))) {
            nodes.put(b.id(), ChartNode.of(b, role, group));
            edges.add(new ChartEdge(centre.id(), b.id(), label, tree));
        }
        if (fresh.size() > CAP) {
            ChartNode more = ChartNode.more(role, group, fresh.subList(CAP, fresh.size()));
            nodes.put(more.key(), more);
            edges.add(new ChartEdge(centre.id(), more.key(), label, tree));
        }
    }
}
