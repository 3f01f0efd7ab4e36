package org.commissioningexplorer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The classes a start of the window loads ({@value #LIST}, one name a line, made by
 * {@code src/packaging/make-class-list.sh}), loaded without running any of them, so that a JVM started with
 * {@code -XX:ArchiveClassesAtExit} writes them all into a class-data archive (AppCDS) that the packaged launcher
 * then maps instead of reading, checking and linking each class again at every start. No display is needed:
 * nothing is initialised. The installers make the archive where the app is installed, as Java 17 uses an archive
 * only with the class path it was made with.
 */
final class StartupClasses {

    static final String LIST = "/org/commissioningexplorer/startup-classes.txt";

    private StartupClasses() {
    }

    /** Loads every class named in the list that this runtime has; returns how many were loaded and how many listed. */
    static int[] load(ClassLoader loader) {
        int loaded = 0;
        int listed = 0;
        try (InputStream in = StartupClasses.class.getResourceAsStream(LIST)) {
            if (in == null) {
                throw new IllegalStateException(LIST + " is not in the jar");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String name = line.strip();
                if (name.isEmpty() || name.startsWith("#")) {
                    continue;
                }
                listed++;
                try {
                    Class.forName(name, false, loader);
                    loaded++;
                } catch (ClassNotFoundException | LinkageError e) {
                    // renamed since the list was made, or not in this runtime: the archive just lacks it
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new int[] {loaded, listed};
    }
}
