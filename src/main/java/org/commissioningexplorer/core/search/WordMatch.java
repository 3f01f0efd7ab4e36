package org.commissioningexplorer.core.search;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

/** What one query word matches: one word exactly, a range of words it starts, and others (typos, parts). */
final class WordMatch {

    static final int EXACT = 100;
    static final int PREFIX = 70; // plus up to 20 for how much of the word was typed
    static final int INFIX = 40;
    static final int TYPO1 = 35;
    static final int TYPO2 = 20;
    /** Part of a name word matches for query words at least this long. */
    static final int INFIX_MIN = 3;

    private final Vocabulary vocabulary;
    private final String word;
    final int exactWord; // vocabulary number, or -1
    final int from; // words that start with it: [from, to)
    final int to;
    int[] otherWords = new int[0]; // sorted
    private int[] typoScore = new int[0];
    private int[] infixScore = new int[0]; // counts in names and former names only
    private long[] isOther; // bit set over the vocabulary: otherWords, for a quick "no"

    WordMatch(Vocabulary vocabulary, String word) {
        this.vocabulary = vocabulary;
        this.word = word;
        from = vocabulary.lowerBound(word);
        to = vocabulary.upperBoundOfPrefix(word, from);
        exactWord = vocabulary.indexOf(word);
        findOthers();
    }

    private void findOthers() {
        int mask = Typos.lettersOnlyMask(word);
        if (mask == 0) {
            return; // codes and numbers: exact or start only
        }
        int[][] lettersByLength = vocabulary.lettersByLength;
        IntList ids = new IntList();
        IntList typos = new IntList();
        IntList infixes = new IntList();
        int len = word.length();
        int maxEdits = Typos.maxEdits(len);
        Map<Integer, Integer> at = new HashMap<>();
        if (maxEdits > 0) {
            for (int l = Math.max(1, len - maxEdits); l <= len + maxEdits && l < lettersByLength.length; l++) {
                for (int w : lettersByLength[l]) {
                    if ((w >= from && w < to) || Integer.bitCount(mask ^ vocabulary.letterMask[w]) > 2 * maxEdits) {
                        continue;
                    }
                    int d = Typos.distance(word, vocabulary.words[w], maxEdits);
                    if (d <= maxEdits) {
                        at.put(w, ids.size());
                        ids.add(w);
                        typos.add(d == 1 ? TYPO1 : TYPO2);
                        infixes.add(0);
                    }
                }
            }
        }
        int[][] partsByLength = vocabulary.partsByLength;
        if (len >= INFIX_MIN) {
            for (int l = len + 1; l < partsByLength.length; l++) {
                for (int w : partsByLength[l]) {
                    if (vocabulary.words[w].indexOf(word, 1) > 0 && !(w >= from && w < to)) {
                        Integer i = at.get(w);
                        if (i != null) {
                            infixes.set(i, INFIX);
                        } else {
                            ids.add(w);
                            typos.add(0);
                            infixes.add(INFIX);
                        }
                    }
                }
            }
        }
        int k = ids.size();
        if (k == 0) {
            return;
        }
        int[] idArr = ids.toArray();
        Integer[] order = new Integer[k];
        for (int i = 0; i < k; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingInt(i -> idArr[i]));
        otherWords = new int[k];
        typoScore = new int[k];
        infixScore = new int[k];
        isOther = new long[(vocabulary.size() + 63) >>> 6];
        for (int i = 0; i < k; i++) {
            otherWords[i] = idArr[order[i]];
            isOther[otherWords[i] >>> 6] |= 1L << otherWords[i];
            typoScore[i] = typos.get(order[i]);
            infixScore[i] = infixes.get(order[i]);
        }
    }

    /** Score of vocabulary word {@code w} for this query word, 0 when it does not match. */
    int score(int w, int looseness) {
        if (w == exactWord) {
            return EXACT;
        }
        if (looseness == MatchField.EXACT_ONLY) {
            return 0;
        }
        if (w >= from && w < to) {
            return PREFIX + 20 * word.length() / vocabulary.wordLength[w];
        }
        if (isOther != null && (isOther[w >>> 6] & (1L << w)) != 0) {
            int i = Arrays.binarySearch(otherWords, w);
            if (i >= 0) {
                return looseness == MatchField.PART_OR_TYPO ? Math.max(typoScore[i], infixScore[i])
                        : looseness == MatchField.TYPO ? typoScore[i] : 0;
            }
        }
        return 0;
    }

    /** True for a whole-word or start-of-word match (not a typo or a part of a word). */
    boolean strong(int w) {
        return w >= from && w < to;
    }

    /**
     * How many bodies the matching words stand for: the cost of taking candidates from this word, with the
     * words lent by the bodies above or without.
     */
    long cost(boolean withParents) {
        long c = cost(vocabulary.own.bodyCost());
        return withParents ? c + cost(vocabulary.parent.bodyCost()) : c;
    }

    private long cost(long[] bodyCost) {
        long c = bodyCost[to] - bodyCost[from];
        for (int w : otherWords) {
            c += bodyCost[w + 1] - bodyCost[w];
        }
        return c;
    }
}
