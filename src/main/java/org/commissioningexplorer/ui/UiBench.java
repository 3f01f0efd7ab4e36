package org.commissioningexplorer.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.animation.PauseTransition;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.util.Duration;
import org.commissioningexplorer.core.ProcessClock;
import org.commissioningexplorer.core.model.Body;
import org.commissioningexplorer.core.query.DatasetQueries;
import org.commissioningexplorer.core.search.SearchHit;
import org.commissioningexplorer.core.time.Eras;
import org.commissioningexplorer.ui.map.MapMetrics;
import org.commissioningexplorer.ui.state.ExplorerState;

/**
 * {@code --measure-ui}: once the window has started, does what a trainer does many times over, on the UI
 * thread, and prints for each kind of action the median and 99th percentile of the time the UI thread was
 * busy with it: the action itself, then the layout pass it caused (the frame is drawn after it). One frame
 * at 60 Hz is 16.7 ms. Where the JVM has java.management it prints the UI thread's CPU time for the same span
 * too: on a machine other programs keep busy, the wall time includes the waits for a core, the CPU time does not,
 * so the CPU figures are the ones to compare before and after a change.
 */
final class UiBench {

    /** Rounds of the actions; -Dbench.rounds=N for more (the bench's own JVM options reach the window's JVM). */
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 30);
    private static final String MAP_DATE = "move the date, map open";
    private static final List<String> QUERIES = List.of("norwich", "06W", "leeds", "QMM", "birmingham", "nurse",
            "dentistry", "kent", "audit committee", "london");
    /** Typed into the search box a letter at a time: a place, a role, a committee, a service, a code. */
    private static final List<String> TYPED = List.of("norwich", "nurse", "audit committee", "dentistry", "06w");
    private static final String TYPE = "type a letter in the search";

    private record Action(String name, Runnable step, BooleanSupplier ready) {
        Action(String name, Runnable step) {
            this(name, step, () -> true);
        }
    }

    private final Scene scene;
    private final ExplorerState state;
    /** On the bundled dataset the map is opened too; another dataset's bodies are not on its boundaries. */
    private final boolean bundled;
    private final List<Action> plan = new ArrayList<>();
    /** The busy nanoseconds of each action, by its name, in the order the names first came. */
    private final Map<String, List<Long>> results = new LinkedHashMap<>();
    /** The UI thread's CPU nanoseconds of each action, by its name; empty when they cannot be measured. */
    private final Map<String, List<Long>> cpu = new LinkedHashMap<>();
    private int index;
    private boolean waiting;
    private long layoutStarted;
    private long busy;
    private long cpuStarted;
    private long firstDraw = -1;
    private int mapDraws;

    private UiBench(Scene scene, ExplorerState state, boolean bundled) {
        this.scene = scene;
        this.state = state;
        this.bundled = bundled;
    }

    /**
     * Once the window shows the dataset (the layout pass after which {@code filledIn} holds: its frame is drawn
     * next), prints how long that took from the start of the process and starts the actions; prints the figures and
     * exits when done.
     */
    static void runWhenReady(Scene scene, ExplorerState state, boolean bundled, BooleanSupplier filledIn) {
        UiBench bench = new UiBench(scene, state, bundled);
        Runnable[] check = new Runnable[1];
        check[0] = () -> {
            if (state.session().dataset() != null && filledIn.getAsBoolean()) {
                scene.removePostLayoutPulseListener(check[0]);
                System.out.printf(Locale.ROOT, "ui %-28s %d ms after the process started (%,d bodies)%n",
                        "window filled in", ProcessClock.millisSinceStart(), state.session().dataset().dataset().bodies().size());
                // The actions start once the search index is built: a search typed before then waits for it
                // without holding up the window (SearchViewModel), and the bench's searches, made directly, would.
                state.session().whenIndexed(state.session().dataset(), () -> Platform.runLater(bench::start));
            }
        };
        scene.addPostLayoutPulseListener(check[0]);
        Platform.requestNextPulse();
    }

    private void start() {
        DatasetQueries q = state.session().queries();
        Body england = q.lookup("nhs-england").orElse(q.roots().get(0));
        List<LocalDate> changes = Eras.changeDates(q.lifetimes(), LocalDate.now());
        for (int r = 0; r < ROUNDS; r++) {
            String query = QUERIES.get(r % QUERIES.size());
            plan.add(new Action("open a search result", () -> {
                List<SearchHit> hits = state.session().dataset().index().search(query, state.asAt().get(), 60);
                if (!hits.isEmpty()) {
                    state.navigation().reveal(hits.get(0).body());
                }
            }));
            plan.add(new Action("follow a link", () -> {
                Body here = state.navigation().selected();
                var links = here == null ? List.<org.commissioningexplorer.core.query.Link>of() : q.links(here);
                state.navigation().go(!links.isEmpty() ? links.get(links.size() / 2).other().id() : nearby(q, here, england));
            }));
            // A jump across the years from where the date is, then the next change after it, as the timeline's
            // arrow keys step: both always to another day.
            plan.add(new Action("move the date", () -> state.asAt().set(changeAfter(changes, changes.size() / 2))));
            plan.add(new Action("drag the timeline one tick", () -> state.asAt().set(changeAfter(changes, 1))));
            plan.add(new Action("open NHS England", () -> state.navigation().select(england)));
        }
        planTyping();
        if (bundled) {
            planMap(changes);
        }
        String only = System.getProperty("bench.only"); // to profile one kind of action: -Dbench.only=drag
        if (only != null) {
            plan.removeIf(a -> !a.name().startsWith(only));
        }
        scene.addPreLayoutPulseListener(() -> layoutStarted = System.nanoTime());
        scene.addPostLayoutPulseListener(this::afterLayout);
        Platform.runLater(this::next);
    }

    /**
     * Where a body without links leads instead: one of its parts, else the body it is part of, else NHS England. Not
     * NHS England first: it would often be shown already (on a made-up dataset no body has links), and the next
     * action, opening NHS England, would then cost nothing.
     */
    private static String nearby(DatasetQueries q, Body here, Body england) {
        if (here == null) {
            return england.id();
        }
        List<Body> parts = q.children(here.id());
        if (!parts.isEmpty()) {
            return parts.get(parts.size() / 2).id();
        }
        return here.parent() != null ? here.parent() : england.id();
    }

    /** Types queries into the window's search box a letter at a time, as a trainer does, then clears it. */
    private void planTyping() {
        if (!(scene.lookup(".search-field") instanceof javafx.scene.control.TextField field)) {
            return;
        }
        for (int pass = 0; pass < 2; pass++) {
            for (String query : TYPED) {
                for (int n = 1; n <= query.length(); n++) {
                    String typed = query.substring(0, n);
                    plan.add(new Action(TYPE, () -> field.setText(typed)));
                }
                plan.add(new Action("clear the search", field::clear));
            }
        }
    }

    /** The change {@code steps} after the last one on or before the date shown (round the list), never that one. */
    private LocalDate changeAfter(List<LocalDate> changes, int steps) {
        LocalDate now = state.asAt().get();
        int at = 0;
        for (int i = 0; i < changes.size(); i++) {
            if (!changes.get(i).isAfter(now)) {
                at = i;
            }
        }
        LocalDate to = changes.get((at + Math.max(1, steps)) % changes.size());
        return to.equals(now) ? changes.get((at + 1) % changes.size()) : to;
    }

    /**
     * Opens the map (View › Map) and, once its boundaries are loaded in the background and drawn, moves the date
     * with the map showing; the first draw's own time is printed too.
     */
    private void planMap(List<LocalDate> changes) {
        Runnable toggle = scene.getAccelerators().get(new KeyCodeCombination(KeyCode.M, KeyCombination.SHORTCUT_DOWN));
        if (toggle == null) {
            return;
        }
        plan.add(new Action("open the map", toggle));
        plan.add(new Action("map drawn", () -> firstDraw = MapMetrics.of(scene).lastDrawNanos(),
                () -> MapMetrics.of(scene).draws() > 0));
        for (int r = 0; r < ROUNDS; r++) {
            LocalDate to = changes.get(r % changes.size());
            plan.add(new Action(MAP_DATE, () -> state.asAt().set(to)));
        }
    }

    private void next() {
        if (index == plan.size()) {
            report();
            Platform.exit();
            return;
        }
        if (!plan.get(index).ready().getAsBoolean()) {
            PauseTransition wait = new PauseTransition(Duration.millis(20));
            wait.setOnFinished(e -> next());
            wait.play();
            return;
        }
        long started = System.nanoTime();
        cpuStarted = CpuClock.now();
        try {
            plan.get(index).step().run();
        } catch (RuntimeException e) {
            System.err.println("error: '" + plan.get(index).name() + "' failed: " + e);
            System.exit(1);
        }
        busy = System.nanoTime() - started;
        waiting = true; // the next layout pass belongs to this action
        Platform.requestNextPulse(); // even an action that changed nothing gets its pass
    }

    private void afterLayout() {
        if (!waiting) {
            return;
        }
        waiting = false;
        busy += System.nanoTime() - layoutStarted;
        results.computeIfAbsent(plan.get(index).name(), k -> new ArrayList<>()).add(busy);
        if (cpuStarted >= 0) {
            cpu.computeIfAbsent(plan.get(index).name(), k -> new ArrayList<>()).add(CpuClock.now() - cpuStarted);
        }
        if (plan.get(index).name().equals(MAP_DATE)) {
            MapMetrics m = MapMetrics.of(scene);
            if (m.draws() > mapDraws) {
                results.computeIfAbsent("  of which the map's redraw", k -> new ArrayList<>()).add(m.lastDrawNanos());
            }
            mapDraws = m.draws();
        }
        index++;
        Platform.runLater(this::next);
    }

    private void report() {
        results.forEach((name, times) -> {
            long[] v = sorted(times);
            String cpuFigures = "";
            if (cpu.containsKey(name)) {
                long[] c = sorted(cpu.get(name));
                cpuFigures = String.format(Locale.ROOT, "  cpu p50=%.1f ms  p99=%.1f ms", c[c.length / 2] / 1e6,
                        c[p99(c)] / 1e6);
            }
            System.out.printf(Locale.ROOT, "ui %-28s p50=%.1f ms  p99=%.1f ms  worst=%.1f ms  (%d times)%s%n", name,
                    v[v.length / 2] / 1e6, v[p99(v)] / 1e6, v[v.length - 1] / 1e6, v.length, cpuFigures);
        });
        if (firstDraw >= 0) {
            System.out.printf(Locale.ROOT, "ui %-28s %.1f ms (drawing England's areas on the canvas)%n",
                    "map first draw", firstDraw / 1e6);
        }
        System.out.flush();
    }

    private static long[] sorted(List<Long> times) {
        return times.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    private static int p99(long[] v) {
        return (int) Math.min(v.length - 1, Math.ceil(v.length * 0.99) - 1);
    }

    /** The UI thread's CPU time, through java.management when the runtime has it (the packaged one does not). */
    private static final class CpuClock {
        private static final boolean AVAILABLE = ModuleLayer.boot().findModule("java.management").isPresent();

        /** Nanoseconds of CPU the calling thread has used, or -1 when that cannot be told. */
        static long now() {
            return AVAILABLE ? Management.cpu() : -1;
        }
    }

    /** Loaded only when java.management is there. */
    private static final class Management {
        private static final java.lang.management.ThreadMXBean THREADS =
                java.lang.management.ManagementFactory.getThreadMXBean();

        static long cpu() {
            return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : -1;
        }
    }
}
