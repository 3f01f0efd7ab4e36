package org.commissioningexplorer.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import org.commissioningexplorer.core.ProcessClock;

/**
 * {@code --measure-startup}: prints how long the first frame showing {@code ready} took from the start of the
 * process ({@link ProcessClock}), the CPU time the process had used by then and its peak resident memory, then
 * when the whole window was in, and exits. The same for the
 * explorer and for the one-label baseline window ({@link BaselineWindow}), so {@code bench startup} can compare
 * them in one run.
 */
final class StartupProbe {

    private StartupProbe() {
    }

    /**
     * After the first layout pass in which {@code ready} holds (that pass's frame is drawn next), reports; then, after
     * the first in which {@code complete} holds too (the whole window, its menus and timeline in), says when that was
     * and exits.
     */
    static void reportWhen(Scene scene, BooleanSupplier ready, BooleanSupplier complete) {
        Runnable[] check = new Runnable[1];
        boolean[] reported = new boolean[1];
        check[0] = () -> {
            if (!reported[0] && ready.getAsBoolean()) {
                reported[0] = true;
                report();
            }
            if (reported[0] && complete.getAsBoolean()) {
                scene.removePostLayoutPulseListener(check[0]);
                System.out.println("complete-frame-ms=" + ProcessClock.millisSinceStart());
                System.out.flush();
                Platform.exit();
            }
        };
        scene.addPostLayoutPulseListener(check[0]);
    }

    private static void report() {
        System.out.println("first-frame-ms=" + ProcessClock.millisSinceStart());
        // The CPU all the process's threads used until then: on a busy machine, a steadier figure to compare.
        System.out.println("first-frame-cpu-ms="
                + ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L));
        System.out.println("peak-rss-kb=" + peakResidentKb());
        System.out.flush();
    }

    /** The peak resident set size so far, from Linux's /proc; -1 where that is not available. */
    static long peakResidentKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: no figure
        }
        return -1;
    }
}
