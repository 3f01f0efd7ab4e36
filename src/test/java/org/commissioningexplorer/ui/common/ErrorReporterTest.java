package org.commissioningexplorer.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Handler;
import java.util.logging.Logger;
import org.commissioningexplorer.core.AppDirs;
import org.commissioningexplorer.core.AppLog;
import org.junit.jupiter.api.Test;

/** An uncaught error is written to the log file in the user's config folder with its stack trace. */
class ErrorReporterTest {

    @Test
    void theLogIsInTheConfigFolderWhichTheTestsMoveIntoTarget() {
        assertTrue(AppDirs.configDir().toString().contains("test-config"), "tests never touch the user's own "
                + "config folder: " + AppDirs.configDir());
        assertEquals(AppDirs.configDir().resolve("log"), AppDirs.logDir());
    }

    @Test
    void anErrorIsLoggedWithItsStackTraceAndTheDetailsNameTheVersionAndLog() throws IOException {
        Path log = AppLog.install();
        assertNotNull(log, "the test JVM's config folder is " + AppDirs.configDir());
        IllegalStateException e = new IllegalStateException("a bug for the test " + System.nanoTime());
        ErrorReporter.record(Thread.currentThread(), e); // what report does before it shows the dialog
        for (Handler h : Logger.getLogger("org.commissioningexplorer").getHandlers()) {
            h.flush();
        }
        StringBuilder all = new StringBuilder();
        try (var files = Files.list(log)) {
            for (Path f : files.filter(f -> f.getFileName().toString().matches("explorer-\\d+-\\d+\\.log")).toList()) {
                all.append(Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        String written = all.toString();
        assertTrue(written.contains(e.getMessage()), "the log holds the error");
        assertTrue(written.contains("at org.commissioningexplorer.ui.common.ErrorReporterTest"), "and its stack");
        String details = ErrorReporter.details(e);
        assertTrue(details.startsWith("Commissioning Explorer "), details);
        assertTrue(details.contains("Log: " + log), details);
    }
}
