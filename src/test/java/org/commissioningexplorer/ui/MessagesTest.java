package org.commissioningexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.commissioningexplorer.ui.common.Texts;
import org.junit.jupiter.api.Test;

/**
 * The window's words are all in the message bundle: every key the code or a view names exists (so no view
 * shows a raw key or throws), every key in the bundle is used, every value is a valid
 * {@link MessageFormat} pattern quoted as it is read, and no class in the ui packages sets a hard-coded
 * sentence on a label, button, tooltip, menu item, link or dialog.
 */
class MessagesTest {

    private static final Path JAVA = Path.of("src/main/java");
    private static final Path UI_JAVA = JAVA.resolve("org/commissioningexplorer/ui");
    private static final Path RESOURCES = Path.of("src/main/resources");

    /** A key in an FXML attribute: {@code text="%detail.overview"}. */
    private static final Pattern FXML_KEY = Pattern.compile("\"%([a-zA-Z0-9_.]+)\"");
    /** A text attribute of an FXML element: {@code text="…"}, {@code promptText="…"}. */
    private static final Pattern FXML_TEXT = Pattern.compile("\\b(text|promptText|title|headerText|contentText)=\"([^\"]*)\"");
    /** A call that reads its first argument as a bundle key and formats it as a pattern. */
    private static final Pattern FORMATTED = Pattern.compile("\\bTexts\\s*\\.\\s*format\\s*\\(");
    /**
     * A call that reads its first argument as a bundle key and shows it as it is: Texts.get, the bundle's
     * own getString ({@code Texts.bundle()}, {@code services.messages()}), the detail pane's counted.
     */
    private static final Pattern PLAIN = Pattern.compile("\\bTexts\\s*\\.\\s*get\\s*\\("
            + "|\\b(?:bundle|messages)\\(\\)\\s*\\.\\s*getString\\s*\\(|\\bcounted\\s*\\(");
    /**
     * A call whose first argument is shown to the user as it is: JavaFX's setters and controls, the status
     * line's say, a property's set (the summaries views bind to), and the ui's own helpers that make a label
     * or a button of their first argument (muted, section, wrapped, paragraph, empty, button).
     */
    private static final Pattern SHOWN = Pattern.compile("\\b(?:setText|setTitle|setHeaderText|setContentText"
            + "|setPromptText|say|set|muted|section|wrapped|paragraph|empty|button)\\s*\\("
            + "|\\bnew\\s+(?:Label|Button|Tooltip|MenuItem|Menu|Hyperlink|TitledPane|ButtonType"
            + "|FileChooser\\s*\\.\\s*ExtensionFilter)\\s*\\(");

    /**
     * Hard-coded words that may stay, each as {@code "File.java: literal"} with the reason beside it. Empty:
     * every sentence is in the bundle.
     */
    private static final Set<String> ALLOWED_LITERALS = Set.of();

    @Test
    void everyKeyTheJavaCodeReadsIsInTheBundle() {
        ResourceBundle bundle = Texts.bundle();
        Map<String, Set<String>> read = new LinkedHashMap<>();
        for (Path f : files(JAVA, ".java")) {
            String code = withoutComments(read(f));
            List<String> keys = new ArrayList<>(firstArgumentLiterals(code, FORMATTED));
            keys.addAll(firstArgumentLiterals(code, PLAIN));
            for (String k : keys) {
                read.computeIfAbsent(k, x -> new TreeSet<>()).add(f.getFileName().toString());
            }
        }
        for (Map.Entry<String, Set<String>> e : read.entrySet()) {
            assertTrue(bundle.containsKey(e.getKey()),
                    () -> e.getValue() + " read the key " + e.getKey() + ", which messages.properties lacks");
        }
        for (String k : List.of("detail.membership.seat", "detail.chip.existed", "documents.chip.missing",
                "documents.read.tooltip", "status.bodies", "commissioner.nothingSelected")) {
            assertTrue(read.containsKey(k), () -> "the keys in ternaries and switches were found too: " + k);
        }
        assertTrue(read.size() >= 130, () -> "the Java code's keys were found: " + read.size() + " " + read.keySet());
        assertTrue(read.containsKey("library.title") && read.containsKey("app.title"), "getString is read too");
    }

