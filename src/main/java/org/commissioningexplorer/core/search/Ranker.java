package org.commissioningexplorer.core.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.commissioningexplorer.core.model.Body;
import org.commissioningexplorer.core.model.Code;

/**
 * Ranks the bodies one query matched, best first, those that existed on the date apart from those that
 * did not, and says of each what made it match.
 */
final class Ranker {

    static final int EXACT_CODE_BONUS = 10_000;
    static final int IGNORABLE_WORD_BONUS = 10;

    private final BodyTable table;
    private final Entries entries;
    private final Query query;
    private final TopK existing;
    private final TopK other;
    /** For each ignorable word typed, the kind it is the id of ("icb"), or -1. */
    private final int[] optionalKind;
    /** The bodies offered only because they covered a place the query named → that place. */
    private final Map<Integer, Integer> coveredPlace = new HashMap<>();

    Ranker(BodyTable table, Entries entries, Query query, int limit) {
        this.table = table;
        this.entries = entries;
        this.query = query;
        existing = new TopK(limit);
        other = new TopK(limit);
        optionalKind = new int[query.optional.length];
        for (int i = 0; i < optionalKind.length; i++) {
            optionalKind[i] = Arrays.asList(table.kindIds).indexOf(query.vocabularyWord(query.optional[i]));
        }
    }

    /** Ranks the bodies {@link QueryMatcher#matches()} found, with the scores it left in {@code scratch}. */
    void offer(IntList matched, Scratch scratch, LocalDate asOf) {
        int words = query.words.length;
        int day = asOf == null ? 0 : BodyTable.epochDay(asOf);
        for (int c = 0; c < matched.size(); c++) {
            int b = matched.get(c);
            boolean all = scratch.stage[b] == words && words > 0;
            int score = all ? scratch.total[b] : 0;
            if (query.isExact(b)) {
                // Several bodies can share a code over time (a CCG and the sub-ICB location that kept it):
                // without a date, the one that still exists first.
                score += EXACT_CODE_BONUS + (table.lastDay[b] == Integer.MAX_VALUE ? 5 : 0);
            } else if (!all) {
                continue;
            }
            if (all) {
                score += scratch.bonus[b];
                if (query.optional.length > 0) {
                    score += optionalBonus(b);
                }
            }
            offer(b, score, asOf, day);
        }
        // The bodies that covered a council the query names, unless they matched on their own.
        for (int c = 0; c < scratch.placed.size(); c++) {
            int b = scratch.placed.get(c);
            if ((scratch.stage[b] != words || words == 0) && !query.isExact(b)) {
                coveredPlace.put(b, scratch.via[b] - 1);
                offer(b, Places.COVERED_SCORE, asOf, day);
            }
        }
    }

    private void offer(int b, int score, LocalDate asOf, int day) {
        long key = ((long) score << 32) | (Integer.MAX_VALUE - table.nameRank[b]);
        if (asOf == null || table.existedOn(b, day)) {
            existing.offer(key);
        } else {
            other.offer(key);
        }
    }

    /**
     * A few points for each ignorable word of the query ("NHS", "CCG", "ICB") that the body's name has, or
     * that is its kind (an ICB for "BSW ICB", though its name says "Integrated Care Board").
     */
    private int optionalBonus(int b) {
        int e = entries.bodyStart[b]; // the name
        int kind = table.bodyKind[b];
        int points = 0;
        for (int i = 0; i < query.optional.length; i++) {
            int w = query.optional[i];
            boolean has = optionalKind[i] == kind;
            for (int t = entries.tokenStart[e]; t < entries.tokenStart[e + 1] && !has; t++) {
                has = entries.tokens[t] == w;
            }
            if (has) {
                points += IGNORABLE_WORD_BONUS;
            }
        }
        return points;
    }

    /** The results, once every match is offered. */
    SearchResults results(LocalDate asOf, Function<String, String> kindPlural) {
        return new SearchResults(query.text, asOf, hits(existing, true), hits(other, false), existing.offered(),
                other.offered(), kindPlural);
    }

