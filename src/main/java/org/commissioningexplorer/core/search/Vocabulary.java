package org.commissioningexplorer.core.search;

import java.util.Arrays;

/**
 * Every distinct word indexed, held once and sorted, so that the words a query word starts are a range
 * found by binary search; with the entries each word occurs in (its postings), those of the words lent by the
 * body above ({@link MatchField#PARENT}) apart, and the words a typo or a part of a word may match, by length.
 */
final class Vocabulary {

    /**
     * The entries each word occurs in.
     *
     * @param start    into entries, by word; one more than words
     * @param entries  entry numbers
     * @param bodyCost cumulative: how many bodies the words up to this one stand for
     */
    record Postings(int[] start, int[] entries, long[] bodyCost) {
    }

    final String[] words;
    final int[] wordLength;
    /** The entries of the bodies' own texts and their kinds'. */
    final Postings own;
    /**
     * The entries of the words bodies lend their parts. Only needed when a query has several words: a body
     * must match one of them on its own texts.
     */
    final Postings parent;
    /**
     * The ids of the words made only of letters that a query word with a typo may mean (those of names, roles,
     * services, titles and the bodies above: not those only in codes, facts, notes or acronyms), by length.
     */
    final int[][] lettersByLength;
    /** The ids of the words made only of letters in names and former names, by length: where parts of words are looked for. */
    final int[][] partsByLength;
    final int[] letterMask;
    /** Per word, the loosest {@link MatchField#looseness()} of the fields it occurs in. */
    final byte[] looseness;

    Vocabulary(String[] words, Postings own, Postings parent, byte[] looseness) {
        this.words = words;
        this.own = own;
        this.parent = parent;
        this.looseness = looseness;
        int v = words.length;
        wordLength = new int[v];
        for (int w = 0; w < v; w++) {
            wordLength[w] = words[w].length();
        }
        letterMask = new int[v];
        for (int w = 0; w < v; w++) {
            letterMask[w] = Typos.lettersOnlyMask(words[w]);
        }
        lettersByLength = byLength(MatchField.TYPO);
        partsByLength = byLength(MatchField.PART_OR_TYPO);
    }

    /** The words of letters that occur in fields at least this loose, by length. */
    private int[][] byLength(int loosest) {
        IntList[] byLength = new IntList[0];
        for (int w = 0; w < words.length; w++) {
            String word = words[w];
            if (letterMask[w] != 0 && looseness[w] >= loosest && !Typos.NO_TYPO_TARGETS.contains(word)) {
                if (word.length() >= byLength.length) {
                    byLength = Arrays.copyOf(byLength, word.length() + 1);
                }
                if (byLength[word.length()] == null) {
                    byLength[word.length()] = new IntList();
                }
                byLength[word.length()].add(w);
            }
        }
        int[][] out = new int[byLength.length][];
        for (int len = 0; len < byLength.length; len++) {
            out[len] = byLength[len] == null ? new int[0] : byLength[len].toArray();
        }
        return out;
    }

    int size() {
        return words.length;
    }

    /** The word's number, or -1 when it is not indexed. */
    int indexOf(String word) {
        int lo = lowerBound(word);
        return lo < words.length && words[lo].equals(word) ? lo : -1;
    }

    /** The first word not before {@code word}. */
    int lowerBound(String word) {
        int lo = 0;
        int hi = words.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (words[mid].compareTo(word) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** First word at or after {@code start} that does not start with {@code prefix}. */
    int upperBoundOfPrefix(String prefix, int start) {
        int lo = start;
        int hi = words.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (words[mid].startsWith(prefix)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
