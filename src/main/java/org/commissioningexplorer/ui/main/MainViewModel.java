package org.commissioningexplorer.ui.main;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.commissioningexplorer.core.data.DatasetLoader;
import org.commissioningexplorer.core.data.LoadResult;
import org.commissioningexplorer.core.data.Problem;
import org.commissioningexplorer.core.model.Body;
import org.commissioningexplorer.core.model.DatasetInfo;
import org.commissioningexplorer.core.model.Period;
import org.commissioningexplorer.core.query.DatasetQueries;
import org.commissioningexplorer.core.search.SearchIndex;
import org.commissioningexplorer.core.time.AsOf;
import org.commissioningexplorer.core.time.Eras;
import org.commissioningexplorer.ui.common.BackgroundRunner;
import org.commissioningexplorer.ui.common.Settings;

/**
 * The state of one explorer window: the open dataset, the selected body, loading progress and the
 * problems of the last dataset that failed to open. A failed open never replaces the open dataset.
 */
public final class MainViewModel {

    static final String AS_OF_KEY = "asOf";
    private static final int HISTORY_LIMIT = 200;

    private final BackgroundRunner runner;
    private final Settings settings;
    private final ObjectProperty<LocalDate> asOf = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper era = new ReadOnlyStringWrapper("");
    private final Deque<String> back = new ArrayDeque<>();
    private final Deque<String> forward = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canGoBack = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canGoForward = new ReadOnlyBooleanWrapper();
    private boolean travelling;
    private final ReadOnlyObjectWrapper<DatasetQueries> queries = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Body> selected = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problemTitle = new ReadOnlyStringWrapper("");
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper datasetSummary = new ReadOnlyStringWrapper("");
    private Path currentPath;
    /** Set while the bundled dataset opens in place of a failed --data file, whose problems stay listed. */
    private boolean keepProblemsOnce;

    public MainViewModel(BackgroundRunner runner) {
        this(runner, Settings.inMemory());
    }

    public MainViewModel(BackgroundRunner runner, Settings settings) {
        this.runner = runner;
        this.settings = settings;
        // Every move to another body goes on the back list, however it was made (tree, link, search).
        selected.addListener((obs, old, body) -> {
            if (!travelling && old != null && (body == null || !old.id().equals(body.id()))) {
                push(back, old.id());
                forward.clear();
                updateHistoryFlags();
            }
        });
        asOf.addListener((obs, old, date) -> {
            if (date != null) {
                settings.put(AS_OF_KEY, date.toString());
            }
            updateEra();
        });
    }

    /** The "as at" date: the tree and every pane show the structure as it was on this day. */
    public ObjectProperty<LocalDate> asOfProperty() {
        return asOf;
    }

    public LocalDate asOf() {
        return asOf.get();
    }

