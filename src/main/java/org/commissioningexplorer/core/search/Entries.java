package org.commissioningexplorer.core.search;

/**
 * The texts indexed ("entries"): each body's name, former names, acronyms, codes, id, roles, services,
 * document titles, facts and notes, and the words of the bodies it is part of, in that order, then the
 * standard roles, services and document titles of each kind. Parallel arrays, by entry number; each text's
 * words are numbers in the {@link Vocabulary}.
 */
final class Entries {

    final byte[] field; // a MatchField's ordinal
    final byte[] weight; // percent of a word's score the text earns
    final int[] owner; // a body index, or -1 - kind index
    final String[] text; // as shown in a hit
    final int[] tokenStart; // into tokens; one more than entries
    final int[] tokens;
    final int[] coreStart; // into coreTokens: a name's (or acronym's) words without "NHS", "CCG"…
    final int[] coreTokens;
    final int[] bodyStart; // a body's first entry; one more than bodies
    final int[] kindStart; // a kind's first entry; one more than kinds

    Entries(byte[] field, byte[] weight, int[] owner, String[] text, int[] tokenStart, int[] tokens,
            int[] coreStart, int[] coreTokens, int[] bodyStart, int[] kindStart) {
        this.field = field;
        this.weight = weight;
        this.owner = owner;
        this.text = text;
        this.tokenStart = tokenStart;
        this.tokens = tokens;
        this.coreStart = coreStart;
        this.coreTokens = coreTokens;
        this.bodyStart = bodyStart;
        this.kindStart = kindStart;
    }

    int count() {
        return field.length;
    }
}
