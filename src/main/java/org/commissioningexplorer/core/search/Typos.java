package org.commissioningexplorer.core.search;

import java.util.Set;

/** Which words a typo may turn a query word into, and how far apart two words are. */
final class Typos {

    /** Words at least this long may have a typo of one edit ... */
    static final int TYPO1_MIN = 4;
    /** ... and words at least this long one of two. */
    static final int TYPO2_MIN = 8;

    /**
     * Common short words a typo should not turn a query word into ("wich" is not "with"); they still
     * match as themselves and as the start of a word.
     */
    static final Set<String> NO_TYPO_TARGETS = Set.of("with", "from", "into", "onto", "that",
            "this", "these", "those", "their", "there", "where", "which", "while", "what", "when", "whom", "whose",
            "have", "been", "were", "will", "would", "should", "could", "other", "such", "than", "then", "them",
            "they", "only", "also", "more", "most", "some", "each", "over", "under", "upon", "about", "after",
            "before", "within", "without", "does", "done", "your", "ours");

    private Typos() {
    }

    /** How many edits a query word of {@code length} characters may be from the word it means. */
    static int maxEdits(int length) {
        return length >= TYPO2_MIN ? 2 : length >= TYPO1_MIN ? 1 : 0;
    }

    /**
     * Bit per letter a–z present, or 0 when the word has anything but letters a–z. Two words whose masks
     * differ in more than two bits per edit cannot be that few edits apart, which rules out most words
     * without working out the distance.
     */
    static int lettersOnlyMask(String word) {
        int mask = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < 'a' || c > 'z') {
                return 0;
            }
            mask |= 1 << (c - 'a');
        }
        return mask;
    }

    /**
     * Damerau-Levenshtein distance (optimal string alignment: insertions, deletions, substitutions and
     * swaps of neighbouring letters) between {@code a} and {@code b}, or {@code max + 1} as soon as it is
     * known to exceed {@code max}.
     */
    static int distance(String a, String b, int max) {
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > max) {
            return max + 1;
        }
        int[] prev2 = new int[m + 1];
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            cur[0] = i;
            int rowMin = cur[0];
            char ca = a.charAt(i - 1);
            for (int j = 1; j <= m; j++) {
                char cb = b.charAt(j - 1);
                int cost = ca == cb ? 0 : 1;
                int d = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && ca == b.charAt(j - 2) && a.charAt(i - 2) == cb) {
                    d = Math.min(d, prev2[j - 2] + 1);
                }
                cur[j] = d;
                rowMin = Math.min(rowMin, d);
            }
            if (rowMin > max) {
                return max + 1;
            }
            int[] t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }
        return Math.min(prev[m], max + 1);
    }
}
