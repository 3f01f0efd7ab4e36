package org.commissioningexplorer.core.data;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.commissioningexplorer.core.model.Body;
import org.commissioningexplorer.core.model.Code;
import org.commissioningexplorer.core.model.DocumentRef;
import org.commissioningexplorer.core.model.Fact;
import org.commissioningexplorer.core.model.Membership;
import org.commissioningexplorer.core.model.Period;
import org.commissioningexplorer.core.model.Relationship;
import org.commissioningexplorer.core.model.RelationshipTypes;
import org.commissioningexplorer.core.model.Responsibility;

/**
 * Reads the entries of "bodies" and "amend" in every file, with their codes, facts and relationships,
 * keeping the bodies, where each id and parent is written, and every code, for the checks made once all
 * files are read.
 */
final class BodyReader {

    private static final Set<String> BODY_FIELDS = Set.of("id", "name", "kind", "codes", "parent", "from", "to",
            "summary", "formerNames", "facts", "membership", "responsibilities", "documents", "relationships",
            "sources");
    private static final Set<String> CODE_FIELDS = Set.of("scheme", "value", "from", "to");
    private static final Set<String> FACT_FIELDS = Set.of("label", "value", "source");
    private static final Set<String> RELATIONSHIP_FIELDS = Set.of("type", "target", "from", "to", "share", "notes",
            "source");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    /** A code as written on a body (or an amendment of it), to compare with other bodies' codes. */
    record CodeRef(String bodyId, String scheme, String value, Period period, Position at) {
    }

    private final Problems problems;
    private final References refs;
    private final EntryReader entries;
    private final Amendments amendments;
    private final List<Body> bodies = new ArrayList<>();
    private final Map<String, Position> bodyIds = new HashMap<>();
    private final Map<String, Position> parentPositions = new HashMap<>();
    private final List<CodeRef> codeRefs = new ArrayList<>();

    BodyReader(Problems problems, References refs, EntryReader entries, Amendments amendments) {
        this.problems = problems;
        this.refs = refs;
        this.entries = entries;
        this.amendments = amendments;
    }

    /** The bodies read, in order; amendments replace theirs in place. */
    List<Body> bodies() {
        return bodies;
    }

    /** Where each body's id is written, amendments not included. */
    Map<String, Position> ids() {
        return bodyIds;
    }

    /** Where each body's parent is written, by its entry or an amendment, whichever was read last. */
    Map<String, Position> parentPositions() {
        return parentPositions;
    }

    /** Every code of a body with a usable id, amendments' included, in the order read. */
    List<CodeRef> codes() {
        return codeRefs;
    }

    /**
     * Reads one entry of "bodies", or of "amend" when {@code amend} is true. An amendment adds to a body
     * that another entry defines (often in a generated file): the fields it gives replace that body's,
     * its lists are appended. So hand-written detail survives a re-import.
     */
    void read(Json.Obj json, int index, boolean amend) {
        ObjectReader r = new ObjectReader(json, (amend ? "amendment " : "body ") + index, problems, BODY_FIELDS);
        String id = r.string("id", true);
        if (id != null && !ID.matcher(id).matches()) {
            problems.error(r.at("id"), "id '" + id + "' may hold only letters, digits, '.', '_' and '-', "
                    + "starting with a letter or digit");
            id = null;
        }
        String noun = amend ? "amendment" : "body";
        String what = id == null ? noun + " " + index + " (no usable id)" : noun + " of '" + id + "'";
        if (!amend && id != null) {
            what = "body '" + id + "'";
        }
        r = r.named(what);
        String name = r.string("name", !amend);
        String kind = r.string("kind", !amend);
        String parent = r.string("parent", false);
        Period period = entries.period(r, what);
        List<Code> codes = codes(r, id, what);
        List<String> formerNames = r.strings("formerNames").stream().map(Json.Str::value).toList();

        List<String> bodySources = new ArrayList<>();
        for (Json.Str s : r.strings("sources")) {
            refs.sources.add(new Ref(s.value(), s.position(), what));
            bodySources.add(s.value());
        }

        List<Fact> facts = facts(r, what);
        List<Relationship> relationships = relationships(r, id, what);
        List<Membership> membership = entries.memberships(r, what);
        List<Responsibility> responsibilities = entries.responsibilities(r, what);
        List<DocumentRef> documents = entries.documents(r, what);
        String summary = r.string("summary", false);
        r.finish();

        if (bodySources.isEmpty() && !amend) {
            problems.warning(r.position(), what + " names no source; add \"sources\": [\"…\"] so its facts can be traced");
        }
        if (parent != null) {
            refs.bodies.add(new Ref(parent, r.at("parent"), "parent of " + what));
            if (parent.equals(id)) {
                problems.error(r.at("parent"), what + " names itself as its parent");
            }
        }
        if (id == null) {
            return;
        }
        if (amend) {
            if (parent != null) {
                parentPositions.put(id, r.at("parent"));
            }
            amendments.add(new Amendments.Amendment(id, r.at("id"), name, kind, parent,
                    r.has("from") ? period.from() : null, r.has("to") ? period.to() : null, summary,
                    new Body(id, id, "amendment", codes, parent, period, summary, formerNames, facts, membership,
                            responsibilities, documents, relationships, bodySources)));
            return;
        }
        Position earlier = bodyIds.putIfAbsent(id, r.at("id"));
        if (earlier != null) {
            problems.error(r.at("id"), "duplicate id '" + id + "': it is already used at " + earlier
                    + "; give each body its own id");
            return;
        }
        if (parent != null) {
            parentPositions.put(id, r.at("parent"));
        }
        if (name == null || kind == null) {
            return;
        }
        bodies.add(new Body(id, name, kind, codes, parent, period, summary, formerNames, facts, membership,
                responsibilities, documents, relationships, bodySources));
    }

