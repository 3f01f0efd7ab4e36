package org.commissioningexplorer.core.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.commissioningexplorer.core.AtomicFile;
import org.commissioningexplorer.core.model.Body;
import org.commissioningexplorer.core.model.Code;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real kill: another JVM saves a note, stops between writing the temporary file and moving it into place, and
 * is killed there. The notes file it leaves is the old one, whole.
 */
class KilledWhileSavingTest {

    @TempDir
    Path dir;

    /** The process that is killed: saves one note, says "written" when the bytes are on disk, then waits. */
    public static void main(String[] args) throws IOException {
        NotesStore s = NotesStore.open(Path.of(args[0]), java.time.Clock.systemUTC(), (written, target) -> {
            System.out.println("written");
            System.out.flush();
            System.in.read(); // the test kills this process here
            AtomicFile.ATOMIC.move(written, target);
        });
        s.setText(body(), "The new note, never moved into place");
    }

    private static Body body() {
        return new Body("ccg-06W", "NHS Norwich CCG", "ccg", List.of(new Code("ODS", "06W", null)), null, null, "",
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    @Test
    void aProcessKilledBetweenWriteAndMoveLeavesTheOldNotesWhole() throws Exception {
        NotesStore.open(dir).setText(body(), "The note as it was");
        String before = Files.readString(dir.resolve("notes.json"));

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                KilledWhileSavingTest.class.getName(), dir.toString()).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            do {
                line = out.readLine();
            } while (line != null && !line.equals("written"));
            assertEquals("written", line, "the child saved up to the move");
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        }

        assertEquals(before, Files.readString(dir.resolve("notes.json")));
        assertTrue(Files.readString(AtomicFile.temporaryFor(dir.resolve("notes.json"))).contains("never moved"));
        NotesStore after = NotesStore.open(dir);
        assertTrue(after.damage().isEmpty());
        assertEquals("The note as it was", after.get("ccg-06W").orElseThrow().text());
    }
}
