package org.commissioningexplorer.core.search;

/**
 * Per-body arrays for one search at a time on one thread, cleared after each search where it was used
 * (allocating and zeroing them for every search costs more than the search on a large dataset).
 */
final class Scratch {
    // Per body, while matching: how many words it has matched, their scores' sum, the bonus for its name,
    // and its best score for the word being matched (cleared as each word is done).
    final byte[] stage;
    final int[] total;
    final int[] bonus;
    final int[] wordBest;
    /** 1 once a word matched the body's own texts, not only those of the body it is part of. */
    final byte[] own;
    final IntList used = new IntList(64); // the bodies whose entries above are set
    /** Per body: 1 + the place named by the query that it covered, or 0 ({@link Places}). */
    final int[] via;
    final IntList placed = new IntList(16); // the bodies whose via is set
    private final IntList a = new IntList(64);
    private final IntList b = new IntList(64);

    Scratch(int n) {
        stage = new byte[n];
        total = new int[n];
        bonus = new int[n];
        wordBest = new int[n];
        own = new byte[n];
        via = new int[n];
    }

    /** An empty list that is not {@code inUse} (nor {@link #used}). */
    IntList spare(IntList inUse) {
        IntList spare = inUse == a ? b : a;
        spare.clear();
        return spare;
    }

    void clear() {
        for (int i = 0; i < used.size(); i++) {
            int body = used.get(i);
            stage[body] = 0;
            total[body] = 0;
            bonus[body] = 0;
            wordBest[body] = 0;
            own[body] = 0;
        }
        used.clear();
        for (int i = 0; i < placed.size(); i++) {
            via[placed.get(i)] = 0;
        }
        placed.clear();
        a.clear();
        b.clear();
    }
}
