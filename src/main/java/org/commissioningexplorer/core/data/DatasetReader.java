package org.commissioningexplorer.core.data;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.commissioningexplorer.core.model.Body;
import org.commissioningexplorer.core.model.Code;
import org.commissioningexplorer.core.model.DocumentRef;
import org.commissioningexplorer.core.model.Fact;
import org.commissioningexplorer.core.model.KindInfo;
import org.commissioningexplorer.core.model.Membership;
import org.commissioningexplorer.core.model.Period;
import org.commissioningexplorer.core.model.Relationship;
import org.commissioningexplorer.core.model.RelationshipTypes;
import org.commissioningexplorer.core.model.Responsibility;
import org.commissioningexplorer.core.model.Source;

/**
 * Turns parsed dataset files into model records, then checks what spans files: duplicate ids, references
 * to bodies and sources that do not exist, and cycles in the tree. Every problem is kept; the caller
 * decides whether errors leave a usable dataset.
 */
final class DatasetReader {

    static final Set<String> MAIN_FIELDS = Set.of("$schema", "$comment", "format", "title", "edition", "licence",
            "attribution", "defaultDate", "include", "sources", "kinds", "bodies", "amend");
    static final Set<String> PART_FIELDS = Set.of("$schema", "$comment", "sources", "kinds", "bodies", "amend");
    private static final Set<String> BODY_FIELDS = Set.of("id", "name", "kind", "codes", "parent", "from", "to",
            "summary", "formerNames", "facts", "membership", "responsibilities", "documents", "relationships",
            "sources");
    private static final Set<String> CODE_FIELDS = Set.of("scheme", "value", "from", "to");
    private static final Set<String> FACT_FIELDS = Set.of("label", "value", "source");
    private static final Set<String> MEMBERSHIP_FIELDS = Set.of("role", "count", "atLeast", "represents", "body",
            "statutory", "notes", "source");
    private static final Set<String> RESPONSIBILITY_FIELDS = Set.of("service", "role", "scope", "notes", "by",
            "from", "to", "source");
    private static final Set<String> DOCUMENT_FIELDS = Set.of("title", "kind", "date", "sizeKB", "url", "file",
            "notes", "source");
    private static final Set<String> RELATIONSHIP_FIELDS = Set.of("type", "target", "from", "to", "share", "notes",
            "source");
    private static final Set<String> KIND_FIELDS = Set.of("label", "plural", "summary", "membership",
            "responsibilities", "documents", "source");
    private static final Set<String> SOURCE_FIELDS = Set.of("id", "title", "publisher", "url", "licence", "note");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    /** An "amend" entry: scalar fields it gives (null when not given) and the lists it adds, in {@code adds}. */
    private record Amendment(String id, Position at, String name, String kind, String parent, LocalDate from,
                             LocalDate to, String summary, Body adds) {
    }

    /** A code as written on a body (or an amendment of it), to compare with other bodies' codes. */
    private record CodeRef(String bodyId, String scheme, String value, Period period, Position at) {
    }

    /** A reference to check once every file is read. */
    record Ref(String id, Position at, String what) {
    }

    private final Problems problems;
    private final List<Body> bodies = new ArrayList<>();
    private final Map<String, Position> bodyIds = new HashMap<>();
    private final Map<String, Position> parentPositions = new HashMap<>();
    private final List<Ref> bodyRefs = new ArrayList<>();
    private final List<Ref> sourceRefs = new ArrayList<>();
    private final Map<String, KindInfo> kinds = new LinkedHashMap<>();
    private final Map<String, Source> sources = new LinkedHashMap<>();
    private final Map<String, Position> sourceIds = new HashMap<>();
    private final List<Amendment> amendments = new ArrayList<>();
    private final List<Ref> documentFiles = new ArrayList<>();
    private final List<CodeRef> codeRefs = new ArrayList<>();

    DatasetReader(Problems problems) {
        this.problems = problems;
    }

    List<Body> bodies() {
        return bodies;
    }

    Map<String, KindInfo> kinds() {
        return kinds;
    }

