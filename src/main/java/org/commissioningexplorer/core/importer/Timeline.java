package org.commissioningexplorer.core.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns a series of snapshots about one body (which region a CCG is in on each date, which local authorities
 * it covers and with what share) into relationships with periods: consecutive snapshots that say the same
 * thing become one run, which starts at the first snapshot that shows it and ends the day before a snapshot
 * shows something else, or when the body ends.
 */
final class Timeline {

    private Timeline() {
    }

    /**
     * What one snapshot says about one body: each target with a value that must stay the same for a run to
     * go on (a rounded share, or "" when only presence matters). {@code group} and {@code label} describe the
     * snapshot in notes, e.g. group "ONS lookups as at", label "1 April 2017".
     */
    record Obs(LocalDate date, String group, String label, String source, Map<String, Object> targets) {
    }

    /**
     * A stretch of consecutive snapshots with the same target and value.
     *
     * @param fromStart true when {@code from} is the body's start rather than the first snapshot's date
     * @param endedBy   the snapshot that no longer shows it, or null when it lasted until the body ended
     */
    record Run(String target, Object value, LocalDate from, LocalDate to, boolean fromStart, List<Obs> seen,
               Obs endedBy) {
    }

    /**
     * @param observations one per snapshot date on which the body existed, in date order (an empty map when the
     *                     snapshot does not show the body)
     * @param extendFirst  whether a run that starts at the first observation starts at the body's start
     */
    static List<Run> runs(List<Obs> observations, LocalDate bodyStart, LocalDate bodyEnd, boolean extendFirst) {
        List<Run> done = new ArrayList<>();
        Map<String, Run> open = new LinkedHashMap<>();
        for (int i = 0; i < observations.size(); i++) {
            Obs o = observations.get(i);
            for (var it = open.entrySet().iterator(); it.hasNext(); ) {
                var e = it.next();
                Object v = o.targets().get(e.getKey());
                if (v == null || !Objects.equals(v, e.getValue().value())) {
                    Run r = e.getValue();
                    done.add(new Run(r.target(), r.value(), r.from(), o.date().minusDays(1), r.fromStart(), r.seen(), o));
                    it.remove();
                }
            }
            for (var e : o.targets().entrySet()) {
                Run r = open.get(e.getKey());
                if (r != null) {
                    r.seen().add(o);
                } else {
                    boolean fromStart = i == 0 && extendFirst && bodyStart != null && bodyStart.isBefore(o.date());
                    List<Obs> seen = new ArrayList<>();
                    seen.add(o);
                    open.put(e.getKey(), new Run(e.getKey(), e.getValue(), fromStart ? bodyStart : o.date(), null,
                            fromStart, seen, null));
                }
            }
        }
        for (Run r : open.values()) {
            done.add(new Run(r.target(), r.value(), r.from(), bodyEnd, r.fromStart(), r.seen(), null));
        }
        return done;
    }

    /**
     * The snapshots in date order, consecutive ones of the same kind together: "ONS lookup as at 1 April
     * 2013; ODS eccg file of February 2016; ONS lookups as at 1 April 2017 and 1 April 2018".
     */
    static String describe(List<Obs> seen) {
        List<String> parts = new ArrayList<>();
        String group = null;
        List<String> labels = new ArrayList<>();
        for (Obs o : seen) {
            if (!o.group().equals(group)) {
                if (group != null) {
                    parts.add(part(group, labels));
                }
                group = o.group();
                labels = new ArrayList<>();
            }
            if (o.label() != null && !o.label().isEmpty() && !labels.contains(o.label())) {
                labels.add(o.label());
            }
        }
        if (group != null) {
            parts.add(part(group, labels));
        }
        return String.join("; ", parts);
    }

    private static String part(String group, List<String> labels) {
        return labels.isEmpty() ? group : group + " " + and(labels);
    }

    /** "a", "a and b", "a, b and c". */
    static String and(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
