package org.commissioningexplorer.ui.state;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.commissioningexplorer.core.data.DatasetLoader;
import org.commissioningexplorer.core.data.LoadResult;
import org.commissioningexplorer.core.data.Problem;
import org.commissioningexplorer.core.model.DatasetInfo;
import org.commissioningexplorer.core.model.Period;
import org.commissioningexplorer.core.query.DatasetQueries;
import org.commissioningexplorer.ui.common.BackgroundRunner;
import org.commissioningexplorer.ui.common.Texts;

/**
 * The open dataset and the opening of others: loading (off the UI thread, with its queries and search index; at
 * start-up, a dataset read already is opened at once),
 * the problems of the last dataset that failed to open, and the line naming the open one. A failed open never
 * replaces the open dataset; a failed {@code --data} file at start-up falls back to the bundled dataset. A new
 * open, or Cancel, supersedes one still running, so a load that hangs never blocks the next.
 */
public final class DatasetSession {

    private final BackgroundRunner runner;
    private final StatusLine status;
    private final Consumer<OpenDataset> opened;
    private final ReadOnlyObjectWrapper<OpenDataset> dataset = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper problemTitle = new ReadOnlyStringWrapper("");
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    /** Set while the bundled dataset opens in place of a failed --data file, whose problems stay listed. */
    private boolean keepProblemsOnce;
    /** Counts the loads started: a load's outcome counts only while it is the latest (a later one or Cancel wins). */
    private long generation;
    private String loadingName;

    /** {@code opened} hears of each dataset that opens, after the {@link #datasetProperty()} has changed. */
    DatasetSession(BackgroundRunner runner, StatusLine status, Consumer<OpenDataset> opened) {
        this.runner = runner;
        this.status = status;
        this.opened = opened;
    }

    /** The open dataset, or null before the first one opens. */
    public ReadOnlyObjectProperty<OpenDataset> datasetProperty() {
        return dataset.getReadOnlyProperty();
    }

    public OpenDataset dataset() {
        return dataset.get();
    }

    /** The queries of the open dataset, or null. */
    public DatasetQueries queries() {
        return dataset.get() == null ? null : dataset.get().queries();
    }

    /** The file of the open dataset, or null for the bundled one. */
    public Path currentPath() {
        return dataset.get() == null ? null : dataset.get().path();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** "Title · Edition … · source" of the open dataset. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Empty when there is nothing to report; otherwise the headline over {@link #problems()}. */
    public ReadOnlyStringProperty problemTitleProperty() {
        return problemTitle.getReadOnlyProperty();
    }

    /** The errors and warnings of the last dataset that failed to open. */
    public ObservableList<Problem> problems() {
        return problems;
    }

    /** Opens {@code path}, or the bundled dataset when null; if {@code path} fails, the bundled one instead. */
    public void openInitial(Path path) {
        load(path, path != null, () -> read(path));
    }

    /**
     * As {@link #openInitial(Path)}, for a dataset whose reading {@link #preload started} already. When it has been
     * read by now it opens at once, on this thread, so that a window shown next shows it in its first frame.
     */
    public void openPreloaded(Preload preload) {
        load(preload.path(), preload.path() != null, preload::await, preload.result.isDone() ? AT_ONCE : runner);
    }

    /**
     * {@link BackgroundRunner#sameThread()}, except that what handing over the outcome throws (a bug) goes to the
     * thread's handler of uncaught exceptions, as from a runLater, rather than out of the window's start: the window
     * still opens and says what went wrong.
     */
    private static final BackgroundRunner AT_ONCE = new BackgroundRunner() {
        @Override
        public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            try {
                BackgroundRunner.sameThread().run(work, onSuccess, onFailure);
            } catch (RuntimeException e) {
                Thread t = Thread.currentThread();
                t.getUncaughtExceptionHandler().uncaughtException(t, e);
            }
        }
    };

    /**
     * Starts reading the dataset at {@code path} (the bundled one when null), with its queries and search index,
     * on a thread of its own, before there is a window to show it in: start-up then overlaps the reading with
     * the toolkit's own start.
     */
    public static Preload preload(Path path) {
        CompletableFuture<Loaded> result = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try {
                result.complete(read(path));
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        }, "dataset-preload");
        reader.setDaemon(true);
        reader.start();
        return new Preload(path, result);
    }

    /** A dataset being read ahead of the window; see {@link #preload(Path)}. */
    public static final class Preload {
        private final Path path;
        private final CompletableFuture<Loaded> result;

        private Preload(Path path, CompletableFuture<Loaded> result) {
            this.path = path;
            this.result = result;
        }

        /** The dataset's main file, or null for the bundled one. */
        public Path path() {
            return path;
        }

        /** Waits until the reading has ended, however it ended (for tests). */
        void awaitRead() {
            result.handle((loaded, failure) -> null).join();
        }

        private Loaded await() throws Exception {
            try {
                return result.get();
            } catch (ExecutionException e) {
                throw e.getCause() instanceof Exception cause ? cause : e;
            }
        }
    }