    @Test
    void everyFxmlKeyIsInTheBundleAndNoFxmlTextIsHardCoded() {
        ResourceBundle bundle = Texts.bundle();
        List<Path> fxml = files(RESOURCES, ".fxml");
        assertTrue(fxml.size() >= 8, "the views were found");
        for (Path f : fxml) {
            String text = read(f);
            for (String k : matches(text, FXML_KEY)) {
                assertTrue(bundle.containsKey(k), () -> f + " uses %" + k + ", which messages.properties lacks");
            }
            Matcher m = FXML_TEXT.matcher(text);
            while (m.find()) {
                String value = m.group(2);
                assertTrue(value.isEmpty() || value.startsWith("%") || value.startsWith("$"),
                        () -> f + " has " + m.group() + ": give it a %key of messages.properties");
            }
        }
    }

    @Test
    void everyKeyInTheBundleIsUsed() {
        Set<String> used = new LinkedHashSet<>();
        for (Path f : files(JAVA, ".java")) {
            used.addAll(literals(withoutComments(read(f))));
        }
        for (Path f : files(RESOURCES, ".fxml")) {
            used.addAll(matches(read(f), FXML_KEY));
        }
        List<String> unused = Texts.bundle().keySet().stream().filter(k -> !used.contains(k)).sorted().toList();
        assertEquals(List.of(), unused, "keys in messages.properties that neither the Java code nor a view names");
    }

    @Test
    void everyValueIsAPatternQuotedAsItIsRead() {
        ResourceBundle bundle = Texts.bundle();
        Set<String> formatted = new TreeSet<>();
        Set<String> plain = new TreeSet<>();
        for (Path f : files(JAVA, ".java")) {
            String code = withoutComments(read(f));
            formatted.addAll(firstArgumentLiterals(code, FORMATTED));
            plain.addAll(firstArgumentLiterals(code, PLAIN));
        }
        for (Path f : files(RESOURCES, ".fxml")) {
            plain.addAll(matches(read(f), FXML_KEY));
        }
        for (String k : bundle.keySet()) {
            String value = bundle.getString(k);
            assertDoesNotThrow(() -> new MessageFormat(value, Locale.UK), () -> k + " is not a valid pattern");
            if (formatted.contains(k)) {
                assertTrue(!value.replace("''", "").contains("'"),
                        () -> k + " is a pattern: write '' for an apostrophe in " + value);
            }
            if (plain.contains(k)) {
                assertTrue(!value.contains("{") && !value.contains("''"),
                        () -> k + " is shown as it is, not as a pattern: it cannot have {0} or '' in " + value);
            }
        }
    }

    /** Counts read as English: "1 part", not "1 parts" (a body of the made-up dataset had one); thousands marked. */
    @Test
    void aCountOfOneIsSingular() {
        assertEquals("1 part: see Parts", Texts.format("detail.summary.partsLink", 1));
        assertEquals("241 parts: see Parts", Texts.format("detail.summary.partsLink", 241));
        assertEquals("1,200 parts: see Parts", Texts.format("detail.summary.partsLink", 1200));
    }

    @Test
    void noUiClassSetsAHardCodedSentence() {
        List<String> found = new ArrayList<>();
        List<Path> java = files(UI_JAVA, ".java");
        assertTrue(java.size() >= 40, "the ui classes were found");
        for (Path f : java) {
            for (String literal : firstArgumentLiterals(withoutComments(read(f)), SHOWN)) {
                String entry = f.getFileName() + ": " + literal;
                if (!literal.isEmpty() && Character.isLetter(literal.charAt(0)) && !ALLOWED_LITERALS.contains(entry)) {
                    found.add(entry);
                }
            }
        }
        assertEquals(List.of(), found, "hard-coded words shown to the user: put them in messages.properties");
    }