    /** A sentence about the era of the as-at date, for the banner under the timeline. */
    public ReadOnlyStringProperty eraProperty() {
        return era.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canGoBackProperty() {
        return canGoBack.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canGoForwardProperty() {
        return canGoForward.getReadOnlyProperty();
    }

    /** Goes back to the body selected before this one (Alt+Left). */
    public void goBack() {
        travel(back, forward);
    }

    /** Undoes a {@link #goBack()} (Alt+Right). */
    public void goForward() {
        travel(forward, back);
    }

    private void travel(Deque<String> from, Deque<String> to) {
        DatasetQueries q = queries.get();
        while (q != null && !from.isEmpty()) {
            Optional<Body> target = q.dataset().body(from.pop());
            if (target.isPresent()) {
                if (selected.get() != null) {
                    push(to, selected.get().id());
                }
                travelling = true;
                try {
                    selected.set(target.get());
                } finally {
                    travelling = false;
                }
                break;
            }
        }
        updateHistoryFlags();
    }

    private static void push(Deque<String> stack, String id) {
        if (!id.equals(stack.peek())) {
            stack.push(id);
        }
        while (stack.size() > HISTORY_LIMIT) {
            stack.removeLast();
        }
    }

    private void updateHistoryFlags() {
        canGoBack.set(!back.isEmpty());
        canGoForward.set(!forward.isEmpty());
    }

    /**
     * Selects the body and, if it did not exist on the as-at date, moves the date to the nearest day it
     * existed, saying so in the status bar (search results and "show in tree" use this).
     */
    public void reveal(Body body) {
        DatasetQueries q = queries.get();
        if (q == null || body == null) {
            return;
        }
        LocalDate date = asOf.get();
        if (date != null && !q.existedOn(body, date)) {
            LocalDate then = Eras.nearestDayItExisted(q, body, date);
            asOf.set(then);
            status.set("Moved the date to " + org.commissioningexplorer.core.model.Period.format(then) + ": "
                    + body.name() + " " + AsOf.describe(body, date) + ".");
        }
        selected.set(body);
    }

    /** Puts a short message in the status bar. */
    public void say(String message) {
        status.set(message);
    }

    private Runnable treeFocus = () -> { };

    /** The tree registers how to take the keyboard; "Show in tree" calls it. */
    public void setTreeFocus(Runnable focus) {
        treeFocus = focus;
    }

    public void requestTreeFocus() {
        treeFocus.run();
    }

    /** Follows a link to a body: selects it, moving the date to when it existed if need be. */
    public void go(String id) {
        DatasetQueries q = queries.get();
        if (q != null) {
            q.dataset().body(id).ifPresent(this::reveal);
        }
    }

    private void updateEra() {
        DatasetQueries q = queries.get();
        era.set(q == null || asOf.get() == null ? "" : Eras.describe(q, asOf.get()));
    }

    public ReadOnlyObjectProperty<DatasetQueries> queriesProperty() {
        return queries.getReadOnlyProperty();
    }

    public DatasetQueries queries() {
        return queries.get();
    }

    /** The selected body; the tree, the links and the breadcrumb all set it. */
    public ObjectProperty<Body> selectedProperty() {
        return selected;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** A short message for the status bar about what is happening or just happened. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** "Title · Edition … · source" of the open dataset. */
    public ReadOnlyStringProperty datasetSummaryProperty() {
        return datasetSummary.getReadOnlyProperty();
    }

    /** Empty when there is nothing to report; otherwise the headline over {@link #problems()}. */
    public ReadOnlyStringProperty problemTitleProperty() {
        return problemTitle.getReadOnlyProperty();
    }

    /** The errors and warnings of the last dataset that failed to open. */
    public ObservableList<Problem> problems() {
        return problems;
    }

    /** The file of the open dataset, or null for the bundled one. */
    public Path currentPath() {
        return currentPath;
    }

    /**
     * Opens the bundled dataset, or {@code path} when given. If {@code path} cannot be opened, its
     * problems are listed and the bundled dataset opens instead, so the window is never empty.
     */
    public void openInitial(Path path) {
        load(path, path != null);
    }

    /** Opens another dataset; if it has errors they are listed and the open dataset stays. */
    public void open(Path path) {
        load(path, false);
    }

    /** Reads the open dataset again from where it came from (picks up a trainer's edits). */
    public void reload() {
        load(currentPath, false);
    }

    public void dismissProblems() {
        problems.clear();
        problemTitle.set("");
    }

    public void select(String id) {
        DatasetQueries q = queries.get();
        if (q != null) {
            q.dataset().body(id).ifPresent(selected::set);
        }
    }

    private void load(Path path, boolean fallBackToBundled) {
        if (loading.get()) {
            return;
        }
        loading.set(true);
        String name = path == null ? "the bundled dataset" : path.getFileName().toString();
        status.set("Opening " + name + "…");
        runner.run(() -> prepare(path == null ? DatasetLoader.loadBundled() : DatasetLoader.load(path)),
                loaded -> finish(path, name, loaded, fallBackToBundled),
                failure -> {
                    loading.set(false);
                    status.set("");
                    problems.setAll(List.of());
                    problemTitle.set("Could not open " + name + ": " + failure.getMessage()
                            + ". The dataset already open is unchanged.");
                });
    }

    /** A loaded dataset with its queries and search index, both built off the UI thread. */
    private record Loaded(LoadResult result, DatasetQueries queries) {
    }

    private static Loaded prepare(LoadResult result) {
        if (!result.ok()) {
            return new Loaded(result, null);
        }
        DatasetQueries q = new DatasetQueries(result.dataset().orElseThrow());
        SearchIndex.of(q); // built now, in the background, so the first keystroke in the search box is instant
        return new Loaded(result, q);
    }

    private void finish(Path path, String name, Loaded loaded, boolean fallBackToBundled) {
        LoadResult result = loaded.result();
        loading.set(false);
        if (!result.ok()) {
            problems.setAll(result.problems());
            int errors = result.errors().size();
            String what = "Could not open " + name + ": " + errors + (errors == 1 ? " error" : " errors");
            if (queries.get() != null) {
                problemTitle.set(what + ". The dataset already open is unchanged.");
            } else if (fallBackToBundled) {
                problemTitle.set(what + ". Showing the bundled dataset instead.");
                keepProblemsOnce = true;
                load(null, false);
            } else {
                problemTitle.set(what + ".");
            }
            if (!loading.get()) {
                status.set("");
            }
            return;
        }
        if (keepProblemsOnce) {
            keepProblemsOnce = false;
        } else {
            dismissProblems();
        }
        String previous = selected.get() == null ? null : selected.get().id();
        DatasetQueries q = loaded.queries();
        currentPath = path;
        if (asOf.get() == null) {
            LocalDate remembered = AsOf.parse(settings.get(AS_OF_KEY, "")).orElse(null);
            LocalDate initial = remembered != null ? remembered
                    : q.dataset().info().defaultDate() != null ? q.dataset().info().defaultDate() : LocalDate.now();
            asOf.set(initial);
        }
        queries.set(q);
        updateEra();
        DatasetInfo info = q.dataset().info();
        datasetSummary.set(info.title() + "  ·  Edition " + Period.format(info.edition()) + "  ·  "
                + (path == null ? "Bundled data" : path.toString()));
        int warnings = result.warnings().size();
        status.set(q.dataset().bodies().size() + " bodies" + (warnings == 0 ? ""
                : "  ·  " + warnings + (warnings == 1 ? " warning" : " warnings") + " (run validate to see them)"));
        Optional<Body> keep = previous == null ? Optional.empty() : q.dataset().body(previous);
        travelling = true; // a new dataset starts a new history
        try {
            selected.set(keep.orElse(q.roots().isEmpty() ? null : q.roots().get(0)));
        } finally {
            travelling = false;
        }
        back.clear();
        forward.clear();
        updateHistoryFlags();
    }
}
