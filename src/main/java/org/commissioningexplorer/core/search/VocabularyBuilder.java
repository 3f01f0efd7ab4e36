package org.commissioningexplorer.core.search;

import java.util.Arrays;

/**
 * The {@link Vocabulary} of an index's sorted words: for each word, the entries it occurs in (its postings,
 * those lent by the body above apart), how many bodies they stand for, and the loosest field it occurs in.
 */
final class VocabularyBuilder {

    private VocabularyBuilder() {
    }

    /** The sorted words with the entries each occurs in (once per entry) and the bodies they stand for. */
    static Vocabulary build(String[] sorted, Entries entries, BodyTable table) {
        byte[] looseness = new byte[sorted.length];
        for (int e = 0; e < entries.count(); e++) {
            byte l = (byte) MatchField.of(entries.field[e]).looseness();
            for (int t = entries.tokenStart[e]; t < entries.tokenStart[e + 1]; t++) {
                int w = entries.tokens[t];
                looseness[w] = (byte) Math.max(looseness[w], l);
            }
        }
        return new Vocabulary(sorted, postings(sorted.length, entries, table, false),
                postings(sorted.length, entries, table, true), looseness);
    }

    /** The postings of the entries lent by the bodies above ({@code parents}), or of all the others. */
    private static Vocabulary.Postings postings(int v, Entries entries, BodyTable table, boolean parents) {
        int count = entries.count();
        int[] postingStart = new int[v + 1];
        for (int e = 0; e < count; e++) {
            if ((entries.field[e] == MatchField.PARENT.ordinal()) != parents) {
                continue;
            }
            for (int t = entries.tokenStart[e]; t < entries.tokenStart[e + 1]; t++) {
                if (!repeats(entries, e, t)) {
                    postingStart[entries.tokens[t] + 1]++;
                }
            }
        }
        for (int w = 0; w < v; w++) {
            postingStart[w + 1] += postingStart[w];
        }
        int[] postings = new int[postingStart[v]];
        int[] next = Arrays.copyOf(postingStart, v);
        for (int e = 0; e < count; e++) {
            if ((entries.field[e] == MatchField.PARENT.ordinal()) != parents) {
                continue;
            }
            for (int t = entries.tokenStart[e]; t < entries.tokenStart[e + 1]; t++) {
                if (!repeats(entries, e, t)) {
                    postings[next[entries.tokens[t]]++] = e;
                }
            }
        }
        long[] bodyCost = new long[v + 1];
        for (int w = 0; w < v; w++) {
            long cost = 0;
            for (int p = postingStart[w]; p < postingStart[w + 1]; p++) {
                int o = entries.owner[postings[p]];
                cost += o >= 0 ? 1 : table.bodiesOfKind[-1 - o].length;
            }
            bodyCost[w + 1] = bodyCost[w] + cost;
        }
        return new Vocabulary.Postings(postingStart, postings, bodyCost);
    }

    /** True when token position {@code t} repeats a word already seen earlier in the same entry. */
    private static boolean repeats(Entries entries, int e, int t) {
        for (int u = entries.tokenStart[e]; u < t; u++) {
            if (entries.tokens[u] == entries.tokens[t]) {
                return true;
            }
        }
        return false;
    }
}
