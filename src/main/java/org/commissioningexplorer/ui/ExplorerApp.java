package org.commissioningexplorer.ui;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.commissioningexplorer.ui.common.DocumentOpener;
import org.commissioningexplorer.ui.common.FileDialogs;
import org.commissioningexplorer.ui.common.FxBackgroundRunner;
import org.commissioningexplorer.ui.common.Services;
import org.commissioningexplorer.ui.common.Texts;
import org.commissioningexplorer.ui.common.Settings;
import org.commissioningexplorer.ui.main.MainWindow;

/** The JavaFX application: builds the real services and opens the explorer window. */
public final class ExplorerApp extends Application {

    /** The --data path; Application.launch creates the instance itself, so it is handed over here. */
    private static volatile Path initialData;

    public static void launchWith(Path data) {
        initialData = data;
        Application.launch(ExplorerApp.class);
    }

    @Override
    public void start(Stage stage) {
        Services services = new Services(Settings.userPreferences(), new FxBackgroundRunner(), FileDialogs.system(),
                Texts.bundle(), initialData, DocumentOpener.hostServices(getHostServices()));
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> Platform.runLater(() -> report(stage, error)));
        MainWindow.show(stage, services);
    }

    /** A last resort for bugs: a plain message instead of a stack trace, and the window stays usable. */
    private static void report(Stage owner, Throwable error) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setTitle(Texts.get("app.title"));
        alert.setHeaderText(Texts.get("app.error.header"));
        alert.setContentText(Texts.format("app.error.text", error));
        alert.show();
    }
}
