package org.commissioningexplorer.ui;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.commissioningexplorer.core.AppDirs;
import org.commissioningexplorer.core.notes.NotesStore;
import org.commissioningexplorer.ui.common.DocumentOpener;
import org.commissioningexplorer.ui.common.ErrorReporter;
import org.commissioningexplorer.ui.common.FileDialogs;
import org.commissioningexplorer.ui.common.FxBackgroundRunner;
import org.commissioningexplorer.ui.common.Services;
import org.commissioningexplorer.ui.common.Texts;
import org.commissioningexplorer.ui.common.Settings;
import org.commissioningexplorer.ui.common.SettingsFile;
import org.commissioningexplorer.ui.main.MainWindow;
import org.commissioningexplorer.ui.state.DatasetSession;
import org.commissioningexplorer.ui.state.ExplorerState;

/** The JavaFX application: builds the real services and opens the explorer window. */
public final class ExplorerApp extends Application {

    /** The dataset being read; Application.launch creates the instance itself, so it is handed over here. */
    private static volatile DatasetSession.Preload preload;
    private static volatile boolean measuring;
    private static volatile boolean measuringUi;

    /**
     * Opens the window on the dataset at {@code data} (the bundled one when null). The dataset is read, and its
     * search index built, on a thread of its own from this moment, while the toolkit starts on another.
     */
    public static void launchWith(Path data) {
        ErrorReporter.install(); // before anything else runs: the preload's thread is covered too
        preload = DatasetSession.preload(data);
        Application.launch(ExplorerApp.class);
    }

    /**
     * {@code --measure-startup}: opens the window on the bundled dataset (with settings that start empty, so
     * every run is alike), prints the time to the first frame whose tree and detail pane are filled in, and
     * exits; with {@code baseline}, the same for a window showing one label ({@link BaselineWindow}).
     */
    public static void measureStartup(boolean baseline) {
        giveUpAfter(120);
        if (baseline) {
            Application.launch(BaselineWindow.class);
            return;
        }
        measuring = true;
        launchWith(null);
    }

    /**
     * {@code --measure-ui}: opens the window on the bundled dataset, or on {@code data} when it is not null, times
     * common actions ({@link UiBench}), exits.
     */
    public static void measureUi(Path data) {
        giveUpAfter(600);
        measuring = true;
        measuringUi = true;
        launchWith(data);
    }

    /** A measurement that cannot finish (no first frame, an action that fails) ends the process instead of hanging. */
    private static void giveUpAfter(int seconds) {
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(seconds * 1000L);
            } catch (InterruptedException e) {
                return;
            }
            System.err.println("error: the measurement did not finish within " + seconds + " s");
            System.exit(3);
        }, "measure-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }

    @Override
    public void start(Stage stage) {
        Services services = new Services(measuring ? Settings.inMemory() : SettingsFile.user(),
                new FxBackgroundRunner(), FileDialogs.system(), Texts.bundle(), preload.path(),
                DocumentOpener.hostServices(getHostServices()),
                measuring ? NotesStore.inMemory() : NotesStore.open(AppDirs.configDir()));
        ErrorReporter.setOwner(stage);
        if (measuring && !measuringUi) {
            stage.sceneProperty().addListener((obs, old, scene) -> StartupProbe.reportWhen(scene, () -> filledIn(scene)));
        }
        ExplorerState state = MainWindow.show(stage, services, preload);
        if (measuringUi) {
            UiBench.runWhenReady(stage.getScene(), state, preload.path() == null, () -> filledIn(stage.getScene()));
        }
    }

    /** The tree has its rows and the detail pane its body's title. */
    private static boolean filledIn(Scene scene) {
        return scene.lookup(".organisation-tree") instanceof TreeView<?> tree && tree.getRoot() != null
                && !tree.getRoot().getChildren().isEmpty()
                && scene.lookup(".detail-title") instanceof Label title && title.getText() != null
                && !title.getText().isEmpty() && title.isVisible() && title.getScene() != null
                && title.getParent() != null && title.getParent().isVisible();
    }
}
