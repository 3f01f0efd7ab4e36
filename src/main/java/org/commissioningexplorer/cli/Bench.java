package org.commissioningexplorer.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.commissioningexplorer.core.data.DatasetLoader;
import org.commissioningexplorer.core.data.LoadResult;
import org.commissioningexplorer.core.model.Body;
import org.commissioningexplorer.core.model.Dataset;
import org.commissioningexplorer.core.query.DatasetQueries;
import org.commissioningexplorer.core.search.Normaliser;
import org.commissioningexplorer.core.search.SearchIndex;

/**
 * The {@code bench} command: how long loading, indexing and searching take, on the bundled dataset and on a
 * made-up one of any size ({@link SyntheticDataset}). Plain text; times are wall-clock in this process.
 */
final class Bench {

    static final int DEFAULT_BODIES = 100_000;
    static final int QUERIES = 200;
    static final int ROUNDS = 20;
    static final int WARM_LOADS = 5;
    /** As many hits as a window shows at once. */
    static final int LIMIT = 100;
    /** Every other query is asked as of this day. */
    static final LocalDate AS_OF = LocalDate.of(2019, 4, 1);

    /** Queries a user types: codes, names and their starts, typos, '&', roles, services, document titles. */
    static final List<String> TYPED = List.of("06W", "qmm", "26a", "E38000131", "n", "no", "nor", "norw", "norwi",
            "norwich", "Norwhich", "Norwich CCG", "NHS Norwich", "Darlingtn", "darlington",
            "bath & north east somerset", "bath and north east somerset", "Bath & NE Somerset", "registered nurse",
            "nurse", "dentistry", "dentists", "pharmacy", "opticians", "terms of reference", "audit committee", "audit",
            "governing body", "executive team", "health and wellbeing board", "integrated care board", "sub-icb",
            "nhs england", "london", "north east", "south west", "east of england", "cambridgeshire & peterborough",
            "leeds", "greater manchester", "Mancester", "birmingham & solihull", "Birmingam", "Leicestershre",
            "Nottinghm", "kingston upon hull", "st helens", "stoke on trent", "isle of wight", "newcastle gateshead",
            "berkshire west", "mental health", "urgent and emergency care", "elective", "community health services",
            "secondary care specialist", "director of public health", "elected councillor", "chief executive",
            "finance committee", "quality", "remuneration", "constitution", "wich", "ham", "the", "care",
            "hospitals nhs foundation trust", "ambulance", "partnership");

    private final PrintStream out;
    private final PrintStream err;

