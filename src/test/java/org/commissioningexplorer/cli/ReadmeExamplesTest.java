package org.commissioningexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The README's command-line examples are what the command line prints. An example is a line in a fenced block
 * starting {@value #PROMPT}, then the lines it prints (standard output and error as a terminal shows them),
 * up to the next line starting {@code $ } or the end of the block. A line of only "…" stands for any number of
 * lines left out; {@code $ echo $?} is followed by the exit status of the command before it. Commands run in
 * this process on the bundled dataset, from the project's folder.
 */
class ReadmeExamplesTest {

    static final String PROMPT = "$ java -jar target/commissioning-explorer.jar ";
    static final String ELISION = "…";

    /** One command of the README and what it is shown to print. */
    record Example(int line, String command, List<String> output, Integer status) {
    }

    static List<Example> examples(List<String> readme) {
        List<Example> examples = new ArrayList<>();
        boolean inBlock = false;
        Example current = null;
        for (int i = 0; i < readme.size(); i++) {
            String line = readme.get(i);
            if (line.startsWith("```")) {
                inBlock = !inBlock;
                current = null;
                continue;
            }
            if (!inBlock) {
                continue;
            }
            if (line.startsWith(PROMPT)) {
                current = new Example(i + 1, line.substring(PROMPT.length()), new ArrayList<>(), null);
                examples.add(current);
            } else if (line.equals("$ echo $?") && current != null && i + 1 < readme.size()) {
                Example last = examples.remove(examples.size() - 1);
                examples.add(new Example(last.line(), last.command(), last.output(),
                        Integer.valueOf(readme.get(++i).strip())));
                current = null;
            } else if (line.startsWith("$ ")) {
                fail("README.md:" + (i + 1) + ": an example command must start '" + PROMPT + "': " + line);
            } else if (current != null) {
                current.output().add(line);
            }
        }
        return examples;
    }

    /** The words of a command as a shell would split them: spaces separate, quotes group. */
    static List<String> words(String command) {
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        char quote = 0;
        for (char c : command.toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
                word = word == null ? new StringBuilder() : word;
            } else if (c == ' ') {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
            } else {
                word = word == null ? new StringBuilder() : word;
                word.append(c);
            }
        }
        if (word != null) {
            words.add(word.toString());
        }
        return words;
    }

    /** True when {@code actual} is {@code expected}, each "…" line of which stands for any lines. */
    static boolean matches(List<String> expected, int e, List<String> actual, int a) {
        if (e == expected.size()) {
            return a == actual.size();
        }
        if (expected.get(e).strip().equals(ELISION)) {
            for (int skip = a; skip <= actual.size(); skip++) {
                if (matches(expected, e + 1, actual, skip)) {
                    return true;
                }
            }
            return false;
        }
        return a < actual.size() && expected.get(e).stripTrailing().equals(actual.get(a).stripTrailing())
                && matches(expected, e + 1, actual, a + 1);
    }

    @Test
    void theConventionIsRead() {
        List<Example> ex = examples(List.of("```", PROMPT + "find \"north west\"", "A", ELISION, "", "$ echo $?", "1",
                PROMPT + "version", "V", "```", "text", "```", "java -jar x.jar", "```"));
        assertEquals(2, ex.size());
        assertEquals(List.of("find", "north west"), words(ex.get(0).command()));
        assertEquals(List.of("A", ELISION, ""), ex.get(0).output());
        assertEquals(1, ex.get(0).status());
        assertEquals(List.of("V"), ex.get(1).output());
        assertEquals(List.of("a", "b c", "d"), words("a 'b c' d"));
        assertFalse(matches(List.of("A", "B"), 0, List.of("A"), 0));
        assertEquals(true, matches(List.of("A", ELISION, "D"), 0, List.of("A", "B", "C", "D"), 0));
        assertEquals(true, matches(List.of("A", ELISION), 0, List.of("A"), 0));
    }

    @TestFactory
    Stream<DynamicTest> everyExampleIsWhatTheCommandPrints() throws IOException {
        List<String> readme = Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8);
        List<Example> examples = examples(readme);
        assertFalse(examples.isEmpty(), "README.md has no examples starting '" + PROMPT + "'");
        return examples.stream().map(ex -> DynamicTest.dynamicTest("README.md:" + ex.line() + ": " + ex.command(),
                () -> check(ex)));
    }

    private static void check(Example ex) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream both = new PrintStream(bytes, true, StandardCharsets.UTF_8); // as a terminal interleaves them
        int status = new CommandLine(both, both).run(words(ex.command()).toArray(String[]::new));
        String printed = bytes.toString(StandardCharsets.UTF_8);
        List<String> actual = new ArrayList<>(printed.lines().toList());
        List<String> expected = new ArrayList<>(ex.output());
        // A blank line between examples belongs to neither.
        while (!expected.isEmpty() && expected.get(expected.size() - 1).isBlank()) {
            expected.remove(expected.size() - 1);
        }
        if (!matches(expected, 0, actual, 0)) {
            fail("README.md:" + ex.line() + ": '" + ex.command() + "' no longer prints what the README shows. "
                    + "If the new output is right (the bundled data changes), put it in the README.\n"
                    + "--- README shows:\n" + String.join("\n", expected) + "\n--- it prints now:\n" + printed);
        }
        if (ex.status() != null) {
            assertEquals(ex.status().intValue(), status, "README.md:" + ex.line() + ": exit status of " + ex.command());
        } else {
            assertEquals(CommandLine.OK, status, "README.md:" + ex.line() + ": " + ex.command() + " failed; "
                    + "show its exit status with '$ echo $?' if it is meant to:\n" + printed);
        }
    }
}
