package org.commissioningexplorer.core.search;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Finds the bodies that match every word of one query, and scores them. Word by word, the word with the
 * fewest bodies behind it first: a word's postings add its score to the bodies that matched every word
 * before it. Once few bodies are left and the next word is common, each body left is checked on its own
 * instead (postings are read in order, so each costs far less than checking a body, whose texts lie
 * elsewhere in memory).
 */
final class QueryMatcher {

    /**
     * Once the bodies left times this is less than the bodies behind the next word, the bodies left are
     * checked one by one rather than through the word's postings.
     */
    static final int VERIFY_RATIO = 32;

    private final BodyTable table;
    private final Entries entries;
    private final Vocabulary vocabulary;
    private final Query query;
    private final WordMatch[] words;
    private final Scratch scratch;
    private final byte[] stage;
    private final int[] total;
    private final int[] bonus;
    private final int[] wordBest;
    private final byte[] own;
    private final int[] scores; // one body's best score for each word, while it is checked on its own
    private final int[][] kindBest; // the same for each kind's standard texts, worked out when first needed
    /**
     * Whether the words of the bodies above are looked at, and a body must match a word on its own texts: not
     * for one word, which must be the body's.
     */
    private final boolean withParents;

    QueryMatcher(BodyTable table, Entries entries, Vocabulary vocabulary, Query query, Scratch scratch) {
        this.table = table;
        this.entries = entries;
        this.vocabulary = vocabulary;
        this.query = query;
        this.words = query.words;
        this.scratch = scratch;
        stage = scratch.stage;
        total = scratch.total;
        bonus = scratch.bonus;
        wordBest = scratch.wordBest;
        own = scratch.own;
        scores = new int[words.length];
        kindBest = new int[table.kindCount()][];
        withParents = words.length > 1;
    }

    /**
     * Bodies that match every word (with {@code stage == words.length}, scored in {@code total} and
     * {@code bonus} of the scratch), then the exact code or id hits. Of several words, one must match the
     * body's own texts: a body that matched only those of the body above and its id (a committee, by its CCG's
     * name and the "ccg" of its id "ccg-06W-…") does not match, its stage set back to 0.
     */
    IntList matches() {
        IntList alive = scratch.used;
        if (words.length > 0) {
            Integer[] order = new Integer[words.length];
            long[] costs = new long[words.length];
            for (int i = 0; i < words.length; i++) {
                order[i] = i;
                costs[i] = words[i].cost(withParents);
            }
            Arrays.sort(order, Comparator.comparingLong(i -> costs[i]));
            for (int step = 0; step < order.length; step++) {
                if (step > 0 && (long) alive.size() * VERIFY_RATIO < costs[order[step]]) {
                    IntList left = scratch.spare(alive);
                    for (int c = 0; c < alive.size(); c++) {
                        int b = alive.get(c);
                        int s = score(b);
                        if (s >= 0) {
                            stage[b] = (byte) words.length;
                            if (withParents) {
                            own[b] = 1;
                        }
                            total[b] = s;
                            bonus[b] = nameBonus(b);
                            left.add(b);
                        }
                    }
                    alive = left;
                    break;
                }
                // The first word's bodies are every body whose stage, total or bonus changes: scratch.used.
                IntList touched = step == 0 ? scratch.used : scratch.spare(alive);
                collect(words[order[step]], step, step == order.length - 1, wordBest, touched);
                for (int c = 0; c < touched.size(); c++) {
                    int b = touched.get(c);
                    total[b] += wordBest[b];
                    wordBest[b] = 0;
                    stage[b]++;
                }
                alive = touched;
                if (alive.size() == 0) {
                    break;
                }
            }
        }
        if (withParents) {
            for (int c = 0; c < alive.size(); c++) {
                int b = alive.get(c);
                if (own[b] == 0) {
                    stage[b] = 0;
                }
            }
        }
        for (int b : query.exactBodies) {
            if (words.length == 0 || stage[b] != words.length) {
                alive.add(b);
            }
        }
        return alive;
    }