    /** The body's codes; {@code id} is null when the body has no usable id, and then its codes are not compared. */
    private List<Code> codes(ObjectReader r, String id, String what) {
        List<Code> codes = new ArrayList<>();
        int n = 0;
        for (Json.Obj c : r.objects("codes")) {
            n++;
            ObjectReader cr = new ObjectReader(c, "code " + n + " of " + what, problems, CODE_FIELDS);
            String scheme = cr.string("scheme", true);
            String value = cr.string("value", true);
            Period cp = entries.period(cr, "code " + n + " of " + what);
            cr.finish();
            if (scheme != null && value != null) {
                codes.add(new Code(scheme.toUpperCase(Locale.ROOT), value, cp));
                if (id != null) {
                    codeRefs.add(new CodeRef(id, scheme.toUpperCase(Locale.ROOT), value, cp, cr.at("value")));
                }
            }
        }
        return codes;
    }

    private List<Fact> facts(ObjectReader r, String what) {
        List<Fact> facts = new ArrayList<>();
        int n = 0;
        for (Json.Obj f : r.objects("facts")) {
            n++;
            ObjectReader fr = new ObjectReader(f, "fact " + n + " of " + what, problems, FACT_FIELDS);
            String label = fr.string("label", true);
            String value = fr.string("value", true);
            String source = entries.sourceRef(fr, "source");
            fr.finish();
            if (label != null && value != null) {
                facts.add(new Fact(label, value, source));
            }
        }
        return facts;
    }

    private List<Relationship> relationships(ObjectReader r, String id, String what) {
        List<Relationship> relationships = new ArrayList<>();
        int n = 0;
        for (Json.Obj rel : r.objects("relationships")) {
            n++;
            String rwhat = "relationship " + n + " of " + what;
            ObjectReader rr = new ObjectReader(rel, rwhat, problems, RELATIONSHIP_FIELDS);
            String type = rr.string("type", true);
            if (type != null && !RelationshipTypes.isKnown(type)) {
                problems.warning(rr.at("type"), "'type' of " + rwhat + " is '" + type + "', which is not a known"
                        + " relationship type; it is shown as written. Check the spelling against the types"
                        + " listed in the README (oversees, member-of, succeeded-by, …)");
            }
            String target = rr.string("target", true);
            if (target != null) {
                refs.bodies.add(new Ref(target, rr.at("target"), rwhat));
                if (target.equals(id)) {
                    problems.error(rr.at("target"), rwhat + " points at the body itself; name another body");
                }
            }
            Period rp = entries.period(rr, rwhat);
            Double share = null;
            BigDecimal s = rr.decimal("share");
            if (s != null) {
                if (s.signum() <= 0 || s.compareTo(BigDecimal.ONE) > 0) {
                    problems.error(rr.at("share"), "'share' of " + rwhat + " must be above 0 and at most 1, not " + s);
                } else {
                    share = s.doubleValue();
                }
            }
            String notes = rr.string("notes", false);
            String source = entries.sourceRef(rr, "source");
            rr.finish();
            if (type != null && target != null) {
                relationships.add(new Relationship(type, target, rp, share, notes, source));
            }
        }
        return relationships;
    }
}
