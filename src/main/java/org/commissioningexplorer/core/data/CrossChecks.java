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

    /**
     * Reports each cycle of parent links once, at the parent of the body it was first found from. Linear in the
     * number of bodies and without recursion: each body is walked up once, whatever the depth of the tree.
     */
    private void checkTree() {
        Map<String, String> parents = new HashMap<>();
        for (Body b : bodies.bodies()) {
            if (b.parent() != null) {
                parents.put(b.id(), b.parent());
            }
        }
        Set<String> done = new HashSet<>();
        for (Body b : bodies.bodies()) {
            // Walk up from b until a body already done, a top-level body or one on this walk (a cycle).
            List<String> path = new ArrayList<>();
            Map<String, Integer> onPath = new HashMap<>();
            String cur = b.id();
            while (cur != null && !done.contains(cur) && !onPath.containsKey(cur)) {
                onPath.put(cur, path.size());
                path.add(cur);
                cur = parents.get(cur);
            }
            if (cur != null && onPath.containsKey(cur)) {
                List<String> cycle = new ArrayList<>(path.subList(onPath.get(cur), path.size()));
                cycle.add(cur);
                problems.error(bodies.parentPositions().get(cycle.get(0)), "the tree has a cycle: " + shown(cycle)
                        + "; one of these bodies must have a different parent");
            }
            done.addAll(path);
        }
    }

    /** "a → b → c → a", or for a long cycle its first and last few ids and how many bodies are in it. */
    private static String shown(List<String> cycle) {
        if (cycle.size() <= 12) {
            return String.join(" → ", cycle);
        }
        return String.join(" → ", cycle.subList(0, 5)) + " → … → " + String.join(" → ",
                cycle.subList(cycle.size() - 3, cycle.size())) + " (" + (cycle.size() - 1) + " bodies)";
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
            Period when = c.period().overlap(life);
            if (when == null) {
                continue;
            }
            BodyReader.CodeRef effective = new BodyReader.CodeRef(c.bodyId(), c.scheme(), c.value(), when, c.at());
            byCode.computeIfAbsent(c.scheme() + " " + c.value().toUpperCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(effective);
        }
        for (List<BodyReader.CodeRef> same : byCode.values()) {
            if (same.size() > SMALL_GROUP) {
                warnOverlapsSorted(same);
                continue;
            }
            for (int j = 1; j < same.size(); j++) {
                BodyReader.CodeRef later = same.get(j);
                for (int i = 0; i < j; i++) {
                    BodyReader.CodeRef earlier = same.get(i);
                    Period both = earlier.bodyId().equals(later.bodyId()) ? null
                            : earlier.period().overlap(later.period());
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

    /** Codes shared by more bodies than this are compared in order of their start, not pair by pair. */
    private static final int SMALL_GROUP = 32;

    /**
     * The same warning for a large group of bodies sharing a code, in n log n: in order of their start, each code
     * is compared with the one reaching furthest among those before it (of another body).
     */
    private void warnOverlapsSorted(List<BodyReader.CodeRef> same) {
        List<BodyReader.CodeRef> byStart = new ArrayList<>(same);
        byStart.sort(java.util.Comparator.comparing((BodyReader.CodeRef c) -> c.period().from(),
                java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())));
        BodyReader.CodeRef furthest = null;
        BodyReader.CodeRef secondFurthest = null; // the furthest of a body other than furthest's
        for (BodyReader.CodeRef c : byStart) {
            BodyReader.CodeRef other = furthest != null && !furthest.bodyId().equals(c.bodyId()) ? furthest
                    : secondFurthest;
            Period both = other == null ? null : other.period().overlap(c.period());
            if (both != null) {
                problems.warning(c.at(), "code " + c.scheme() + " " + c.value() + " of '" + c.bodyId() + "' is also "
                        + "the code of '" + other.bodyId() + "' (at " + other.at() + ") at overlapping times; a code "
                        + "should identify one body at a time, so give one of them dates (\"from\"/\"to\") on the "
                        + "code or the body");
            }
            if (furthest == null || reachesFurther(c, furthest)) {
                if (furthest != null && !furthest.bodyId().equals(c.bodyId())) {
                    secondFurthest = furthest;
                }
                furthest = c;
            } else if (!furthest.bodyId().equals(c.bodyId())
                    && (secondFurthest == null || reachesFurther(c, secondFurthest))) {
                secondFurthest = c;
            }
        }
    }

    private static boolean reachesFurther(BodyReader.CodeRef a, BodyReader.CodeRef b) {
        return b.period().to() != null && (a.period().to() == null || a.period().to().isAfter(b.period().to()));
    }

}
