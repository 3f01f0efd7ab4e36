package org.commissioningexplorer.ui.main;

import java.nio.file.Path;
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
import org.commissioningexplorer.ui.common.BackgroundRunner;

/**
 * The state of one explorer window: the open dataset, the selected body, loading progress and the
 * problems of the last dataset that failed to open. A failed open never replaces the open dataset.
 */
public final class MainViewModel {

    private final BackgroundRunner runner;
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
        this.runner = runner;
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
        runner.run(() -> path == null ? DatasetLoader.loadBundled() : DatasetLoader.load(path),
                result -> finish(path, name, result, fallBackToBundled),
                failure -> {
                    loading.set(false);
                    status.set("");
                    problems.setAll(List.of());
                    problemTitle.set("Could not open " + name + ": " + failure.getMessage()
                            + ". The dataset already open is unchanged.");
                });
    }

    private void finish(Path path, String name, LoadResult result, boolean fallBackToBundled) {
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
        DatasetQueries q = new DatasetQueries(result.dataset().orElseThrow());
        currentPath = path;
        queries.set(q);
        DatasetInfo info = q.dataset().info();
        datasetSummary.set(info.title() + "  ·  Edition " + Period.format(info.edition()) + "  ·  "
                + (path == null ? "Bundled data" : path.toString()));
        int warnings = result.warnings().size();
        status.set(q.dataset().bodies().size() + " bodies" + (warnings == 0 ? ""
                : "  ·  " + warnings + (warnings == 1 ? " warning" : " warnings") + " (run validate to see them)"));
        Optional<Body> keep = previous == null ? Optional.empty() : q.dataset().body(previous);
        selected.set(keep.orElse(q.roots().isEmpty() ? null : q.roots().get(0)));
    }
}
