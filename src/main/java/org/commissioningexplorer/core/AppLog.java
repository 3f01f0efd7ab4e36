package org.commissioningexplorer.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * The application's log, for what a double-clicked app has no console to say: unexpected errors with their stack
 * traces. {@code java.util.logging} to {@code explorer-0-0.log} … in {@link AppDirs#logDir()}, rotated at 1 MB over
 * five files (a second copy of the app running at once writes {@code explorer-1-0.log} …). When the folder cannot be written, logging goes nowhere rather than stopping the app.
 */
public final class AppLog {

    private static final Logger LOG = Logger.getLogger("org.commissioningexplorer");
    private static final int LIMIT_BYTES = 1_000_000;
    private static final int FILES = 5;
    private static Path file;

    private AppLog() {
    }

    /** Starts writing the log (once; later calls return the same). Its folder, or null when there is no log. */
    public static synchronized Path install() {
        if (file != null) {
            return file;
        }
        try {
            Path dir = AppDirs.logDir();
            Files.createDirectories(dir);
            // %u: a second copy of the app running writes its own files instead of waiting for the first's.
            FileHandler handler = new FileHandler(dir.resolve("explorer-%u-%g.log").toString(), LIMIT_BYTES, FILES,
                    true);
            handler.setFormatter(new SimpleFormatter());
            handler.setEncoding("UTF-8");
            LOG.addHandler(handler);
            LOG.setUseParentHandlers(false);
            file = dir;
        } catch (IOException | SecurityException e) {
            // No log then; the app still runs, and errors are still shown.
        }
        return file;
    }

    /** The folder the log is written to ({@code explorer-0-0.log} and on), or null when there is none. */
    public static synchronized Path folder() {
        return file;
    }

    /** Writes an unexpected error with its stack trace. */
    public static void error(String what, Throwable e) {
        LOG.log(Level.SEVERE, what, e);
    }

    public static void info(String what) {
        LOG.info(what);
    }
}