    Bench(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(int bodies) {
        out.printf("Search benchmark: Java %s, %d processors, %d MB heap at most; %d queries x %d rounds, at most "
                + "%d hits each, every other query as of %s%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, QUERIES, ROUNDS,
                LIMIT, AS_OF);
        out.println();
        measure("Bundled dataset", DatasetLoader::loadBundled, WARM_LOADS);
        out.println();
        Path dir = null;
        try {
            dir = Files.createTempDirectory("commissioning-bench");
            long t0 = System.nanoTime();
            Path main = SyntheticDataset.write(dir, bodies, SyntheticDataset.SEED);
            long t1 = System.nanoTime();
            long size = Files.size(main);
            out.printf("Synthetic dataset: %d bodies, seed %d, %s of JSON%n", bodies, SyntheticDataset.SEED,
                    size >= 1_000_000 ? String.format("%.1f MB", size / 1e6) : (size + 999) / 1000 + " KB");
            row("generate and write", ms(t1 - t0), "");
            Path file = main;
            // Loading 100,000 bodies takes seconds: fewer warm loads for large sets.
            measure(null, () -> DatasetLoader.load(file), bodies > 20_000 ? 3 : WARM_LOADS);
            out.println();
            if (!StartupBench.displayAvailable()) {
                out.println("The window on it: not measured, there is no display (on a machine without one: xvfb-run "
                        + "java -jar commissioning-explorer.jar bench --bodies " + bodies + ")");
                return CommandLine.OK;
            }
            return window(file, bodies);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(dir);
        }
    }

    /** {@code bench ui --bodies N}: the window alone on a made-up dataset of that size. */
    int runWindow(int bodies) {
        if (!StartupBench.displayAvailable()) {
            err.println("error: bench ui opens a window and needs a display; on a machine without one, run it under "
                    + "Xvfb (xvfb-run java -jar commissioning-explorer.jar bench ui --bodies " + bodies + ")");
            return CommandLine.USAGE;
        }
        Path dir = null;
        try {
            dir = Files.createTempDirectory("commissioning-bench");
            return window(SyntheticDataset.write(dir, bodies, SyntheticDataset.SEED), bodies);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(dir);
        }
    }

    /** The window on the made-up dataset: how long it takes to fill in, and its actions. */
    private int window(Path file, int bodies) {
        return new StartupBench(out, err).runUi(file, String.format(Locale.ROOT, "the made-up dataset (%,d bodies)",
                bodies));
    }

    private void measure(String title, Supplier<LoadResult> load, int warmLoads) {
        long t0 = System.nanoTime();
        LoadResult first = load.get();
        long cold = System.nanoTime() - t0;
        Dataset dataset = first.dataset().orElseThrow(() -> new IllegalStateException(
                "the dataset did not load: " + first.errors().get(0).format()));
        if (title != null) {
            out.printf("%s: %d bodies%n", title, dataset.bodies().size());
        }
        row("load, cold", ms(cold), "");
        long[] warm = new long[warmLoads];
        for (int i = 0; i < warmLoads; i++) {
            long s = System.nanoTime();
            load.get();
            warm[i] = System.nanoTime() - s;
        }
        row("load, warm (median of " + warmLoads + ")", ms(median(warm)), "");

        DatasetQueries queries = new DatasetQueries(dataset);
        long b0 = System.nanoTime();
        SearchIndex index = SearchIndex.build(queries);
        long build = System.nanoTime() - b0;
        long[] builds = new long[3];
        for (int i = 0; i < builds.length; i++) {
            long s = System.nanoTime();
            SearchIndex.build(queries);
            builds[i] = System.nanoTime() - s;
        }
        row("index build, first", ms(build), String.format("%,d words, %,d texts", index.vocabularySize(),
                index.textCount()));
        row("index build, warm (median of " + builds.length + ")", ms(median(builds)), "");

        List<String> list = queries(dataset);
        // The loads above leave hundreds of megabytes of garbage; collect it now, so that the searches are
        // not charged for it (a window does this once, after loading).
        System.gc();
        for (int i = 0; i < list.size(); i++) { // warm-up round, not counted
            index.results(list.get(i), i % 2 == 0 ? null : AS_OF, LIMIT);
        }
        long[] times = new long[list.size() * ROUNDS];
        long[] slowest = new long[list.size()];
        long hits = 0;
        for (int r = 0; r < ROUNDS; r++) {
            for (int i = 0; i < list.size(); i++) {
                long s = System.nanoTime();
                hits += index.results(list.get(i), i % 2 == 0 ? null : AS_OF, LIMIT).totalHits();
                long t = System.nanoTime() - s;
                times[r * list.size() + i] = t;
                slowest[i] = Math.max(slowest[i], t);
            }
        }
        Arrays.sort(times);
        out.printf("  search latency (%d searches)    p50 %s   p90 %s   p99 %s   max %s%n", times.length,
                ms(percentile(times, 50)), ms(percentile(times, 90)), ms(percentile(times, 99)),
                ms(times[times.length - 1]));
        int worst = 0;
        for (int i = 1; i < slowest.length; i++) {
            if (slowest[i] > slowest[worst]) {
                worst = i;
            }
        }
        out.printf("  slowest query                   '%s' (%s at worst); %,d matches per query on average%n",
                list.get(worst), ms(slowest[worst]), hits / times.length);
    }

    private void row(String label, String value, String note) {
        out.printf("  %-31s %10s%s%n", label, value, note.isEmpty() ? "" : "   (" + note + ")");
    }

    /**
     * {@link #QUERIES} queries for a dataset: {@link #TYPED}, then ones made from bodies picked with a fixed
     * seed: a code as written and in lower case, the start of a name, a whole name, a name with a typo, with
     * '&amp;' for 'and', and a word and the start of the next, as someone types them.
     */
    static List<String> queries(Dataset dataset) {
        List<String> list = new ArrayList<>(TYPED);
        List<Body> all = dataset.bodies();
        Random random = new Random(SyntheticDataset.SEED);
        int variant = 0;
        while (list.size() < QUERIES) {
            Body b = all.get(random.nextInt(all.size()));
            List<String> words = Normaliser.coreWords(Normaliser.words(b.name()));
            if (words.isEmpty()) {
                continue;
            }
            String first = words.get(0);
            String q = switch (variant++ % 7) {
                case 0 -> b.primaryCode().orElse(b.name());
                case 1 -> b.primaryCode().orElse(b.id()).toLowerCase(Locale.ROOT);
                case 2 -> first.substring(0, Math.min(first.length(), 3 + random.nextInt(3)));
                case 3 -> b.name();
                case 4 -> typo(words.stream().max(Comparator.comparingInt(String::length)).orElseThrow(), random);
                case 5 -> b.name().contains(" and ") ? b.name().replace(" and ", " & ") : b.name().replace("&", "and");
                default -> words.size() > 1 ? first + " " + words.get(1).substring(0, Math.min(2, words.get(1).length()))
                        : first;
            };
            list.add(q);
        }
        return list;
    }

    /** The word with one letter dropped or two neighbouring letters swapped, past its first two letters. */
    private static String typo(String word, Random random) {
        if (word.length() < 5) {
            return word;
        }
        int i = 2 + random.nextInt(word.length() - 3);
        return random.nextBoolean() ? word.substring(0, i) + word.substring(i + 1)
                : word.substring(0, i) + word.charAt(i + 1) + word.charAt(i) + word.substring(i + 2);
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static long percentile(long[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    static String ms(long nanos) {
        double ms = nanos / 1e6;
        return ms >= 100 ? String.format("%.0f ms", ms) : ms >= 10 ? String.format("%.1f ms", ms)
                : String.format("%.2f ms", ms);
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
