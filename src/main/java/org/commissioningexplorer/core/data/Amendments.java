package org.commissioningexplorer.core.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.commissioningexplorer.core.model.Body;
import org.commissioningexplorer.core.model.Period;

/**
 * The entries of "amend" in every file, kept until every file is read, since the body an amendment names
 * may be defined in a file read after it.
 */
final class Amendments {

    /** An "amend" entry: scalar fields it gives (null when not given) and the lists it adds, in {@code adds}. */
    record Amendment(String id, Position at, String name, String kind, String parent, LocalDate from,
                     LocalDate to, String summary, Body adds) {
    }

    private final Problems problems;
    private final List<Amendment> list = new ArrayList<>();

    Amendments(Problems problems) {
        this.problems = problems;
    }

    void add(Amendment a) {
        list.add(a);
    }

    /**
     * Applies every amendment to the body it names, in the order read, replacing the body in
     * {@code bodies}; {@code bodyIds} tells an unknown id from a body that could not be read.
     */
    void apply(List<Body> bodies, Map<String, Position> bodyIds) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < bodies.size(); i++) {
            index.put(bodies.get(i).id(), i);
        }
        for (Amendment a : list) {
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
}
