package org.commissioningexplorer.core.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The one way text is compared for searching, shared by the search index, the command line and the window's
 * filter: lower case, accents stripped ("é" → "e"), apostrophes dropped ("King's" → "kings"), "&" read as
 * "and", every other character that is not a letter or a digit read as a space, single spaces.
 *
 * <p>Some words say little about which body is meant: "nhs", "ccg", "icb", "stp", "the", "of" and the phrase "clinical
 * commissioning group(s)". A query may contain them but does not need them to match (see
 * {@link #coreWords}); they are still indexed, so a query made only of them ("nhs ccg") still finds bodies.
 */
public final class Normaliser {

    /** Single words that a query may include without needing them to match. */
    public static final Set<String> IGNORABLE = Set.of("nhs", "ccg", "ccgs", "icb", "icbs", "stp", "stps", "the", "of");

    private static final String[] PHRASE = {"clinical", "commissioning", "group"};

    private Normaliser() {
    }

    /** Lower case, accents stripped, "&" → "and", punctuation → space, single spaces, trimmed. Null → "". */
    public static String normalise(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 8);
        boolean space = true; // at the start, or just wrote a space
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                out.append(c);
                space = false;
            } else if (c >= 'A' && c <= 'Z') {
                out.append((char) (c + ('a' - 'A')));
                space = false;
            } else if (c == '\'' || c == '\u2019' || c == '\u2018') {
                // dropped: "King's Lynn" → "kings lynn", so "kings" and "king" both find it
            } else if (c == '&') {
                if (!space) {
                    out.append(' ');
                }
                out.append("and ");
                space = true;
            } else if (c < 128) {
                if (!space) {
                    out.append(' ');
                    space = true;
                }
            } else {
                space = appendFolded(out, c, space);
            }
        }
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == ' ') {
            end--;
        }
        out.setLength(end);
        return out.toString();
    }

    /** A non-ASCII character: its letters and digits without accents ("É" → "e"), or a space. */
    private static boolean appendFolded(StringBuilder out, char c, boolean space) {
        String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKD);
        boolean wrote = false;
        for (int j = 0; j < decomposed.length(); j++) {
            char d = Character.toLowerCase(decomposed.charAt(j));
            if ((d >= 'a' && d <= 'z') || (d >= '0' && d <= '9')) {
                out.append(d);
                wrote = true;
            } else if (c == 'ß') {
                out.append("ss");
                wrote = true;
                break;
            } else if (Character.isLetterOrDigit(d)) {
                out.append(d); // a letter with no ASCII form (Greek, Cyrillic…): kept as it is, lower case
                wrote = true;
            }
        }
        if (wrote) {
            return false;
        }
        if (!space) {
            out.append(' ');
        }
        return true;
    }

    /** The normalised words of {@code s}, in order. */
    public static List<String> words(String s) {
        String n = normalise(s);
        List<String> words = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= n.length(); i++) {
            if (i == n.length() || n.charAt(i) == ' ') {
                if (i > start) {
                    words.add(n.substring(start, i));
                }
                start = i + 1;
            }
        }
        return words;
    }

    /** Whether a normalised word may be left unmatched ("nhs", "ccg", "icb", "stp", "the", "of"). */
    public static boolean isIgnorable(String word) {
        return IGNORABLE.contains(word);
    }

    /**
     * The words that must match: {@code words} without the ignorable words and without the phrase
     * "clinical commissioning group(s)". When that would leave nothing, all of {@code words}.
     */
    public static List<String> coreWords(List<String> words) {
        List<String> core = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); i++) {
            int phrase = phraseAt(words, i);
            if (phrase > 0) {
                i += phrase - 1;
            } else if (!isIgnorable(words.get(i))) {
                core.add(words.get(i));
            }
        }
        return core.isEmpty() ? List.copyOf(words) : core;
    }

    /** Length of the phrase "clinical commissioning group(s)" starting at {@code i}, or 0. */
    static int phraseAt(List<String> words, int i) {
        if (i + PHRASE.length > words.size()) {
            return 0;
        }
        for (int j = 0; j < PHRASE.length; j++) {
            String w = words.get(i + j);
            boolean last = j == PHRASE.length - 1;
            if (!(w.equals(PHRASE[j]) || (last && w.equals(PHRASE[j] + "s")))) {
                return 0;
            }
        }
        return PHRASE.length;
    }

    /** True when {@code s} has at least one letter or digit, so that it can be searched for. */
    public static boolean isSearchable(String s) {
        return s != null && s.codePoints().anyMatch(Character::isLetterOrDigit);
    }
}