    private List<SearchHit> hits(TopK top, boolean existed) {
        long[] keys = top.sortedDescending();
        List<SearchHit> hits = new ArrayList<>(keys.length);
        for (long key : keys) {
            int b = table.byNameRank[Integer.MAX_VALUE - (int) (key & 0xFFFFFFFFL)];
            hits.add(explain(b, (int) (key >>> 32), existed));
        }
        return hits;
    }

    /** The hit for a body that scored {@code score}, with what made it match and whose it is. */
    private SearchHit explain(int b, int score, boolean existed) {
        Body body = table.bodies[b];
        String context = context(b);
        if (query.isExact(b)) {
            String q = query.text.strip();
            for (Code c : body.codes()) {
                if (c.value().strip().equalsIgnoreCase(q)) {
                    return new SearchHit(body, score, MatchField.CODE, c.value(), existed, context);
                }
            }
            return new SearchHit(body, score, MatchField.ID, body.id(), existed, context);
        }
        Integer place = coveredPlace.get(b);
        if (place != null) {
            return new SearchHit(body, score, MatchField.AREA, table.bodies[place].name(), existed, context);
        }
        // The text that matches the most words, best scored; the name when it matches them all.
        int words = query.words.length;
        int bestEntry = entries.bodyStart[b];
        int bestCount = -1;
        int bestTotal = -1;
        int[] scratch = new int[words];
        int kind = table.bodyKind[b];
        int[][] ranges = {{entries.bodyStart[b], entries.bodyStart[b + 1]},
                {entries.kindStart[kind], entries.kindStart[kind + 1]}};
        for (int[] range : ranges) {
            for (int e = range[0]; e < range[1]; e++) {
                if (entries.field[e] == MatchField.PARENT.ordinal()) {
                    continue; // what matched the body above is said by the context
                }
                Arrays.fill(scratch, 0);
                query.scoreEntry(e, scratch);
                int count = 0;
                int total = 0;
                for (int s : scratch) {
                    if (s > 0) {
                        count++;
                        total += s;
                    }
                }
                if (count > bestCount || (count == bestCount && total > bestTotal)) {
                    bestEntry = e;
                    bestCount = count;
                    bestTotal = total;
                }
            }
        }
        if (bestCount == words) {
            int name = entries.bodyStart[b];
            Arrays.fill(scratch, 0);
            query.scoreEntry(name, scratch);
            if (Arrays.stream(scratch).allMatch(s -> s > 0)) {
                bestEntry = name;
            }
        }
        MatchField field = MatchField.of(entries.field[bestEntry]);
        String text = entries.text[bestEntry];
        if (field == MatchField.FACT || field == MatchField.NOTE) {
            text = Snippets.around(text, matchedWords(bestEntry, scratch));
        }
        return new SearchHit(body, score, field, text, existed, context);
    }

    /**
     * The name of the body {@code b} is part of, when it tells whose it is: not when {@code b}'s name already
     * says it ("Leeds Health and Wellbeing Board", "NHS West Yorkshire ICB - 15F").
     */
    private String context(int b) {
        int p = table.context[b];
        if (p < 0) {
            return null;
        }
        String said = table.contextSaid[p];
        String own = " " + Normaliser.normalise(table.bodies[b].name()) + " ";
        return !said.isEmpty() && own.contains(" " + said + " ") ? null : table.bodies[p].name();
    }

    /** The words of entry {@code e} that a query word matched, in the entry's order. */
    private List<String> matchedWords(int e, int[] scratch) {
        List<String> out = new ArrayList<>();
        int looseness = MatchField.of(entries.field[e]).looseness();
        for (int t = entries.tokenStart[e]; t < entries.tokenStart[e + 1]; t++) {
            for (WordMatch w : query.words) {
                if (w.score(entries.tokens[t], looseness) > 0) {
                    out.add(query.vocabularyWord(entries.tokens[t]));
                    break;
                }
            }
        }
        return out;
    }
}
