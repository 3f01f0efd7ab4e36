package org.commissioningexplorer.core.search;

import java.util.List;
import java.util.Locale;

/** The part of a long text (a fact, a note) around the words a query matched, to say why a body was found. */
final class Snippets {

    /** Texts up to this long are shown whole. */
    static final int MAX = 110;
    /** How much of the text before the first word matched is kept. */
    private static final int BEFORE = 30;

    private Snippets() {
    }

    /**
     * {@code text} when short; else about {@link #MAX} characters of it from a little before the first of
     * {@code words} (normalised words) found in it, cut at spaces, with "…" where it was cut.
     */
    static String around(String text, List<String> words) {
        if (text.length() <= MAX) {
            return text;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        int at = -1;
        for (String w : words) {
            int i = wordAt(lower, w);
            if (i >= 0 && (at < 0 || i < at)) {
                at = i;
            }
        }
        int start = at <= BEFORE ? 0 : text.indexOf(' ', at - BEFORE) + 1;
        if (start <= 0 || start > at) {
            start = Math.max(0, Math.min(at, text.length()));
        }
        int end = Math.min(text.length(), start + MAX);
        if (end < text.length()) {
            int space = text.lastIndexOf(' ', end);
            end = space > start + MAX / 2 ? space : end;
        }
        return (start > 0 ? "…" : "") + text.substring(start, end).strip() + (end < text.length() ? "…" : "");
    }

    /** Where {@code word} starts a word of {@code lower}, or -1. */
    private static int wordAt(String lower, String word) {
        for (int i = lower.indexOf(word); i >= 0; i = lower.indexOf(word, i + 1)) {
            if (i == 0 || !Character.isLetterOrDigit(lower.charAt(i - 1))) {
                return i;
            }
        }
        return -1;
    }
}
