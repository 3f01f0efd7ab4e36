package org.commissioningexplorer.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The themes' colours, read from the stylesheets themselves: each text colour against each background it is used
 * on meets WCAG AA (4.5:1) in the high-contrast theme, and in the light and dark ones too; every colour name the
 * rules use is given by every theme; the rules name no colour and no pixel font size of their own.
 */
class ThemePaletteTest {

    private static final Path DIR = Path.of("src/main/resources/org/commissioningexplorer/ui");

    /** Text colour, background: the pairs the rules of theme.css put together. */
    private static final List<String[]> PAIRS = List.of(
            pair("text", "surface"), pair("text", "bg"), pair("text", "subtle"), pair("text", "stripe"),
            pair("text", "hover"), pair("text", "base"), pair("text", "warning-bg"), pair("text", "focus-bg"),
            pair("muted-text", "surface"), pair("muted-text", "bg"), pair("muted-text", "subtle"),
            pair("link", "surface"), pair("link", "bg"), pair("link", "subtle"), pair("link", "hover"),
            pair("link", "info-bg"), pair("link", "focus-bg"), pair("heading", "surface"), pair("heading", "bg"),
            pair("heading", "info-bg"), pair("selection-text", "selection"), pair("chrome-text", "chrome"),
            pair("chrome-text", "chrome-dark"), pair("strong-chip-text", "strong-chip-bg"),
            pair("success", "success-bg"), pair("error", "error-bg"), pair("error", "surface"),
            pair("warning-text", "warning-bg"), pair("purple", "purple-bg"), pair("purple", "surface"),
            pair("prompt-text", "surface"));

    private static String[] pair(String text, String background) {
        return new String[] {text, background};
    }

    @Test
    void highContrastTextMeetsWcagAaEverywhere() throws IOException {
        assertAllPairsMeet(palette("theme-contrast.css"), 4.5, "high contrast");
        // Well beyond AA for the body text: AAA's 7:1.
        Map<String, String> p = palette("theme-contrast.css");
        assertTrue(contrast(p.get("-ce-text"), p.get("-ce-surface")) >= 7);
    }

    @Test
    void lightAndDarkTextMeetsWcagAaToo() throws IOException {
        assertAllPairsMeet(palette("theme.css"), 4.5, "light");
        assertAllPairsMeet(palette("theme-dark.css"), 4.5, "dark");
    }

    @Test
    void everyThemeGivesEveryColourTheRulesUse() throws IOException {
        String light = Files.readString(DIR.resolve("theme.css"));
        Set<String> used = new TreeSet<>();
        Matcher m = Pattern.compile("(-ce-[a-z-]+|-nhs-[a-z-]+)").matcher(withoutRoot(light));
        while (m.find()) {
            if (!m.group(1).equals("-nhs-england")) { // a kind's style class, not a colour
                used.add(m.group(1));
            }
        }
        assertTrue(used.size() > 20, used::toString);
        for (String sheet : List.of("theme.css", "theme-dark.css", "theme-contrast.css")) {
            Set<String> defined = rootVariables(Files.readString(DIR.resolve(sheet))).keySet();
            Set<String> missing = new TreeSet<>(used);
            missing.removeAll(defined);
            assertEquals(Set.of(), missing, sheet + " leaves these colours as the light theme has them");
            Set<String> lightNames = rootVariables(light).keySet();
            Set<String> notRedefined = new TreeSet<>(lightNames);
            notRedefined.removeAll(defined);
            assertEquals(Set.of(), notRedefined, sheet + " does not redefine these");
        }
    }

    @Test
    void theRulesNameNoColourAndNoPixelFontSizeOfTheirOwn() throws IOException {
        String rules = withoutRoot(Files.readString(DIR.resolve("theme.css")));
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile("#[0-9a-fA-F]{3,8}\\b|\\b(white|black)\\b|font-size:\\s*[0-9.]+px").matcher(rules);
        while (m.find()) {
            found.add(m.group());
        }
        assertEquals(List.of(), found);
    }

    @Test
    void contrastIsComputedAsWcagDefinesIt() {
        assertEquals(21.0, contrast("#000000", "#ffffff"), 0.01);
        assertEquals(1.0, contrast("#777777", "#777777"), 0.01);
        assertEquals(4.48, contrast("#777777", "#ffffff"), 0.01); // the well-known grey just below AA
    }

    private static void assertAllPairsMeet(Map<String, String> p, double least, String theme) {
        List<String> failing = new ArrayList<>();
        for (String[] pair : PAIRS) {
            String fg = p.get("-ce-" + pair[0]);
            String bg = p.get("-ce-" + pair[1]);
            assertTrue(fg != null && bg != null, theme + " defines -ce-" + pair[0] + " and -ce-" + pair[1]);
            double c = contrast(fg, bg);
            if (c < least) {
                failing.add(String.format("%s on %s: %.2f", pair[0], pair[1], c));
            }
        }
        assertEquals(List.of(), failing, theme + ": text below " + least + ":1");
    }

    /** theme.css's .root colours, with the given theme's on top (as the app applies them). */
    private static Map<String, String> palette(String sheet) throws IOException {
        Map<String, String> p = rootVariables(Files.readString(DIR.resolve("theme.css")));
        p.putAll(rootVariables(Files.readString(DIR.resolve(sheet))));
        return p;
    }

    /** The {@code -name: #rrggbb} declarations of a sheet's first .root rule. */
    static Map<String, String> rootVariables(String css) {
        String text = css.replaceAll("(?s)/\\*.*?\\*/", "");
        int start = text.indexOf(".root");
        String root = text.substring(text.indexOf('{', start) + 1, text.indexOf('}', start));
        Map<String, String> vars = new LinkedHashMap<>();
        Matcher m = Pattern.compile("(-(?:ce|nhs)-[a-z-]+)\\s*:\\s*(#[0-9a-fA-F]{6,8})\\s*;").matcher(root);
        while (m.find()) {
            vars.put(m.group(1), m.group(2).toLowerCase());
        }
        return vars;
    }

    private static String withoutRoot(String css) {
        String text = css.replaceAll("(?s)/\\*.*?\\*/", "");
        int start = text.indexOf(".root");
        return text.substring(0, start) + text.substring(text.indexOf('}', start) + 1);
    }

    /** WCAG 2 contrast ratio of two opaque #rrggbb colours. */
    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }
}
