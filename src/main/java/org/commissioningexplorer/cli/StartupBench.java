package org.commissioningexplorer.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * {@code bench startup}: starts the explorer ({@code --measure-startup}) and the one-label baseline window
 * ({@code --measure-startup=baseline}) several times each, alternately, with the same JVM, JavaFX and JVM options
 * as this process, and prints the median time to the first filled-in frame and the peak resident memory of
 * each, and their ratios. Each run is a new process, so every start is a cold start.
 */
final class StartupBench {

    static final int RUNS = 5;

    private final PrintStream out;
    private final PrintStream err;

    StartupBench(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run() {
        if (!hasDisplay("startup")) {
            return CommandLine.USAGE;
        }
        List<String> command = sameProgram();
        out.println("Start-up, median of " + RUNS + " cold starts each, from the start of the process to the first frame"
                + " (the explorer: its tree and detail pane filled in, bundled dataset):");
        out.println("  command: " + String.join(" ", command) + " --measure-startup[=baseline]");
        List<long[]> baseline = new ArrayList<>();
        List<long[]> explorer = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long[] b = measure(command, "--measure-startup=baseline");
            long[] e = measure(command, "--measure-startup");
            if (b == null || e == null) {
                return CommandLine.FAILED;
            }
            baseline.add(b);
            explorer.add(e);
        }
        long bt = median(baseline, 0);
        long et = median(explorer, 0);
        long bm = median(baseline, 1);
        long em = median(explorer, 1);
        out.printf(Locale.ROOT, "  %-22s first-frame-ms=%-6d peak-rss-mb=%s%n", "one-label window", bt, mb(bm));
        out.printf(Locale.ROOT, "  %-22s first-frame-ms=%-6d peak-rss-mb=%s%n", "explorer", et, mb(em));
        out.printf(Locale.ROOT, "  %-22s time %.2f   memory %s%n", "ratio (explorer/label)", (double) et / bt,
                bm > 0 && em > 0 ? String.format(Locale.ROOT, "%.2f", (double) em / bm) : "not measured (Linux only)");
        out.println("  (peak memory once that frame has been drawn)");
        return CommandLine.OK;
    }

    /**
     * {@code bench ui}: the window's common actions, timed on its UI thread in a window of its own
     * ({@code --measure-ui}, bundled dataset): the median and 99th percentile of each.
     */
    int runUi() {
        if (!hasDisplay("ui")) {
            return CommandLine.USAGE;
        }
        return runUi(null, "the bundled dataset");
    }

    /** The same on the dataset in {@code data} ({@code what} names it), for {@code bench --bodies N}. */
    int runUi(Path data, String what) {
        List<String> cmd = new ArrayList<>(sameProgram());
        cmd.add(data == null ? "--measure-ui" : "--measure-ui=" + data);
        out.println("The window's actions on " + what + ", time the UI thread was busy with each (the action,"
                + " then its layout pass; one frame is 16.7 ms):");
        try {
            ProcessBuilder builder = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD);
            builder.environment().remove("_JPACKAGE_LAUNCHER");
            Process p = builder.start();
            int lines = 0;
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    if (line.startsWith("ui ")) {
                        out.println("  " + line.substring(3));
                        lines++;
                    }
                }
            }
            if (p.waitFor() != 0 || lines == 0) {
                err.println("error: " + String.join(" ", cmd) + " ended without its figures");
                return CommandLine.FAILED;
            }
            return CommandLine.OK;
        } catch (IOException e) {
            err.println("error: could not start " + String.join(" ", cmd) + ": " + e.getMessage());
            return CommandLine.FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return CommandLine.FAILED;
        }
    }

    /** Whether windows can be opened here: always on Windows and macOS, with a display set elsewhere. */
    static boolean displayAvailable() {
        return !isLinux() || !isBlank(System.getenv("DISPLAY")) || !isBlank(System.getenv("WAYLAND_DISPLAY"));
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private boolean hasDisplay(String what) {
        if (!displayAvailable()) {
            err.println("error: bench " + what + " opens windows and needs a display; on a machine without one, run"
                    + " it under Xvfb (xvfb-run java -jar commissioning-explorer.jar bench " + what + ")");
            return false;
        }
        return true;
    }

    /** first-frame-ms and peak-rss-kb of one cold start, or null (said on standard error) when it failed. */
    private long[] measure(List<String> command, String mode) {
        List<String> cmd = new ArrayList<>(command);
        cmd.add(mode);
        try {
            ProcessBuilder builder = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD);
            // Set by the packaged launcher for itself: a launcher that inherits it takes its arguments for the JVM's.
            builder.environment().remove("_JPACKAGE_LAUNCHER");
            Process p = builder.start();
            OptionalLong ms = OptionalLong.empty();
            long kb = -1;
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    if (line.startsWith("first-frame-ms=")) {
                        ms = OptionalLong.of(Long.parseLong(line.substring(15).strip()));
                    } else if (line.startsWith("peak-rss-kb=")) {
                        kb = Long.parseLong(line.substring(12).strip());
                    }
                }
            }
            int status = p.waitFor();
            if (status != 0 || ms.isEmpty()) {
                err.println("error: " + String.join(" ", cmd) + " ended with status " + status
                        + " without measuring its first frame");
                return null;
            }
            return new long[] {ms.getAsLong(), kb};
        } catch (IOException e) {
            err.println("error: could not start " + String.join(" ", cmd) + ": " + e.getMessage());
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /**
     * How this process was started, without its arguments: the packaged app's launcher (jpackage names it in
     * {@code jpackage.app-path}; the launcher adds its own JVM options), or this JVM with its options and jar.
     */
    static List<String> sameProgram() {
        String launcher = System.getProperty("jpackage.app-path");
        if (launcher != null) {
            return List.of(launcher);
        }
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> args = ProcessHandle.current().info().arguments().map(List::of).orElse(List.of());
        // The JVM's options, then "-jar JAR", or "-cp PATH MAINCLASS": everything before this process's own arguments.
        for (int i = 0; i + 1 < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("-jar")) {
                cmd.addAll(args.subList(0, i + 2));
                return cmd;
            }
            if ((a.equals("-cp") || a.equals("-classpath") || a.equals("--class-path")) && i + 2 < args.size()) {
                cmd.addAll(args.subList(0, i + 3));
                return cmd;
            }
        }
        throw new IllegalStateException("cannot tell how this program was started: " + args);
    }

    private static long median(List<long[]> runs, int field) {
        long[] v = runs.stream().mapToLong(r -> r[field]).sorted().toArray();
        return v[v.length / 2];
    }

    private static String mb(long kb) {
        return kb < 0 ? "-" : String.format(Locale.ROOT, "%.0f", kb / 1024.0);
    }

    private static boolean isLinux() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux");
    }
}