    /**
     * Through the postings of the vocabulary words {@code word} matches, the bodies at {@code step} (that
     * matched every word before): each one's best score for the word in {@code best}, each once in
     * {@code touched}.
     */
    private void collect(WordMatch word, int step, boolean last, int[] best, IntList touched) {
        int[] kindScore = new int[table.kindCount()];
        for (int w = word.from; w < word.to; w++) {
            collect(word, w, step, last, best, touched, kindScore);
        }
        for (int w : word.otherWords) {
            collect(word, w, step, last, best, touched, kindScore);
        }
        for (int k = 0; k < kindScore.length; k++) {
            int s = kindScore[k];
            if (s > 0) {
                for (int b : table.bodiesOfKind[k]) {
                    if (stage[b] == step) {
                        if (best[b] == 0) {
                            touched.add(b);
                        }
                        if (withParents) {
                            own[b] = 1;
                        }
                        if (s > best[b]) {
                            best[b] = s;
                        }
                    }
                }
            }
        }
    }

    private void collect(WordMatch word, int w, int step, boolean last, int[] best, IntList touched,
                         int[] kindScore) {
        int[] byLooseness = new int[MatchField.LOOSENESS_LEVELS];
        for (int l = 0; l < byLooseness.length; l++) {
            byLooseness[l] = word.score(w, l);
        }
        collect(vocabulary.own, w, byLooseness, step, last, best, touched, kindScore);
        if (withParents) {
            collect(vocabulary.parent, w, byLooseness, step, last, best, touched, kindScore);
        }
    }

    private void collect(Vocabulary.Postings postings, int w, int[] byLooseness, int step, boolean last, int[] best,
                         IntList touched, int[] kindScore) {
        for (int p = postings.start()[w]; p < postings.start()[w + 1]; p++) {
            int e = postings.entries()[p];
            MatchField field = MatchField.of(entries.field[e]);
            int s = byLooseness[field.looseness()] * entries.weight[e] / 100;
            if (s <= 0) {
                continue;
            }
            int owner = entries.owner[e];
            if (owner < 0) {
                kindScore[-1 - owner] = Math.max(kindScore[-1 - owner], s);
                continue;
            }
            if (stage[owner] != step) {
                continue;
            }
            if (best[owner] == 0) {
                touched.add(owner);
            }
            if (s > best[owner]) {
                best[owner] = s;
            }
            if (withParents && field.own()) {
                own[owner] = 1;
            }
            if (last && field.positional()) {
                // A name can earn its bonus only if every word is in it, the last one included: here.
                int nb = nameBonus(field, e);
                if (nb > bonus[owner]) {
                    bonus[owner] = nb;
                }
            }
        }
    }

    /**
     * The body's score for the query's words, or -1 when some word does not match it or none matches its
     * own texts.
     */
    private int score(int b) {
        Arrays.fill(scores, 0);
        boolean ownText = false;
        for (int e = entries.bodyStart[b]; e < entries.bodyStart[b + 1]; e++) {
            boolean scored = query.scoreEntry(e, scores);
            ownText |= scored && MatchField.of(entries.field[e]).own();
        }
        int[] kb = kindScores(table.bodyKind[b]);
        int sum = 0;
        for (int i = 0; i < words.length; i++) {
            int s = Math.max(scores[i], kb[i]);
            if (s == 0) {
                return -1;
            }
            ownText |= kb[i] > 0;
            sum += s;
        }
        return ownText || !withParents ? sum : -1;
    }

    private int[] kindScores(int k) {
        int[] kb = kindBest[k];
        if (kb == null) {
            kb = new int[words.length];
            for (int e = entries.kindStart[k]; e < entries.kindStart[k + 1]; e++) {
                query.scoreEntry(e, kb);
            }
            kindBest[k] = kb;
        }
        return kb;
    }

    /** Extra for a name or acronym (or, less, a former name) that is the query, starts with it or contains it. */
    private int nameBonus(int b) {
        int best = 0;
        for (int e = entries.bodyStart[b]; e < entries.bodyStart[b + 1]; e++) {
            MatchField f = MatchField.of(entries.field[e]);
            if (!f.positional()) {
                break; // names, former names and acronyms come first
            }
            best = Math.max(best, nameBonus(f, e));
        }
        return best;
    }

    /** The bonus of name entry {@code e}; a former name earns less than the name. */
    private int nameBonus(MatchField f, int e) {
        int bonus = query.positional(e);
        return f == MatchField.FORMER_NAME ? bonus * 3 / 5 : bonus;
    }
}
