package org.commissioningexplorer.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ProcessClockTest {

    private static final String CAT = "4108 (cat) R 4106 4106 1124 0 -1 4194304 98 0 0 0 0 0 0 0 20 0 1 0 85066 3133440"
            + " 413 18446744073709551615 94219805863936 94219805883817 140723208315584 0 0 0 0 0 0 0 0 0 17 1 0 0 0 0\n";

    @Test
    void countsFromTheProcessStartToTheUptimeBothSinceBoot() {
        // Started 850.66 s after boot, read at 852.41 s: 1.75 s.
        assertEquals(1750, ProcessClock.millisSinceStart(CAT, "852.41 1515.77\n"));
    }

    @Test
    void aCommandNameWithSpacesAndParenthesesDoesNotShiftTheFields() {
        String odd = CAT.replace("(cat)", "(my (odd) cmd)");
        assertEquals(340, ProcessClock.millisSinceStart(odd, "851.00 1.00"));
    }

    @Test
    void aLineThatDoesNotReadAsLinuxWritesItIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ProcessClock.millisSinceStart("4108 cat R 1 2", "1.0 1.0"));
        assertThrows(IllegalArgumentException.class, () -> ProcessClock.millisSinceStart("4108 (cat) R 1 2", "1.0 1.0"));
    }

    @Test
    void thisProcessHasBeenRunningForAWhileAndNotForever() {
        long ms = ProcessClock.millisSinceStart();
        assertTrue(ms > 0 && ms < 24L * 3600 * 1000, "ms=" + ms);
    }
}