    Map<String, Source> sources() {
        return sources;
    }

    /** Reads the sources, kinds and bodies of one file (the main file or an included part). */
    void readContent(ObjectReader file) {
        for (Json.Obj s : file.objects("sources")) {
            readSource(s);
        }
        Json kindsJson = file.raw("kinds");
        if (kindsJson instanceof Json.Obj k) {
            for (Json.Member m : k.members().values()) {
                readKind(m.key(), m.keyPosition(), m.value());
            }
        } else if (kindsJson != null && !(kindsJson instanceof Json.Null)) {
            problems.error(kindsJson.position(), "'kinds' must be an object mapping each kind id to its description, not "
                    + kindsJson.typeName());
        }
        int index = 0;
        for (Json.Obj b : file.objects("bodies")) {
            index++;
            readBody(b, index, false);
        }
        index = 0;
        for (Json.Obj b : file.objects("amend")) {
            index++;
            readBody(b, index, true);
        }
    }

    private void readSource(Json.Obj json) {
        ObjectReader r = new ObjectReader(json, "source", problems, SOURCE_FIELDS);
        String id = r.string("id", true);
        String what = id == null ? "source" : "source '" + id + "'";
        r = r.named(what);
        String title = r.string("title", true);
        String url = r.string("url", false);
        checkWebAddress(r, "url", url);
        Source s = new Source(id, title, r.string("publisher", false), url, r.string("licence", false),
                r.string("note", false));
        r.finish();
        if (id == null) {
            return;
        }
        Position earlier = sourceIds.putIfAbsent(id, r.at("id"));
        if (earlier != null) {
            problems.error(r.at("id"), "source id '" + id + "' is already used at " + earlier + "; source ids must be unique");
            return;
        }
        sources.put(id, s);
    }

    private void readKind(String id, Position at, Json json) {
        ObjectReader r = ObjectReader.of(json, "kind '" + id + "'", problems, KIND_FIELDS);
        if (r == null) {
            return;
        }
        if (kinds.containsKey(id)) {
            problems.error(at, "kind '" + id + "' is described twice; keep one description");
        }
        String label = r.string("label", true);
        String plural = r.string("plural", false);
        String source = sourceRef(r, "source");
        KindInfo k = new KindInfo(id, label == null ? id : label, plural == null ? label : plural,
                r.string("summary", false),
                readMemberships(r, "kind '" + id + "'"),
                readResponsibilities(r, "kind '" + id + "'"),
                readDocuments(r, "kind '" + id + "'"),
                source);
        r.finish();
        kinds.putIfAbsent(id, k);
    }

