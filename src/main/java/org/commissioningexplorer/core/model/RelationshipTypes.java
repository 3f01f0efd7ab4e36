package org.commissioningexplorer.core.model;

import java.util.Map;

/** Readable wording for relationship types, from either end. Unknown types are shown as written. */
public final class RelationshipTypes {

    private record Wording(String outgoing, String incoming) {
    }

    private static final Map<String, Wording> KNOWN = Map.ofEntries(
            Map.entry("oversees", new Wording("Oversees", "Overseen by")),
            Map.entry("member-of", new Wording("Member of", "Has member")),
            Map.entry("partners-with", new Wording("Partners with", "Partners with")),
            Map.entry("commissions-from", new Wording("Commissions services from", "Provides services commissioned by")),
            Map.entry("succeeded-by", new Wording("Succeeded by", "Succeeded")),
            Map.entry("accountable-to", new Wording("Accountable to", "Holds to account")),
            Map.entry("reports-to", new Wording("Reports to", "Receives reports from")),
            Map.entry("covers", new Wording("Covers", "Covered by")),
            Map.entry("in-region", new Wording("Within (NHS England region or area)", "Contains")),
            Map.entry("transferred-area-to", new Wording("Passed part of its area to", "Took part of the area of")),
            Map.entry("joint-committee-of", new Wording("Joint committee of", "Takes part in joint committee")));

    /** Relationship types that record one body taking over from another. */
    public static final java.util.List<String> SUCCESSION = java.util.List.of("succeeded-by");

    private RelationshipTypes() {
    }

    public static String outgoing(String type) {
        Wording w = KNOWN.get(type);
        return w == null ? humanise(type) : w.outgoing();
    }

    public static String incoming(String type) {
        Wording w = KNOWN.get(type);
        return w == null ? humanise(type) + " (from)" : w.incoming();
    }

    public static boolean isKnown(String type) {
        return KNOWN.containsKey(type);
    }

    static String humanise(String type) {
        String s = type.replace('-', ' ').replace('_', ' ');
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
