package org.commissioningexplorer.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * How long this process has been running, for start-up measurements.
 *
 * <p>On Linux, {@link ProcessHandle.Info#startInstant()} is the process's start in clock ticks after boot added to
 * the boot time, and the boot time ({@code btime} in {@code /proc/stat}) is in whole seconds: the instant can be
 * up to a second early, the same second for every process, so a start-up figure taken from it has a constant of up
 * to a second added to it (seen here: 0.6 to 1.0 s). Both figures read here, the process's start
 * ({@code /proc/self/stat}) and the time since boot ({@code /proc/uptime}), count from the same boot, to a
 * hundredth of a second. Elsewhere, the start instant the system gives.
 */
public final class ProcessClock {

    /** Linux's USER_HZ, the unit of a process's start time in {@code /proc}: 100 on every architecture Java runs on. */
    static final int TICKS_PER_SECOND = 100;

    private ProcessClock() {
    }

    /** Milliseconds since this process started, or -1 when the system does not tell. */
    public static long millisSinceStart() {
        OptionalLong linux = linuxMillisSinceStart();
        if (linux.isPresent()) {
            return linux.getAsLong();
        }
        return ProcessHandle.current().info().startInstant()
                .map(start -> Duration.between(start, Instant.now()).toMillis()).orElse(-1L);
    }

    private static OptionalLong linuxMillisSinceStart() {
        try {
            // ISO-8859-1 reads any byte: the command's name in the line may be in any encoding.
            String stat = Files.readString(Path.of("/proc/self/stat"), StandardCharsets.ISO_8859_1);
            String uptime = Files.readString(Path.of("/proc/uptime"), StandardCharsets.ISO_8859_1);
            return OptionalLong.of(millisSinceStart(stat, uptime));
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty(); // not Linux, or a /proc that reads otherwise
        }
    }

    /**
     * The milliseconds between a process's start, from its {@code /proc/PID/stat} line, and the moment
     * {@code /proc/uptime} was read.
     *
     * @throws IllegalArgumentException when either does not read as Linux writes it
     */
    static long millisSinceStart(String stat, String uptime) {
        // The command's name, field 2, is in parentheses and may itself hold spaces and parentheses: count after the last.
        int close = stat.lastIndexOf(')');
        if (close < 0) {
            throw new IllegalArgumentException("no command name in " + stat);
        }
        String[] after = stat.substring(close + 1).trim().split("\\s+");
        // after[0] is field 3 (the state); the start time is field 22.
        if (after.length < 20) {
            throw new IllegalArgumentException("too few fields in " + stat);
        }
        long startTicks = Long.parseLong(after[19]);
        String[] up = uptime.trim().split("\\s+");
        double upSeconds = Double.parseDouble(up[0]);
        long upMillis = Math.round(upSeconds * 1000);
        return upMillis - startTicks * 1000 / TICKS_PER_SECOND;
    }
}