    /**
     * Reads one entry of "bodies", or of "amend" when {@code amend} is true. An amendment adds to a body
     * that another entry defines (often in a generated file): the fields it gives replace that body's,
     * its lists are appended. So hand-written detail survives a re-import.
     */
    private void readBody(Json.Obj json, int index, boolean amend) {
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
        Period period = readPeriod(r, what);

        List<Code> codes = new ArrayList<>();
        int n = 0;
        for (Json.Obj c : r.objects("codes")) {
            n++;
            ObjectReader cr = new ObjectReader(c, "code " + n + " of " + what, problems, CODE_FIELDS);
            String scheme = cr.string("scheme", true);
            String value = cr.string("value", true);
            Period cp = readPeriod(cr, "code " + n + " of " + what);
            cr.finish();
            if (scheme != null && value != null) {
                codes.add(new Code(scheme.toUpperCase(Locale.ROOT), value, cp));
                if (id != null) {
                    codeRefs.add(new CodeRef(id, scheme.toUpperCase(Locale.ROOT), value, cp, cr.at("value")));
                }
            }
        }
        List<String> formerNames = r.strings("formerNames").stream().map(Json.Str::value).toList();

        List<String> bodySources = new ArrayList<>();
        for (Json.Str s : r.strings("sources")) {
            sourceRefs.add(new Ref(s.value(), s.position(), what));
            bodySources.add(s.value());
        }

        List<Fact> facts = new ArrayList<>();
        n = 0;
        for (Json.Obj f : r.objects("facts")) {
            n++;
            ObjectReader fr = new ObjectReader(f, "fact " + n + " of " + what, problems, FACT_FIELDS);
            String label = fr.string("label", true);
            String value = fr.string("value", true);
            String source = sourceRef(fr, "source");
            fr.finish();
            if (label != null && value != null) {
                facts.add(new Fact(label, value, source));
            }
        }

        List<Relationship> relationships = new ArrayList<>();
        n = 0;
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
                bodyRefs.add(new Ref(target, rr.at("target"), rwhat));
                if (target.equals(id)) {
                    problems.error(rr.at("target"), rwhat + " points at the body itself; name another body");
                }
            }
            Period rp = readPeriod(rr, rwhat);
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
            String source = sourceRef(rr, "source");
            rr.finish();
            if (type != null && target != null) {
                relationships.add(new Relationship(type, target, rp, share, notes, source));
            }
        }

        List<Membership> membership = readMemberships(r, what);
        List<Responsibility> responsibilities = readResponsibilities(r, what);
        List<DocumentRef> documents = readDocuments(r, what);
        String summary = r.string("summary", false);
        r.finish();

        if (bodySources.isEmpty() && !amend) {
            problems.warning(r.position(), what + " names no source; add \"sources\": [\"…\"] so its facts can be traced");
        }
        if (parent != null) {
            bodyRefs.add(new Ref(parent, r.at("parent"), "parent of " + what));
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
            amendments.add(new Amendment(id, r.at("id"), name, kind, parent, r.has("from") ? period.from() : null,
                    r.has("to") ? period.to() : null, summary, new Body(id, id, "amendment", codes, parent, period,
                    summary, formerNames, facts, membership, responsibilities, documents, relationships,
                    bodySources)));
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

    private List<Membership> readMemberships(ObjectReader owner, String what) {
        List<Membership> out = new ArrayList<>();
        int n = 0;
        for (Json.Obj m : owner.objects("membership")) {
            n++;
            String mwhat = "membership entry " + n + " of " + what;
            ObjectReader r = new ObjectReader(m, mwhat, problems, MEMBERSHIP_FIELDS);
            String role = r.string("role", true);
            Integer count = r.integer("count", 0);
            boolean atLeast = r.bool("atLeast", false);
            String represents = r.string("represents", false);
            String body = r.string("body", false);
            if (body != null) {
                bodyRefs.add(new Ref(body, r.at("body"), mwhat));
            }
            boolean statutory = r.bool("statutory", false);
            String notes = r.string("notes", false);
            String source = sourceRef(r, "source");
            r.finish();
            if (role != null) {
                out.add(new Membership(role, count, atLeast, represents, body, statutory, notes, source));
            }
        }
        return out;
    }

    private List<Responsibility> readResponsibilities(ObjectReader owner, String what) {
        List<Responsibility> out = new ArrayList<>();
        int n = 0;
        for (Json.Obj m : owner.objects("responsibilities")) {
            n++;
            String rwhat = "responsibility " + n + " of " + what;
            ObjectReader r = new ObjectReader(m, rwhat, problems, RESPONSIBILITY_FIELDS);
            String service = r.string("service", true);
            String role = r.string("role", false);
            String scope = r.string("scope", false);
            String notes = r.string("notes", false);
            String by = r.string("by", false);
            if (by != null) {
                bodyRefs.add(new Ref(by, r.at("by"), rwhat));
            }
            Period period = readPeriod(r, rwhat);
            String source = sourceRef(r, "source");
            r.finish();
            if (service != null) {
                out.add(new Responsibility(service, role == null ? Responsibility.COMMISSIONS : role, scope, notes, by,
                        source, period));
            }
        }
        return out;
    }

    private List<DocumentRef> readDocuments(ObjectReader owner, String what) {
        List<DocumentRef> out = new ArrayList<>();
        int n = 0;
        for (Json.Obj m : owner.objects("documents")) {
            n++;
            String dwhat = "document " + n + " of " + what;
            ObjectReader r = new ObjectReader(m, dwhat, problems, DOCUMENT_FIELDS);
            String title = r.string("title", true);
            String kind = r.string("kind", false);
            var date = r.partialDate("date");
            Integer size = r.integer("sizeKB", 0);
            String url = r.string("url", false);
            checkWebAddress(r, "url", url);
            String file = r.string("file", false);
            checkRelativeFile(r, "file", file);
            String notes = r.string("notes", false);
            String source = sourceRef(r, "source");
            r.finish();
            if (title != null) {
                out.add(new DocumentRef(title, kind, date, size, url, file, notes, source));
            }
        }
        return out;
    }

    private Period readPeriod(ObjectReader r, String what) {
        LocalDate from = r.date("from");
        LocalDate to = r.date("to");
        if (from != null && to != null && to.isBefore(from)) {
            problems.error(r.at("to"), what + " ends (to " + to + ") before it starts (from " + from
                    + "); check both dates");
            return new Period(from, null);
        }
        return new Period(from, to);
    }

    private String sourceRef(ObjectReader r, String key) {
        String id = r.string(key, false);
        if (id != null) {
            sourceRefs.add(new Ref(id, r.at(key), r.toString()));
        }
        return id;
    }

    private void checkWebAddress(ObjectReader r, String key, String url) {
        if (url == null) {
            return;
        }
        DocumentSafety.urlProblem(url).ifPresent(why -> problems.error(r.at(key), "'" + key
                + "' must be a web address starting http:// or https://, not '" + DocumentSafety.shown(url) + "': "
                + why));
    }

    /** Checks a document's file by its text now; whether it exists is checked once the loader knows where. */
    private void checkRelativeFile(ObjectReader r, String key, String file) {
        if (file == null) {
            return;
        }
        var problem = DocumentSafety.fileProblem(file);
        if (problem.isPresent()) {
            problems.error(r.at(key), "'" + key + "' must be a path inside the dataset's documents folder"
                    + " to a document the app may open, not '" + DocumentSafety.shown(file) + "': " + problem.get());
        } else {
            documentFiles.add(new Ref(file, r.at(key), r.toString()));
        }
    }

    /** Documents' files that are acceptable as written, with where they are named, to look for on disk. */
    List<Ref> documentFiles() {
        return documentFiles;
    }

    /** Applies every amendment to the body it names, in the order read. */
    private void applyAmendments() {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < bodies.size(); i++) {
            index.put(bodies.get(i).id(), i);
        }
        for (Amendment a : amendments) {
            Integer i = index.get(a.id());
            if (i == null) {
                if (!bodyIds.containsKey(a.id())) {
                    problems.error(a.at(), "amendment names '" + a.id() + "', which no file defines under \"bodies\";"
                            + " check the id, or move the entry to \"bodies\" to add a new body");
                }
                continue;
            }
            Body b = bodies.get(i);
            Body add = a.adds();
            LocalDate from = a.from() != null ? a.from() : b.period().from();
            LocalDate to = a.to() != null ? a.to() : b.period().to();
            if (from != null && to != null && to.isBefore(from)) {
                problems.error(a.at(), "after the amendment of '" + a.id() + "' it ends (" + to + ") before it starts ("
                        + from + "); check its dates");
                to = b.period().to();
                from = b.period().from();
            }
            List<String> sourceIds = new ArrayList<>(b.sources());
            add.sources().stream().filter(id -> !sourceIds.contains(id)).forEach(sourceIds::add);
            bodies.set(i, new Body(b.id(), or(a.name(), b.name()), or(a.kind(), b.kind()), concat(b.codes(), add.codes()),
                    or(a.parent(), b.parent()), new Period(from, to), or(a.summary(), b.summary()),
                    concat(b.formerNames(), add.formerNames()), concat(b.facts(), add.facts()),
                    concat(b.membership(), add.membership()), concat(b.responsibilities(), add.responsibilities()),
                    concat(b.documents(), add.documents()), concat(b.relationships(), add.relationships()),
                    sourceIds));
        }
    }

    private static <T> T or(T preferred, T fallback) {
        return preferred != null ? preferred : fallback;
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        if (b.isEmpty()) {
            return a;
        }
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** Checks references between bodies and to sources, and that the parent links form a tree. */
    void crossCheck() {
        applyAmendments();
        checkSharedCodes();
        for (Ref ref : bodyRefs) {
            if (!bodyIds.containsKey(ref.id())) {
                problems.error(ref.at(), ref.what() + " refers to '" + ref.id()
                        + "', which is not the id of any body in the dataset; check the spelling or add that body");
            }
        }
        for (Ref ref : sourceRefs) {
            if (!sources.containsKey(ref.id())) {
                problems.error(ref.at(), ref.what() + " cites source '" + ref.id()
                        + "', which is not listed under \"sources\"; add it there or correct the id");
            }
        }
        Map<String, String> parents = new HashMap<>();
        for (Body b : bodies) {
            if (b.parent() != null) {
                parents.put(b.id(), b.parent());
            }
        }
        Set<String> reported = new HashSet<>();
        for (Body b : bodies) {
            List<String> path = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            String cur = b.id();
            while (cur != null && seen.add(cur)) {
                path.add(cur);
                cur = parents.get(cur);
            }
            if (cur != null && cur.equals(b.id()) && path.size() > 1 && reported.add(String.join(">", sorted(path)))) {
                path.add(cur);
                problems.error(parentPositions.get(b.id()), "the tree has a cycle: " + String.join(" → ", path)
                        + "; one of these bodies must have a different parent");
            }
        }
    }

    /**
     * Warns when one code (scheme and value) belongs to two bodies at the same time: looking the code up
     * would then find either. A code counts for the part of its own period that its body existed.
     */
    private void checkSharedCodes() {
        Map<String, Period> lifetimes = new HashMap<>();
        for (Body b : bodies) {
            lifetimes.put(b.id(), b.period());
        }
        Map<String, List<CodeRef>> byCode = new LinkedHashMap<>();
        for (CodeRef c : codeRefs) {
            Period life = lifetimes.get(c.bodyId());
            if (life == null) {
                continue;
            }
            Period when = intersection(c.period(), life);
            if (when == null) {
                continue;
            }
            CodeRef effective = new CodeRef(c.bodyId(), c.scheme(), c.value(), when, c.at());
            byCode.computeIfAbsent(c.scheme() + " " + c.value().toUpperCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(effective);
        }
        for (List<CodeRef> same : byCode.values()) {
            for (int j = 1; j < same.size(); j++) {
                CodeRef later = same.get(j);
                for (int i = 0; i < j; i++) {
                    CodeRef earlier = same.get(i);
                    Period both = earlier.bodyId().equals(later.bodyId()) ? null
                            : intersection(earlier.period(), later.period());
                    if (both != null) {
                        String during = both.describe().isEmpty() ? "at the same time"
                                : "at overlapping times (" + both.describe() + ")";
                        problems.warning(later.at(), "code " + later.scheme() + " " + later.value() + " of '"
                                + later.bodyId() + "' is also the code of '" + earlier.bodyId() + "' (at "
                                + earlier.at() + ") " + during + "; a code should identify one body at a time,"
                                + " so give one of them dates (\"from\"/\"to\") on the code or the body");
                        break;
                    }
                }
            }
        }
    }

    /** The days both periods cover, or null when they do not overlap. */
    private static Period intersection(Period a, Period b) {
        LocalDate from = a.from() == null ? b.from() : b.from() == null ? a.from()
                : a.from().isAfter(b.from()) ? a.from() : b.from();
        LocalDate to = a.to() == null ? b.to() : b.to() == null ? a.to() : a.to().isBefore(b.to()) ? a.to() : b.to();
        return from != null && to != null && to.isBefore(from) ? null : new Period(from, to);
    }

    private static List<String> sorted(List<String> ids) {
        List<String> s = new ArrayList<>(ids);
        s.sort(null);
        return s;
    }
}