    @Test
    void theScannerSeesLiteralsInTernariesAndSwitchesButNotInNestedCalls() {
        String code = withoutComments("""
                a.setText(x ? "Nothing selected" : Texts.get("commissioner.x")); // setText("Not code")
                Texts.get(switch (s) { case A -> "k.a"; case B, C -> y ? "k.b" : "k.c"; }) + Texts.format("k.d", 1);
                /* new Label("Not code either") */ b.setText(Texts.format("k.e", "value"), "second");
                summary.set(""); box.add(muted("Select a body " + name + "."));
                """);
        assertEquals(List.of("Nothing selected", "", "Select a body ", "."), firstArgumentLiterals(code, SHOWN));
        assertEquals(List.of("commissioner.x", "k.a", "k.b", "k.c"), firstArgumentLiterals(code, PLAIN));
        assertEquals(List.of("k.d", "k.e"), firstArgumentLiterals(code, FORMATTED));
    }

    /**
     * The string literals of the first argument of each call {@code call} finds, outside nested calls and
     * brackets: {@code x ? "a" : "b"} gives a and b, {@code f("c")} gives nothing. The cases of a switch
     * expression count as the argument's own.
     */
    private static List<String> firstArgumentLiterals(String code, Pattern call) {
        List<String> out = new ArrayList<>();
        Matcher m = call.matcher(code);
        while (m.find()) {
            int brackets = 0;
            int braces = 0;
            for (int i = m.end(); i < code.length(); i++) {
                char c = code.charAt(i);
                if (c == '"') {
                    int end = endOfLiteral(code, i);
                    if (brackets == 0) {
                        out.add(code.substring(i + 1, end - 1));
                    }
                    i = end - 1;
                } else if (c == '\'') {
                    i = endOfChar(code, i) - 1;
                } else if (c == '(' || c == '[') {
                    brackets++;
                } else if (c == ')' || c == ']') {
                    if (brackets == 0) {
                        break;
                    }
                    brackets--;
                } else if (c == '{') {
                    braces++;
                } else if (c == '}') {
                    braces--;
                } else if (c == ',' && brackets == 0 && braces == 0) {
                    break;
                }
            }
        }
        return out;
    }

    /** Every string literal in the code (text blocks left out). */
    private static Set<String> literals(String code) {
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '"') {
                int end = endOfLiteral(code, i);
                if (!code.startsWith("\"\"\"", i)) {
                    out.add(code.substring(i + 1, end - 1));
                }
                i = end - 1;
            } else if (c == '\'') {
                i = endOfChar(code, i) - 1;
            }
        }
        return out;
    }

    /** The code with its comments blanked out, string literals and text blocks kept. */
    static String withoutComments(String code) {
        StringBuilder out = new StringBuilder(code.length());
        int i = 0;
        while (i < code.length()) {
            char c = code.charAt(i);
            if (c == '"' || c == '\'') {
                int end = c == '"' ? endOfLiteral(code, i) : endOfChar(code, i);
                out.append(code, i, end);
                i = end;
            } else if (code.startsWith("//", i)) {
                int end = code.indexOf('\n', i);
                i = end < 0 ? code.length() : end;
            } else if (code.startsWith("/*", i)) {
                int end = code.indexOf("*/", i + 2);
                i = end < 0 ? code.length() : end + 2;
                out.append(' ');
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** Just after the string literal or text block that starts at {@code start}. */
    private static int endOfLiteral(String code, int start) {
        if (code.startsWith("\"\"\"", start)) {
            int end = code.indexOf("\"\"\"", start + 3);
            return end < 0 ? code.length() : end + 3;
        }
        for (int i = start + 1; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"' || c == '\n') {
                return i + 1;
            }
        }
        return code.length();
    }

    /** Just after the char literal that starts at {@code start}. */
    private static int endOfChar(String code, int start) {
        for (int i = start + 1; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '\'' || c == '\n') {
                return i + 1;
            }
        }
        return code.length();
    }

    private static List<Path> files(Path root, String suffix) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> matches(String text, Pattern pattern) {
        Set<String> keys = new LinkedHashSet<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            keys.add(m.group(1));
        }
        return keys;
    }
}
