package org.commissioningexplorer.core.data;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commissioningexplorer.core.model.Body;
import org.commissioningexplorer.core.model.KindInfo;
import org.commissioningexplorer.core.model.Source;

/**
 * Turns parsed dataset files into model records, then checks what spans files: duplicate ids, references
 * to bodies and sources that do not exist, and cycles in the tree. Every problem is kept; the caller
 * decides whether errors leave a usable dataset. Reads sources and kinds itself; bodies are read by a
 * {@link BodyReader}, the lists bodies and kinds share by an {@link EntryReader}, and the checks are
 * {@link CrossChecks}.
 */
final class DatasetReader {

    static final Set<String> MAIN_FIELDS = Set.of("$schema", "$comment", "format", "title", "edition", "licence",
            "attribution", "defaultDate", "include", "sources", "kinds", "bodies", "amend");
    static final Set<String> PART_FIELDS = Set.of("$schema", "$comment", "sources", "kinds", "bodies", "amend");
    private static final Set<String> KIND_FIELDS = Set.of("label", "plural", "summary", "membership",
            "responsibilities", "documents", "source");
    private static final Set<String> SOURCE_FIELDS = Set.of("id", "title", "publisher", "url", "licence", "note", "date", "origin");

    private final Problems problems;
    private final References refs = new References();
    private final EntryReader entries;
    private final Amendments amendments;
    private final BodyReader bodies;
    private final Map<String, KindInfo> kinds = new LinkedHashMap<>();
    private final Map<String, Source> sources = new LinkedHashMap<>();
    private final Map<String, Position> sourceIds = new HashMap<>();

    DatasetReader(Problems problems) {
        this.problems = problems;
        entries = new EntryReader(problems, refs);
        amendments = new Amendments(problems);
        bodies = new BodyReader(problems, refs, entries, amendments);
    }

    List<Body> bodies() {
        return bodies.bodies();
    }

    Map<String, KindInfo> kinds() {
        return kinds;
    }

    Map<String, Source> sources() {
        return sources;
    }

    /** Documents' files that are acceptable as written, with where they are named, to look for on disk. */
    List<Ref> documentFiles() {
        return refs.documentFiles;
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
            bodies.read(b, index, false);
        }
        index = 0;
        for (Json.Obj b : file.objects("amend")) {
            index++;
            bodies.read(b, index, true);
        }
    }

    private void readSource(Json.Obj json) {
        ObjectReader r = new ObjectReader(json, "source", problems, SOURCE_FIELDS);
        String id = r.string("id", true);
        String what = id == null ? "source" : "source '" + id + "'";
        r = r.named(what);
        String title = r.string("title", true);
        String url = r.string("url", false);
        entries.checkWebAddress(r, "url", url);
        Source s = new Source(id, title, r.string("publisher", false), url, r.string("licence", false),
                r.string("note", false), r.string("date", false), r.string("origin", false));
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
        String source = entries.sourceRef(r, "source");
        KindInfo k = new KindInfo(id, label == null ? id : label, plural == null ? label : plural,
                r.string("summary", false),
                entries.memberships(r, "kind '" + id + "'"),
                entries.responsibilities(r, "kind '" + id + "'"),
                entries.documents(r, "kind '" + id + "'"),
                source);
        r.finish();
        kinds.putIfAbsent(id, k);
    }

    /**
     * Applies the amendments, then checks references between bodies and to sources, and that the parent
     * links form a tree.
     */
    void crossCheck() {
        amendments.apply(bodies.bodies(), bodies.ids());
        new CrossChecks(problems, bodies, refs, sources).run();
    }
}
