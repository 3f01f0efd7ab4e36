package org.commissioningexplorer.core.importer;

import static org.commissioningexplorer.core.importer.ImportContext.capitalise;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.commissioningexplorer.core.importer.Generated.Body;
import org.commissioningexplorer.core.importer.Generated.Rel;
import org.commissioningexplorer.core.importer.ImportContext.Ccg;
import org.commissioningexplorer.core.importer.ImportContext.Lifetime;
import org.commissioningexplorer.core.importer.Timeline.Obs;
import org.commissioningexplorer.core.importer.Timeline.Run;
import org.commissioningexplorer.core.model.Period;

/**
 * Turns what a series of snapshots says about each CCG (its region, local office, STP or the local authorities it
 * covers on each date) into dated relationships on the CCG's body, each capped at its target's lifetime and with
 * notes that say which snapshots it rests on.
 */
final class CcgSeries {

    private final ImportContext ctx;

    CcgSeries(ImportContext ctx) {
        this.ctx = ctx;
    }

    /** Adds a CCG's observation to a series; one of the same date as another is merged into it. */
    static void add(Map<String, TreeMap<LocalDate, Obs>> series, String ods, Obs o) {
        TreeMap<LocalDate, Obs> m = series.computeIfAbsent(ods, k -> new TreeMap<>());
        Obs earlier = m.get(o.date());
        if (earlier != null) {
            Map<String, Object> targets = new TreeMap<>(earlier.targets());
            targets.putAll(o.targets());
            o = new Obs(o.date(), o.group(), o.label(), o.source(), targets);
        }
        m.put(o.date(), o);
    }

    /**
     * The observations of one CCG in a series: one for each snapshot date on which the CCG existed, empty where
     * the snapshot does not show it. With {@code withExtra}, observations on other dates (the CCG's own date for
     * the latest ODS region) are added as they are.
     */
    static List<Obs> observations(Ccg c, TreeSet<LocalDate> dates, TreeMap<LocalDate, Obs> seen, boolean withExtra) {
        TreeMap<LocalDate, Obs> all = new TreeMap<>();
        for (LocalDate d : dates) {
            if (!c.from().isAfter(d) && !c.to().isBefore(d)) {
                all.put(d, new Obs(d, "", "", null, Map.of()));
            }
        }
        if (seen != null) {
            for (Obs o : seen.values()) {
                if (all.containsKey(o.date()) || withExtra) {
                    all.put(o.date(), o);
                }
            }
        }
        return new ArrayList<>(all.values());
    }

    /**
     * Adds the runs of a series to a CCG as relationships, each capped at its target's lifetime. A run that
     * starts at the CCG's first observation in the series starts at the CCG's start when the CCG began after
     * the previous snapshot of the series (or, on the series' first date, after the previous ONS CCG list).
     *
     * @param seriesDates the series' snapshot dates, or null for a single snapshot that is never extended
     */
    void addRuns(Body b, Ccg c, String type, List<Obs> obs, TreeSet<LocalDate> seriesDates, String prefix) {
        if (obs.isEmpty()) {
            return;
        }
        LocalDate first = obs.get(0).date();
        boolean extend;
        if (seriesDates == null) {
            extend = false;
        } else if (first.equals(seriesDates.first())) {
            LocalDate previous = ctx.ccgListDates.lower(first);
            extend = previous == null || c.from().isAfter(previous);
        } else {
            extend = true;
        }
        for (Run run : Timeline.runs(obs, c.from(), c.to(), extend)) {
            addRun(b, type, run, prefix, "from the CCG's start, as it began after the previous snapshot");
        }
    }

    /**
     * As {@link #addRuns}, but what the series' first snapshot shows is taken to hold from the CCG's start when
     * the CCG began before it, saying why in {@code startNote}.
     */
    void addRunsFromStart(Body b, Ccg c, String type, List<Obs> obs, TreeSet<LocalDate> seriesDates, String prefix,
                          String startNote) {
        if (obs.isEmpty()) {
            return;
        }
        String note = obs.get(0).date().equals(seriesDates.first()) ? startNote
                : "from the CCG's start, as it began after the previous snapshot";
        for (Run run : Timeline.runs(obs, c.from(), c.to(), true)) {
            addRun(b, type, run, prefix, note);
        }
    }

    private void addRun(Body b, String type, Run run, String prefix, String startNote) {
        LocalDate from = run.from();
        LocalDate to = run.to();
        Lifetime life = ctx.lifetime(run.target());
        List<String> notes = new ArrayList<>();
        if (!prefix.isEmpty()) {
            notes.add(prefix);
        }
        notes.add(Timeline.describe(run.seen()));
        if (run.fromStart()) {
            notes.add(startNote);
        }
        if (life != null && life.from() != null && (from == null || from.isBefore(life.from()))) {
            from = life.from();
        }
        if (life != null && life.to() != null && (to == null || to.isAfter(life.to()))) {
            to = life.to();
            notes.add("until " + ctx.nameOrId(run.target()) + " ended");
        } else if (run.endedBy() != null) {
            Obs next = run.endedBy();
            List<String> instead = next.targets().keySet().stream().map(ctx::nameOrId).toList();
            notes.add("until the day before the next snapshot (" + (next.group().isEmpty()
                    ? Period.format(next.date()) : Timeline.describe(List.of(next))) + "), which "
                    + (instead.isEmpty() || run.target().startsWith("la-") || run.target().startsWith("hwb-")
                    ? "no longer shows it"
                    : "shows " + Timeline.and(instead) + " instead"));
        }
        for (Obs o : run.seen()) {
            b.source(o.source());
        }
        if (to != null && from != null && to.isBefore(from)) {
            return;
        }
        Double share = run.value() instanceof Double d ? d : null;
        b.rel(new Rel(type, run.target(), from, to, share, capitalise(String.join("; ", notes)), run.seen().get(0)
                .source()));
    }
}
