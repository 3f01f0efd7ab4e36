package org.commissioningexplorer.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shape of the code, read from the main sources (imports and fully qualified names alike): packages
 * point one way, the core has no JavaFX, and the window's features reach each other only through shared
 * state. The README's "For developers" section describes the same layers.
 */
class PackageDependenciesTest {

    private static final Path MAIN = Path.of("src/main/java");
    private static final String ROOT = "org.commissioningexplorer";
    private static final Pattern REFERENCE = Pattern.compile("\\borg\\.commissioningexplorer((?:\\.[a-z][a-z0-9]*)*)\\.[A-Z]");
    private static final Pattern FX = Pattern.compile("\\b(javafx\\.[a-z]|org\\.controlsfx)");

    /** The window's shared packages: every feature may use them; they use no feature. */
    private static final Set<String> UI_SHARED = Set.of("ui.common", "ui.state", "ui.docs");
    /** Packages that put the features together: the window's shell and the application. */
    private static final Set<String> UI_SHELL = Set.of("ui.main", "ui");

    /** Package (relative to the root, "" for the root) → the packages it refers to. */
    private static final Map<String, Set<String>> USES = new TreeMap<>();
    private static final Map<String, List<String>> FX_FILES = new TreeMap<>();

    @BeforeAll
    static void read() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(MAIN)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).toList();
        }
        assertTrue(files.size() > 50, "the sources were found");
        for (Path f : files) {
            String pkg = MAIN.relativize(f.getParent()).toString().replace(f.getFileSystem().getSeparator(), ".");
            String own = pkg.equals(ROOT.replace('.', '/')) || pkg.equals(ROOT) ? "" : pkg.substring(ROOT.length() + 1);
            String text = Files.readString(f);
            Set<String> uses = USES.computeIfAbsent(own, k -> new TreeSet<>());
            Matcher m = REFERENCE.matcher(text);
            while (m.find()) {
                String target = m.group(1).isEmpty() ? "" : m.group(1).substring(1);
                if (!target.equals(own)) {
                    uses.add(target);
                }
            }
            if (FX.matcher(text).find()) {
                FX_FILES.computeIfAbsent(own, k -> new ArrayList<>()).add(f.getFileName().toString());
            }
        }
    }

    @Test
    void theCoreHasNoJavaFxNorControlsFx() {
        Map<String, List<String>> inCore = new TreeMap<>();
        FX_FILES.forEach((pkg, names) -> {
            if (pkg.equals("core") || pkg.startsWith("core.")) {
                inCore.put(pkg, names);
            }
        });
        assertEquals(Map.of(), inCore, "core classes that refer to javafx or org.controlsfx");
        assertTrue(FX_FILES.containsKey("ui.main"), "the check sees JavaFX where it is");
    }

    @Test
    void noPackageCycles() {
        List<List<String>> cycles = cycles(USES);
        assertEquals(List.of(), cycles, "packages that depend on each other, directly or round a loop");
    }

    @Test
    void theCoreUsesNeitherTheWindowNorTheCommandLine() {
        USES.forEach((pkg, uses) -> {
            if (pkg.startsWith("core")) {
                for (String u : uses) {
                    assertTrue(u.startsWith("core"), pkg + " uses " + u);
                }
            }
        });
    }

    @Test
    void featuresUseSharedStateAndCommonCodeNeverEachOtherOrTheShell() {
        assertTrue(USES.containsKey("ui.state") && USES.containsKey("ui.tree"), "the window's packages were read");
        USES.forEach((pkg, uses) -> {
            boolean ui = pkg.equals("ui") || pkg.startsWith("ui.");
            if (!ui || UI_SHELL.contains(pkg)) {
                return;
            }
            for (String u : uses) {
                boolean allowed = u.startsWith("core") || UI_SHARED.contains(u) && below(u, pkg);
                assertTrue(allowed, pkg + " uses " + u + ": " + (isFeature(u) ? "features talk through ui.state"
                        : UI_SHELL.contains(u) ? "nothing points back up at the shell" : "shared code uses no feature"));
            }
        });
    }

    /** ui.common, then ui.state, then ui.docs: each may use the ones before it; features may use all three. */
    private static boolean below(String used, String user) {
        List<String> order = List.of("ui.common", "ui.state", "ui.docs");
        int u = order.indexOf(used);
        int by = order.indexOf(user);
        return by < 0 || u < by;
    }

    private static boolean isFeature(String pkg) {
        return pkg.startsWith("ui.") && !UI_SHARED.contains(pkg) && !UI_SHELL.contains(pkg);
    }

    @Test
    void theCycleFinderFindsACycle() {
        Map<String, Set<String>> g = Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"), "d", Set.of("a"));
        assertEquals(List.of(List.of("a", "b", "c")), cycles(g));
    }

    /** The strongly connected components with more than one package (Tarjan), each sorted. */
    static List<List<String>> cycles(Map<String, Set<String>> graph) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new TreeSet<>();
        List<List<String>> out = new ArrayList<>();
        int[] counter = {0};
        for (String v : new TreeSet<>(graph.keySet())) {
            if (!index.containsKey(v)) {
                connect(v, graph, index, low, stack, onStack, out, counter);
            }
        }
        return out;
    }

    private static void connect(String v, Map<String, Set<String>> graph, Map<String, Integer> index,
                                Map<String, Integer> low, Deque<String> stack, Set<String> onStack,
                                List<List<String>> out, int[] counter) {
        index.put(v, counter[0]);
        low.put(v, counter[0]);
        counter[0]++;
        stack.push(v);
        onStack.add(v);
        for (String w : graph.getOrDefault(v, Set.of())) {
            if (!index.containsKey(w)) {
                connect(w, graph, index, low, stack, onStack, out, counter);
                low.put(v, Math.min(low.get(v), low.get(w)));
            } else if (onStack.contains(w)) {
                low.put(v, Math.min(low.get(v), index.get(w)));
            }
        }
        if (low.get(v).equals(index.get(v))) {
            List<String> component = new ArrayList<>();
            String w;
            do {
                w = stack.pop();
                onStack.remove(w);
                component.add(w);
            } while (!w.equals(v));
            if (component.size() > 1) {
                component.sort(null);
                out.add(component);
            }
        }
    }
}
