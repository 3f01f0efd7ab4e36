package org.commissioningexplorer.core.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The acronyms people use for CCGs, ICBs and STPs, derived from their names: "Bath and North East Somerset,
 * Swindon and Wiltshire" is BSW (the first letter of each place joined by commas and "and", Bath and North East
 * Somerset being one council) and BNESSW (the first letter of each word that is not "and", "of", "the" …);
 * "Hertfordshire and West Essex" is HWE and H&amp;WE (each place's letters joined by "&amp;", when two places
 * are joined); "Hampshire and Isle of Wight" is also HIOW (small words kept but "and" and "the"). "NHS", "the"
 * at the start, what is in brackets and generic endings ("Integrated Care Board", "CCG", "Health and Care
 * Partnership" …) are left out first, so "NHS Norfolk and Waveney Integrated Care Board" gives NW and N&amp;W.
 *
 * <p>"&amp;" between short pieces of letters ("N&amp;W", "A&amp;E") is read as one word, the same in a query
 * and in the texts indexed: {@link #joinAmpersands}.
 */
final class Acronyms {

    /** The kinds of body whose names give acronyms. */
    static final Set<String> KINDS = Set.of("ccg", "icb", "stp");

    /** Words a "significant words" acronym skips. */
    private static final Set<String> SMALL = Set.of("and", "of", "the", "on", "upon", "in", "for", "with", "at");
    /** Words an acronym that keeps small words still skips. */
    private static final Set<String> SKIPPED_ALWAYS = Set.of("and", "the");

    private static final Pattern GENERIC_END = Pattern.compile("(?i)[\\s,]*\\b(integrated care board|integrated care"
            + " system|clinical commissioning group|sustainability and transformation partnership|health and social"
            + " care partnership|health and care partnership|partners in health and care|health and care|partnership"
            + "|ccg|icb|ics|stp)\\s*$");
    private static final Pattern GENERIC_START = Pattern.compile("(?i)^\\s*(nhs|the)\\s+");
    static final Pattern BRACKETS = Pattern.compile("\\([^)]*\\)?");
    /** Short runs of letters joined by "&amp;" with no space: "N&amp;W", "B&amp;NES", "A&amp;E". */
    private static final Pattern AMPERSANDED = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{L}{1,3}(?:&\\p{L}{1,3})+(?![\\p{L}\\p{N}])");

    private Acronyms() {
    }

    /**
     * The acronyms of a name, as shown ("BSW", "N&amp;W"), each at least two letters, without repeats. Each is
     * indexed and searched as one word ({@link #word}). {@code councils} are the normalised names of councils
     * that have "and" in them ("bath and north east somerset"): one reading of the name keeps each as one place
     * (BSW), the other splits it like any other (STW for "Shropshire, Telford and Wrekin").
     */
    static List<String> of(String name, Set<String> councils) {
        String core = withoutGenericWords(name);
        List<List<String>> segments = new ArrayList<>();
        for (String segment : core.split(",")) {
            List<String> words = Normaliser.words(segment);
            if (!words.isEmpty()) {
                segments.add(words);
            }
        }
        Map<String, String> out = new LinkedHashMap<>(); // word → as shown
        List<List<String>> places = places(segments, Set.of());
        addFirstLetters(out, places);
        addFirstLetters(out, places(segments, councils));
        List<String> all = segments.stream().flatMap(List::stream).toList();
        add(out, initials(all, SMALL));
        add(out, initials(all, SKIPPED_ALWAYS));
        if (segments.size() == 1 && places.size() == 2) {
            String a = initials(places.get(0), SMALL);
            String b = initials(places.get(1), SMALL);
            if (!a.isEmpty() && !b.isEmpty()) {
                add(out, a + "&" + b);
            }
        }
        return List.copyOf(out.values());
    }

    /**
     * A name without what is in brackets, "NHS" or "The" at its start and generic endings ("Integrated Care
     * Board", "CCG", "Health and Care Partnership" …): "NHS Norfolk and Waveney Integrated Care Board" →
     * "Norfolk and Waveney".
     */
    static String withoutGenericWords(String name) {
        String core = BRACKETS.matcher(name).replaceAll(" ");
        for (String before = null; !core.equals(before); ) {
            before = core;
            core = GENERIC_END.matcher(GENERIC_START.matcher(core).replaceFirst("")).replaceFirst("");
        }
        return core;
    }

    /** The places of a name: its comma-separated segments split at "and", except inside one of {@code councils}. */
    private static List<List<String>> places(List<List<String>> segments, Set<String> councils) {
        List<List<String>> places = new ArrayList<>();
        for (List<String> words : segments) {
            boolean[] kept = new boolean[words.size()]; // an "and" inside a council's name
            for (int i = 0; i < words.size() && !councils.isEmpty(); i++) {
                for (int j = words.size(); j > i + 2; j--) {
                    if (councils.contains(String.join(" ", words.subList(i, j)))) {
                        for (int k = i; k < j; k++) {
                            kept[k] = true;
                        }
                        i = j - 1;
                        break;
                    }
                }
            }
            int start = 0;
            for (int i = 0; i <= words.size(); i++) {
                if (i == words.size() || words.get(i).equals("and") && !kept[i]) {
                    if (i > start) {
                        places.add(words.subList(start, i));
                    }
                    start = i + 1;
                }
            }
        }
        return places;
    }

    private static void addFirstLetters(Map<String, String> out, List<List<String>> places) {
        if (places.size() >= 2) {
            StringBuilder firsts = new StringBuilder();
            for (List<String> place : places) {
                firsts.append(initial(firstSignificant(place)));
            }
            add(out, firsts.toString());
        }
    }

    /** The one word an acronym is indexed and searched as: "BSW" → "bsw", "N&amp;W" → "nandw". */
    static String word(String acronym) {
        return acronym.toLowerCase(Locale.ROOT).replace("&", "and");
    }

    /**
     * {@code text} with every "&amp;" between short runs of letters read as one word, as {@link #word} does:
     * "N&amp;W finance" → "nandw finance". Other text is left as it is.
     */
    static String joinAmpersands(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        Matcher m = AMPERSANDED.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 8);
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(word(m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The words "&amp;" joins in {@code text} ("A&amp;E services" → "aande"), empty when there are none. */
    static List<String> ampersandWords(String text) {
        if (text.indexOf('&') < 0) {
            return List.of();
        }
        List<String> out = new ArrayList<>(1);
        Matcher m = AMPERSANDED.matcher(text);
        while (m.find()) {
            out.addAll(Normaliser.words(word(m.group())));
        }
        return out;
    }

    private static void add(Map<String, String> out, String acronym) {
        if (acronym.replace("&", "").length() >= 2) {
            out.putIfAbsent(word(acronym), acronym);
        }
    }

    private static String firstSignificant(List<String> words) {
        for (String w : words) {
            if (!SMALL.contains(w)) {
                return w;
            }
        }
        return words.get(0);
    }

    private static String initials(List<String> words, Set<String> skipped) {
        StringBuilder b = new StringBuilder();
        for (String w : words) {
            if (!skipped.contains(w)) {
                b.append(initial(w));
            }
        }
        return b.toString();
    }

    private static String initial(String word) {
        return word.substring(0, 1).toUpperCase(Locale.ROOT);
    }
}
