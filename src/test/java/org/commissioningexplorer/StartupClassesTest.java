package org.commissioningexplorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The list of classes the installers archive is a window's start, and up to date with the code. */
class StartupClassesTest {

    private static List<String> listed() throws IOException {
        try (InputStream in = StartupClasses.class.getResourceAsStream(StartupClasses.LIST)) {
            assertNotNull(in, StartupClasses.LIST);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        }
    }

    @Test
    void theListIsOfTheWindowsStartTreeAndDetailPaneIncluded() throws IOException {
        List<String> names = listed();
        for (String c : List.of("org.commissioningexplorer.ui.ExplorerApp",
                "org.commissioningexplorer.ui.main.MainWindowController", "org.commissioningexplorer.ui.tree.BodyTreeCell",
                "javafx.scene.control.TreeView", "com.fasterxml.jackson.core.JsonFactory")) {
            assertTrue(names.contains(c), c + " is not in the list");
        }
        assertTrue(names.size() > 2000, "only " + names.size());
        assertTrue(names.stream().noneMatch(n -> n.contains("$$Lambda") || n.contains("/")), "a class Java makes itself");
    }

    @Test
    void everyClassOfTheAppInTheListStillExists() throws IOException {
        for (String name : listed()) {
            if (name.startsWith("org.commissioningexplorer.")) {
                try {
                    Class.forName(name, false, getClass().getClassLoader());
                } catch (ClassNotFoundException e) {
                    throw new AssertionError(name + " is gone: run src/packaging/make-class-list.sh", e);
                }
            }
        }
    }

    @Test
    void loadingCountsWhatIsListedAndLoadsEveryClassOfTheApp() throws IOException {
        // The list is of a start on Linux with Java 17: another OS or Java lacks some of its JDK and JavaFX classes,
        // which the archive then just lacks; the app's own are on every one.
        List<String> names = listed();
        long own = names.stream().filter(n -> n.startsWith("org.commissioningexplorer.")).count();
        int[] counts = StartupClasses.load(getClass().getClassLoader());
        assertEquals(names.size(), counts[1]);
        assertTrue(counts[0] >= own && counts[0] <= counts[1], counts[0] + " of " + counts[1] + ", " + own + " the app's");
        assertTrue(own > 100, "only " + own + " of the app's classes");
    }
}
