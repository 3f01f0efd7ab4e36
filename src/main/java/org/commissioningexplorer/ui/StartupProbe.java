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
 * process ({@link ProcessClock}) and the CPU time the process had used by then, then the peak resident memory once
 * that frame has been drawn, and exits. The same for the
 * explorer and for the one-label baseline window ({@link BaselineWindow}), so {@code bench startup} can compare
 * them in one run.
 */
final class StartupProbe {

    private StartupProbe() {
    }

    /**
     * After the first layout pass in which {@code ready} holds (that pass's frame is drawn next), reports when it was;
     * at the next pulse, which waits for that frame to be drawn, the peak resident memory (a window on screen, its
     * drawing included, for the explorer and the one-label window alike), and exits.
     */
    static void reportWhen(Scene scene, BooleanSupplier ready) {
        Runnable[] check = new Runnable[1];
        boolean[] shown = new boolean[1];
        check[0] = () -> {
            if (shown[0]) {
                scene.removePostLayoutPulseListener(check[0]);
                System.out.println("peak-rss-kb=" + peakResidentKb());
                System.out.flush();
                Platform.exit();
            } else if (ready.getAsBoolean()) {
                shown[0] = true;
                report();
                Platform.requestNextPulse();
            }
        };
        scene.addPostLayoutPulseListener(check[0]);
    }

    private static void report() {
        System.out.println("first-frame-ms=" + ProcessClock.millisSinceStart());
        // The CPU all the process's threads used until then: on a busy machine, a steadier figure to compare.
        System.out.println("first-frame-cpu-ms="
                + ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L));
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
