package org.commissioningexplorer.core.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.commissioningexplorer.core.model.Body;
import org.commissioningexplorer.core.model.Code;
import org.commissioningexplorer.core.model.Dataset;
import org.commissioningexplorer.core.model.Period;

/**
 * The bodies indexed, by body index (their order in the dataset), with what searching needs of each
 * beside its texts: its lifetime, its place in name order, its kind, the body it is part of, and the codes
 * and id that find it exactly.
 */
final class BodyTable {

    /**
     * A body with more parts than this says little about which of them is meant: it is not their
     * {@link #context}. Nor is NHS England ({@link #NATIONAL}), above every CCG, ICB and region.
     */
    static final int BROAD_PARENT = 50;
    /** The kind of body above the CCGs, ICBs and regions, whose name tells nothing of theirs. */
    static final String NATIONAL = "nhs-england";

    final Body[] bodies;
    final int[] firstDay; // lifetimes as epoch days, for quick as-of tests
    final int[] lastDay;
    final int[] nameRank; // ties between equal scores go in name order
    final int[] byNameRank;
    final int[] bodyKind; // kind index
    final String[] kindIds; // the dataset's kinds, then any that only bodies name
    final int[][] bodiesOfKind;
    final Map<String, int[]> exact; // lower-case code or id → bodies
    /**
     * The body each is part of, when that tells whose it is (a committee's CCG, a Health and Wellbeing Board's
     * council, a sub-ICB location's ICB), else -1: the parent in the tree unless it is NHS England or has
     * more than {@link #BROAD_PARENT} parts.
     */
    final int[] context;
    /**
     * For each body that is another's context, its name as another's name may say it, normalised, without
     * "NHS" and generic endings ("west yorkshire" for NHS West Yorkshire Integrated Care Board); else null.
     */
    final String[] contextSaid;

    BodyTable(Dataset dataset, Body[] bodies, Period[] lifetimes) {
        this.bodies = bodies;
        int n = bodies.length;
        firstDay = new int[n];
        lastDay = new int[n];
        for (int i = 0; i < n; i++) {
            Period p = lifetimes[i];
            firstDay[i] = p.from() == null ? Integer.MIN_VALUE : epochDay(p.from());
            lastDay[i] = p.to() == null ? Integer.MAX_VALUE : epochDay(p.to());
        }

        Integer[] order = new Integer[n];
        String[] sortKey = new String[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
            sortKey[i] = bodies[i].name().toLowerCase(Locale.ROOT);
        }
        Arrays.sort(order, Comparator.comparing((Integer i) -> sortKey[i]).thenComparing(i -> bodies[i].name())
                .thenComparing(i -> bodies[i].id()).thenComparingInt(i -> i));
        nameRank = new int[n];
        byNameRank = new int[n];
        for (int r = 0; r < n; r++) {
            byNameRank[r] = order[r];
            nameRank[order[r]] = r;
        }

        Map<String, Integer> kindIndex = new HashMap<>();
        List<String> kinds = new ArrayList<>(dataset.kinds().keySet());
        kinds.forEach(k -> kindIndex.put(k, kindIndex.size()));
        bodyKind = new int[n];
        for (int i = 0; i < n; i++) {
            String k = bodies[i].kind();
            Integer ki = kindIndex.get(k);
            if (ki == null) {
                ki = kinds.size();
                kinds.add(k);
                kindIndex.put(k, ki);
            }
            bodyKind[i] = ki;
        }
        kindIds = kinds.toArray(String[]::new);
        int[] kindCount = new int[kindIds.length];
        for (int k : bodyKind) {
            kindCount[k]++;
        }
        bodiesOfKind = new int[kindIds.length][];
        for (int k = 0; k < kindIds.length; k++) {
            bodiesOfKind[k] = new int[kindCount[k]];
        }
        int[] fill = new int[kindIds.length];
        for (int i = 0; i < n; i++) {
            bodiesOfKind[bodyKind[i]][fill[bodyKind[i]]++] = i;
        }

        Map<String, IntList> exactLists = new HashMap<>();
        for (int i = 0; i < n; i++) {
            for (Code c : bodies[i].codes()) {
                exactLists.computeIfAbsent(c.value().strip().toLowerCase(Locale.ROOT), k -> new IntList()).addOnce(i);
            }
            exactLists.computeIfAbsent(bodies[i].id().strip().toLowerCase(Locale.ROOT), k -> new IntList()).addOnce(i);
        }
        Map<String, int[]> ex = new HashMap<>(exactLists.size() * 2);
        exactLists.forEach((k, list) -> ex.put(k, list.toArray()));
        exact = ex;
        context = context(bodies);
        contextSaid = new String[n];
        for (int i = 0; i < n; i++) {
            int p = context[i];
            if (p >= 0 && contextSaid[p] == null) {
                contextSaid[p] = Normaliser.normalise(Acronyms.withoutGenericWords(bodies[p].name()));
            }
        }
    }

    private static int[] context(Body[] bodies) {
        int n = bodies.length;
        Map<String, Integer> byId = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            byId.putIfAbsent(bodies[i].id(), i);
        }
        int[] parent = new int[n];
        int[] parts = new int[n];
        for (int i = 0; i < n; i++) {
            Integer p = bodies[i].parent() == null ? null : byId.get(bodies[i].parent());
            parent[i] = p == null || p == i ? -1 : p;
            if (parent[i] >= 0) {
                parts[parent[i]]++;
            }
        }
        int[] context = new int[n];
        for (int i = 0; i < n; i++) {
            int p = parent[i];
            boolean broad = p >= 0 && (parts[p] > BROAD_PARENT || NATIONAL.equals(bodies[p].kind()));
            context[i] = p >= 0 && !broad ? p : -1;
        }
        return context;
    }

    /** A date as an epoch day, kept clear of the values that stand for "no start" and "no end". */
    static int epochDay(LocalDate date) {
        return (int) Math.max(Integer.MIN_VALUE + 1, Math.min(Integer.MAX_VALUE - 1, date.toEpochDay()));
    }

    int size() {
        return bodies.length;
    }

    int kindCount() {
        return kindIds.length;
    }

    /** Whether body {@code b} existed on {@code day} (an epoch day). */
    boolean existedOn(int b, int day) {
        return firstDay[b] <= day && day <= lastDay[b];
    }
}
