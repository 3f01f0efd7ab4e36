package org.commissioningexplorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.commissioningexplorer.cli.CommandLine;
import org.junit.jupiter.api.Test;

/** Whatever goes wrong inside, the launcher says so in one line and exits 3, never with a stack trace. */
class LauncherTest {

    private static String runGuarded(Runnable work, int expected) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        assertEquals(expected, Launcher.guarded(work, err));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void anErrorOrExceptionIsOneLineAndExitStatusThree() {
        String e = runGuarded(() -> {
            throw new StackOverflowError();
        }, CommandLine.INTERNAL);
        assertEquals(1, e.lines().count(), e);
        assertTrue(e.startsWith("error: internal error (java.lang.StackOverflowError)"), e);
        runGuarded(() -> {
            throw new IllegalStateException("bug");
        }, CommandLine.INTERNAL);
        assertEquals("", runGuarded(() -> { }, CommandLine.OK));
    }

    @Test
    void aWrappedErrorSaysWhatItWrapsInTheSameLine() {
        String e = runGuarded(() -> {
            throw new RuntimeException("Exception in Application start method",
                    new IllegalStateException("wrapper", new ClassNotFoundException("org.example.Missing")));
        }, CommandLine.INTERNAL);
        assertEquals(1, e.lines().count(), e);
        assertTrue(e.contains("caused by java.lang.ClassNotFoundException: org.example.Missing at "), e);
    }
}
