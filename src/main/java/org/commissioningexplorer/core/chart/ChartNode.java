package org.commissioningexplorer.core.chart;

import org.commissioningexplorer.core.model.Body;

/**
 * One box of the chart: a body, or a "+N more" box standing for the bodies left out of a capped group.
 *
 * @param key   unique within the chart: the body's id, or "more:" and the group's name for a "+N more" box
 * @param body  the body drawn, or null for a "+N more" box
 * @param role  where the box sits
 * @param group the related bodies' wording ("Member of") or the children's kind; null for the parent chain and
 *              the centred body
 * @param rest  the bodies a "+N more" box stands for, in order; empty for a body's box
 */
public record ChartNode(String key, Body body, Role role, String group, java.util.List<Body> rest) {

    public ChartNode {
        rest = java.util.List.copyOf(rest);
    }

    /** Where a box sits: above the centred body, the centred body itself, below it, beside it. */
    public enum Role { ANCESTOR, CENTRE, CHILD, RELATED }

    static ChartNode of(Body body, Role role, String group) {
        return new ChartNode(body.id(), body, role, group, java.util.List.of());
    }

    static ChartNode more(Role role, String group, java.util.List<Body> rest) {
        return new ChartNode("more:" + role + ":" + group, null, role, group, rest);
    }

    /** How many bodies a "+N more" box stands for; 0 for a body's box. */
    public int more() {
        return rest.size();
    }

    public boolean isMore() {
        return body == null;
    }

    /** The kind of the body drawn; for a "+N more" box, "more". */
    public String kind() {
        return body == null ? "more" : body.kind();
    }
}
