package org.commissioningexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class QuizCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new CommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void printsNumberedQuestionsWithOptionsThenTheAnswersAndSources() {
        assertEquals(CommandLine.OK, run("quiz", "--for", "06W", "--as-of", "2019-10-01", "--count", "4",
                "--seed", "3"));
        String text = out();
        assertTrue(text.startsWith("Quiz: NHS Norwich CCG (06W) on 1 October 2019 (4 questions, seed 3)"), text);
        for (String s : new String[] {"\n1. ", "\n4. ", "   A) ", "   C) ", "\nAnswers\n", "Source: ",
                "--count 4 --seed 3"}) {
            assertTrue(text.contains(s), s + " in\n" + text);
        }
        assertTrue(text.indexOf("\n4. ") < text.indexOf("Answers"), text);
        out.reset();
        run("quiz", "--for", "06W", "--as-of", "2019-10-01", "--count", "4", "--seed", "3");
        assertEquals(text, out(), "the same seed prints the same quiz");
    }

    @Test
    void answersAfterEachQuestion() {
        assertEquals(CommandLine.OK, run("quiz", "--for", "la-E10000020", "--as-of", "2023-01-01", "--count", "2",
                "--seed", "1", "--answers"));
        String text = out();
        assertTrue(!text.contains("\nAnswers\n") && text.indexOf("Source: ") < text.indexOf("\n2. "), text);
    }

    @Test
    void usageErrors() {
        assertEquals(CommandLine.USAGE, run("quiz", "--as-of", "2019-10-01"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("quiz needs --for PLACE"));
        assertEquals(CommandLine.USAGE, run("quiz", "--for", "06W", "--count", "0"));
        assertEquals(CommandLine.USAGE, run("quiz", "--for", "06W", "--count", "many"));
        assertEquals(CommandLine.USAGE, run("quiz", "--for", "06W", "--seed", "x"));
        assertEquals(CommandLine.USAGE, run("stats", "--count", "3"));
        assertEquals(CommandLine.USAGE, run("quiz", "--for", "06W", "extra"));
        assertTrue(HelpText.of("quiz").orElseThrow().contains("quiz --for PLACE"));
    }

    @Test
    void aPlaceNotFoundIsExitOne() {
        assertEquals(CommandLine.FAILED, run("quiz", "--for", "zzqqxx", "--as-of", "2019-10-01"));
    }
}
