package org.commissioningexplorer.core.search;

import java.util.Arrays;

/**
 * Every distinct word indexed, held once and sorted, so that the words a query word starts are a range
 * found by binary search; with the entries each word occurs in (its postings), and the words a typo or a
 * part of a word may match, by length.
 */
final class Vocabulary {

    final String[] words;
    final int[] wordLength;
    final int[] postingStart; // into postings; one more than words
    final int[] postings; // entry numbers
    final long[] bodyCost; // cumulative: how many bodies words up to this one stand for
    final int[][] lettersByLength; // ids of words made only of letters, by length (typo and part targets)
    final int[] letterMask;

    Vocabulary(String[] words, int[] postingStart, int[] postings, long[] bodyCost) {
        this.words = words;
        this.postingStart = postingStart;
        this.postings = postings;
        this.bodyCost = bodyCost;
        int v = words.length;
        wordLength = new int[v];
        for (int w = 0; w < v; w++) {
            wordLength[w] = words[w].length();
        }
        letterMask = new int[v];
        IntList[] byLength = new IntList[0];
        for (int w = 0; w < v; w++) {
            String word = words[w];
            int mask = Typos.lettersOnlyMask(word);
            letterMask[w] = mask;
            if (mask != 0 && !Typos.NO_TYPO_TARGETS.contains(word)) {
                if (word.length() >= byLength.length) {
                    byLength = Arrays.copyOf(byLength, word.length() + 1);
                }
                if (byLength[word.length()] == null) {
                    byLength[word.length()] = new IntList();
                }
                byLength[word.length()].add(w);
            }
        }
        lettersByLength = new int[byLength.length][];
        for (int len = 0; len < byLength.length; len++) {
            lettersByLength[len] = byLength[len] == null ? new int[0] : byLength[len].toArray();
        }
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
