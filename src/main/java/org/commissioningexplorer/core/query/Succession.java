package org.commissioningexplorer.core.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commissioningexplorer.core.model.Body;
import org.commissioningexplorer.core.model.Period;

/**
 * "What replaced this?", to a date: the bodies that took over from a body, then those that took over from them,
 * step by step, until every branch reaches a body that existed on the date or one that nothing replaced
 * (06W → 26A on 1 April 2020 → the sub-ICB location 26A and the ICB QMM on 1 July 2022).
 */
public final class Succession {

    /** How far a chain is followed; the data's longest is three steps. */
    private static final int MAX_STEPS = 12;

    /**
     * One step of a chain: the bodies that took over on one day from the bodies of the step before.
     *
     * @param date  the day they took over (the day after their predecessors' last), or null when not known
     * @param links one per body that took over, as seen from the predecessor (its share of the area)
     */
    public record Step(LocalDate date, List<Link> links) {
    }

    private Succession() {
    }

    /**
     * The chain from {@code body} up to {@code date} (to the end of the data when null); empty when nothing
     * replaced it, or when it still existed on the date.
     */
    public static List<Step> chain(DatasetQueries queries, Body body, LocalDate date) {
        List<Step> steps = new ArrayList<>();
        if (date != null && queries.existedOn(body, date)) {
            return steps;
        }
        Set<String> seen = new HashSet<>(List.of(body.id()));
        List<Body> frontier = List.of(body);
        for (int i = 0; i < MAX_STEPS && !frontier.isEmpty(); i++) {
            // The successors of this step, grouped by the day they took over.
            Map<LocalDate, List<Link>> byDay = new LinkedHashMap<>();
            for (Body b : frontier) {
                if (date != null && queries.existedOn(b, date)) {
                    continue; // this branch has reached the date
                }
                for (Link l : queries.successors(b)) {
                    LocalDate from = l.period().from();
                    if (date != null && from != null && from.isAfter(date)) {
                        continue; // after the date asked about
                    }
                    if (seen.add(l.other().id())) {
                        byDay.computeIfAbsent(from, k -> new ArrayList<>()).add(l);
                    }
                }
            }
            if (byDay.isEmpty()) {
                break;
            }
            List<Body> next = new ArrayList<>();
            byDay.entrySet().stream().sorted(Map.Entry.comparingByKey((a, b) -> a == null ? -1 : b == null ? 1
                    : a.compareTo(b))).forEach(e -> {
                        steps.add(new Step(e.getKey(), List.copyOf(e.getValue())));
                        e.getValue().forEach(l -> next.add(l.other()));
                    });
            frontier = next;
        }
        return steps;
    }

    /**
     * Where each branch of the chain ends: the bodies that existed on {@code date}, or that nothing replaced, in
     * the order the chain reaches them. A body split in two whose one half still existed keeps that half here.
     */
    public static List<Link> ends(DatasetQueries queries, Body body, LocalDate date) {
        List<Link> out = new ArrayList<>();
        if (date != null && queries.existedOn(body, date)) {
            return out;
        }
        Set<String> seen = new HashSet<>(List.of(body.id()));
        java.util.ArrayDeque<Link> todo = new java.util.ArrayDeque<>(successorsBy(queries, body, date));
        while (!todo.isEmpty()) {
            Link l = todo.poll();
            if (!seen.add(l.other().id())) {
                continue;
            }
            List<Link> next = date != null && queries.existedOn(l.other(), date) ? List.of()
                    : successorsBy(queries, l.other(), date);
            if (next.isEmpty()) {
                out.add(l);
            } else {
                todo.addAll(next);
            }
        }
        return out;
    }

    /** The body's successors that took over by {@code date} (all of them when null). */
    private static List<Link> successorsBy(DatasetQueries queries, Body body, LocalDate date) {
        return queries.successors(body).stream().filter(l -> date == null || l.period().from() == null
                || !l.period().from().isAfter(date)).toList();
    }

    /** "NHS Norfolk and Waveney CCG (26A)": the name, and the code unless the name ends with it. */
    public static String named(Body b) {
        return b.name() + b.primaryCode().filter(c -> !b.name().endsWith(c)).map(c -> " (" + c + ")").orElse("");
    }

    /** "NHS Norfolk and Waveney CCG (26A), from 1 April 2020 → …", for a line of text. */
    public static String describe(List<Step> steps) {
        List<String> parts = new ArrayList<>();
        for (Step s : steps) {
            List<String> names = new ArrayList<>();
            for (Link l : s.links()) {
                names.add(named(l.other())
                        + (l.share() != null && l.share() < 1.0 ? " (" + l.shareText() + " of the area)" : ""));
            }
            parts.add(String.join(" and ", names) + (s.date() == null ? "" : ", from " + Period.format(s.date())));
        }
        return String.join(" → ", parts);
    }
}
