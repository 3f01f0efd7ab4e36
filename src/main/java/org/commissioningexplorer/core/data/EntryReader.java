package org.commissioningexplorer.core.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.commissioningexplorer.core.model.DocumentRef;
import org.commissioningexplorer.core.model.Membership;
import org.commissioningexplorer.core.model.Period;
import org.commissioningexplorer.core.model.Responsibility;

/**
 * Reads the lists that bodies and kinds both have (membership, responsibilities, documents) and the fields
 * that many objects have: periods, cited sources, web addresses and documents' files. What they refer to
 * goes into the {@link References}.
 */
final class EntryReader {

    private static final Set<String> MEMBERSHIP_FIELDS = Set.of("role", "count", "atLeast", "represents", "body",
            "statutory", "notes", "source", "from", "to");
    private static final Set<String> RESPONSIBILITY_FIELDS = Set.of("service", "role", "scope", "notes", "by",
            "from", "to", "source");
    private static final Set<String> DOCUMENT_FIELDS = Set.of("title", "kind", "date", "sizeKB", "url", "file",
            "notes", "source");

    private final Problems problems;
    private final References refs;

    EntryReader(Problems problems, References refs) {
        this.problems = problems;
        this.refs = refs;
    }

    List<Membership> memberships(ObjectReader owner, String what) {
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
                refs.bodies.add(new Ref(body, r.at("body"), mwhat));
            }
            boolean statutory = r.bool("statutory", false);
            String notes = r.string("notes", false);
            String source = sourceRef(r, "source");
            Period period = period(r, mwhat);
            r.finish();
            if (role != null) {
                out.add(new Membership(role, count, atLeast, represents, body, statutory, notes, source, period));
            }
        }
        return out;
    }

    List<Responsibility> responsibilities(ObjectReader owner, String what) {
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
                refs.bodies.add(new Ref(by, r.at("by"), rwhat));
            }
            Period period = period(r, rwhat);
            String source = sourceRef(r, "source");
            r.finish();
            if (service != null) {
                out.add(new Responsibility(service, role == null ? Responsibility.COMMISSIONS : role, scope, notes, by,
                        source, period));
            }
        }
        return out;
    }

    List<DocumentRef> documents(ObjectReader owner, String what) {
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

    /** "from" and "to"; a period that ends before it starts is reported and kept open-ended. */
    Period period(ObjectReader r, String what) {
        LocalDate from = r.date("from");
        LocalDate to = r.date("to");
        if (from != null && to != null && to.isBefore(from)) {
            problems.error(r.at("to"), what + " ends (to " + to + ") before it starts (from " + from
                    + "); check both dates");
            return new Period(from, null);
        }
        return new Period(from, to);
    }

    /** The id of the source cited under {@code key}, or null. */
    String sourceRef(ObjectReader r, String key) {
        String id = r.string(key, false);
        if (id != null) {
            refs.sources.add(new Ref(id, r.at(key), r.toString()));
        }
        return id;
    }

    void checkWebAddress(ObjectReader r, String key, String url) {
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
            refs.documentFiles.add(new Ref(file, r.at(key), r.toString()));
        }
    }
}
