package org.commissioningexplorer.core.search;

import java.util.List;
import java.util.Locale;

/**
 * One query as the index reads it: the words that must match, each with what it matches in the
 * vocabulary; the ignorable words typed; the bodies whose code or id it is; and how its words score one
 * text.
 */
final class Query {

    /** Queries longer than this are cut (a pasted paragraph is not a query). */
    static final int MAX_WORDS = 16;

    static final int WHOLE_NAME_BONUS = 400;
    static final int NAME_START_BONUS = 250;
    static final int NAME_CONTAINS_BONUS = 120;

    final String text;
    final WordMatch[] words;
    /** Ignorable words typed ("CCG" in "Norwich CCG"), as vocabulary numbers. */
    final int[] optional;
    final int[] exactBodies;
    /**
     * The words typed, in order, one space apart: what a place's name must be for the query to name it (not
     * "norwich ccg", which names the CCG).
     */
    final String placeKey;
    private final Entries entries;
    private final Vocabulary vocabulary;

    /** {@code text} must be {@linkplain Normaliser#isSearchable searchable}. */
    Query(String text, Vocabulary vocabulary, Entries entries, BodyTable table) {
        this.text = text;
        this.entries = entries;
        this.vocabulary = vocabulary;
        List<String> all = Normaliser.words(Acronyms.joinAmpersands(text));
        List<String> core = Normaliser.coreWords(all);
        placeKey = String.join(" ", all);
        if (core.size() > MAX_WORDS) {
            core = core.subList(0, MAX_WORDS);
        }
        // The ignorable words typed need not match, but a name that has them is a little closer to what was
        // typed.
        IntList ignorable = new IntList();
        if (core.size() < all.size()) {
            for (String w : all) {
                int id = Normaliser.isIgnorable(w) ? vocabulary.indexOf(w) : -1;
                if (id >= 0) {
                    ignorable.add(id);
                }
            }
        }
        optional = ignorable.toArray();
        words = new WordMatch[core.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = new WordMatch(vocabulary, core.get(i));
        }
        int[] ex = table.exact.get(text.strip().toLowerCase(Locale.ROOT));
        exactBodies = ex == null ? new int[0] : ex;
    }

    /** Vocabulary word number {@code w}. */
    String vocabularyWord(int w) {
        return vocabulary.words[w];
    }

    /** True when the query is body {@code b}'s code or id. */
    boolean isExact(int b) {
        for (int x : exactBodies) {
            if (x == b) {
                return true;
            }
        }
        return false;
    }

    /**
     * Raises {@code into[i]} to the score of entry {@code e} for query word {@code i}, for every word. True
     * when some word scored.
     */
    boolean scoreEntry(int e, int[] into) {
        int weight = entries.weight[e];
        int looseness = MatchField.of(entries.field[e]).looseness();
        boolean scored = false;
        for (int t = entries.tokenStart[e]; t < entries.tokenStart[e + 1]; t++) {
            int w = entries.tokens[t];
            for (int i = 0; i < words.length; i++) {
                int s = words[i].score(w, looseness);
                if (s > 0) {
                    s = s * weight / 100;
                    scored |= s > 0;
                    if (s > into[i]) {
                        into[i] = s;
                    }
                }
            }
        }
        return scored;
    }

    /**
     * The bonus for name (or former name, or acronym) entry {@code e} when it is the query, starts with it or
     * contains it; else 0.
     */
    int positional(int e) {
        int looseness = MatchField.of(entries.field[e]).looseness();
        int from = entries.coreStart[e];
        int n = entries.coreStart[e + 1] - from;
        int m = words.length;
        if (m == 0 || m > n) {
            return 0;
        }
        for (int offset = 0; offset + m <= n; offset++) {
            int strong = 0; // the word or its start
            int starts = 0; // its start only
            boolean all = true;
            for (int i = 0; i < m; i++) {
                int w = entries.coreTokens[from + offset + i];
                if (words[i].score(w, looseness) == 0) {
                    all = false;
                    break;
                }
                if (words[i].strong(w)) {
                    strong++;
                    if (w != words[i].exactWord) {
                        starts++;
                    }
                }
            }
            if (!all) {
                continue;
            }
            int bonus;
            if (offset == 0) {
                // The whole name: every word typed in full (or with a typo), none only begun.
                bonus = m == n && starts == 0 ? WHOLE_NAME_BONUS : NAME_START_BONUS;
            } else {
                bonus = NAME_CONTAINS_BONUS;
            }
            return strong == m ? bonus : bonus / 4; // a quarter with typos or parts of words
        }
        return 0;
    }
}
