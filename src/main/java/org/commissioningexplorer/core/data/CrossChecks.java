package org.commissioningexplorer.core.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.commissioningexplorer.core.model.Body;
import org.commissioningexplorer.core.model.Period;
import org.commissioningexplorer.core.model.Source;

/**
 * The checks that span files, made once every file is read and every amendment applied: codes shared by
 * two bodies at once, references to bodies and sources that do not exist, and cycles in the tree.
 */
final class CrossChecks {

    private final Problems problems;
    private final BodyReader bodies;
    private final References refs;
    private final Map<String, Source> sources;

    CrossChecks(Problems problems, BodyReader bodies, References refs, Map<String, Source> sources) {
        this.problems = problems;
        this.bodies = bodies;
        this.refs = refs;
        this.sources = sources;
    }

    void run() {
        checkSharedCodes();
        for (Ref ref : refs.bodies) {
            if (!bodies.ids().containsKey(ref.id())) {
                problems.error(ref.at(), ref.what() + " refers to '" + ref.id()
                        + "', which is not the id of any body in the dataset; check the spelling or add that body");
            }
        }
        for (Ref ref : refs.sources) {
            if (!sources.containsKey(ref.id())) {
                problems.error(ref.at(), ref.what() + " cites source '" + ref.id()
                        + "', which is not listed under \"sources\"; add it there or correct the id");
            }
        }
        checkTree();
    }

    /** Reports each cycle of parent links once, at the parent of the body it was found from. */
    private void checkTree() {
        Map<String, String> parents = new HashMap<>();
        for (Body b : bodies.bodies()) {
            if (b.parent() != null) {
                parents.put(b.id(), b.parent());
            }
        }
        Set<String> reported = new HashSet<>();
        for (Body b : bodies.bodies()) {
            List<String> path = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            String cur = b.id();
            while (cur != null && seen.add(cur)) {
                path.add(cur);
                cur = parents.get(cur);
            }
            if (cur != null && cur.equals(b.id()) && path.size() > 1 && reported.add(String.join(">", sorted(path)))) {
                path.add(cur);
                problems.error(bodies.parentPositions().get(b.id()), "the tree has a cycle: "
                        + String.join(" → ", path) + "; one of these bodies must have a different parent");
            }
        }
    }

    /**
     * Warns when one code (scheme and value) belongs to two bodies at the same time: looking the code up
     * would then find either. A code counts for the part of its own period that its body existed.
     */
    private void checkSharedCodes() {
        Map<String, Period> lifetimes = new HashMap<>();
        for (Body b : bodies.bodies()) {
            lifetimes.put(b.id(), b.period());
        }
        Map<String, List<BodyReader.CodeRef>> byCode = new LinkedHashMap<>();
        for (BodyReader.CodeRef c : bodies.codes()) {
            Period life = lifetimes.get(c.bodyId());
            if (life == null) {
                continue;
            }
            Period when = intersection(c.period(), life);
            if (when == null) {
                continue;
            }
            BodyReader.CodeRef effective = new BodyReader.CodeRef(c.bodyId(), c.scheme(), c.value(), when, c.at());
            byCode.computeIfAbsent(c.scheme() + " " + c.value().toUpperCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(effective);
        }
        for (List<BodyReader.CodeRef> same : byCode.values()) {
            for (int j = 1; j < same.size(); j++) {
                BodyReader.CodeRef later = same.get(j);
                for (int i = 0; i < j; i++) {
                    BodyReader.CodeRef earlier = same.get(i);
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