    /** Opens another dataset; if it has errors they are listed and the open dataset stays. */
    public void open(Path path) {
        load(path, false, () -> read(path));
    }

    /** Reads the open dataset again from where it came from (picks up a trainer's edits). */
    public void reload() {
        Path path = currentPath();
        load(path, false, () -> read(path));
    }

    public void dismissProblems() {
        problems.clear();
        problemTitle.set("");
    }

    /**
     * Stops waiting for the dataset being opened: whatever it gives later is ignored, the open dataset stays, and
     * Open and Reload work again at once. A load that hangs (a file on a lost network drive) never blocks the next.
     */
    public void cancelLoading() {
        if (!loading.get()) {
            return;
        }
        generation++;
        loading.set(false);
        keepProblemsOnce = false;
        if (dataset.get() == null) {
            // Nothing open yet (the start-up file hangs): the bundled dataset, rather than an empty window.
            openBundledInstead(Texts.format("problems.cancelledBundled", loadingName));
            return;
        }
        status.say(Texts.format("status.openCancelled", loadingName));
    }

    /** The open dataset's counts in the status bar (as after it opened); nothing when none is open. */
    private void sayCounts() {
        OpenDataset data = dataset.get();
        status.say(data == null ? "" : Texts.format("status.bodies", data.dataset().bodies().size(), data.warnings()));
    }

    private void load(Path path, boolean fallBackToBundled, Callable<Loaded> reading) {
        load(path, fallBackToBundled, reading, runner);
    }

    private void load(Path path, boolean fallBackToBundled, Callable<Loaded> reading, BackgroundRunner runner) {
        long mine = ++generation; // a load still running is superseded: its outcome will be ignored
        loading.set(true);
        String name = path == null ? Texts.get("dataset.bundledName") : path.getFileName().toString();
        loadingName = name;
        status.say(Texts.format("status.opening", name));
        runner.run(reading,
                loaded -> {
                    if (mine == generation) {
                        finish(name, loaded, fallBackToBundled);
                    }
                },
                failure -> {
                    if (mine != generation) {
                        return;
                    }
                    loading.set(false);
                    sayCounts();
                    problems.setAll(List.of());
                    keepProblemsOnce = false;
                    String why = failure.getMessage() != null ? failure.getMessage() : failure.toString();
                    if (dataset.get() == null && fallBackToBundled) {
                        openBundledInstead(Texts.format("problems.failedBundled", name, why));
                    } else {
                        // Say the open dataset is unchanged only when there is one.
                        problemTitle.set(Texts.format(dataset.get() == null ? "problems.couldNotOpenNothingOpen"
                                : "problems.couldNotOpen", name, why));
                    }
                });
    }

    /** Nothing is open yet and the file failed: the window gets the bundled dataset, with why above it. */
    private void openBundledInstead(String why) {
        problemTitle.set(why);
        keepProblemsOnce = true;
        load(null, false, () -> read(null));
    }

    /** What a load gave: the problems, and the dataset when it opened. */
    private record Loaded(LoadResult result, OpenDataset data) {
    }

    /**
     * Runs off the UI thread: the queries are built here, and the search index starts building on a thread of its
     * own, so the window shows the dataset without waiting for the index, which is ready long before a search.
     */
    private static Loaded read(Path path) {
        LoadResult result = path == null ? DatasetLoader.loadBundled() : DatasetLoader.load(path);
        if (!result.ok()) {
            return new Loaded(result, null);
        }
        DatasetQueries q = new DatasetQueries(result.dataset().orElseThrow());
        return new Loaded(result, new OpenDataset(q, OpenDataset.startIndexing(q), path, result.warnings().size()));
    }

    private void finish(String name, Loaded loaded, boolean fallBackToBundled) {
        LoadResult result = loaded.result();
        loading.set(false);
        if (loaded.data() == null) {
            problems.setAll(result.problems());
            int errors = result.errors().size();
            if (dataset.get() != null) {
                problemTitle.set(Texts.format("problems.errorsKept", name, errors));
            } else if (fallBackToBundled) {
                openBundledInstead(Texts.format("problems.errorsBundled", name, errors));
            } else {
                problemTitle.set(Texts.format("problems.errors", name, errors));
            }
            if (!loading.get()) {
                sayCounts();
            }
            return;
        }
        if (keepProblemsOnce) {
            keepProblemsOnce = false;
        } else {
            dismissProblems();
        }
        OpenDataset data = loaded.data();
        DatasetInfo info = data.dataset().info();
        summary.set(Texts.format("status.dataset", info.title(), Period.format(info.edition()),
                data.path() == null ? Texts.get("status.bundled") : data.path().toString()));
        dataset.set(data);
        sayCounts();
        opened.accept(data);
    }

    /**
     * Runs {@code then} on the UI thread once the dataset's search index is built: at once if it is, else when the
     * thread building it is done (a large dataset's takes seconds), so that nothing on the UI thread waits for it.
     */
    public void whenIndexed(OpenDataset data, Runnable then) {
        if (data.indexing().isDone()) {
            then.run();
            return;
        }
        runner.run(() -> data.indexing().join(), index -> then.run(), failure -> then.run());
    }
}
