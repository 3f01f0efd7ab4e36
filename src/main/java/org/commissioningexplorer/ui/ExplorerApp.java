package org.commissioningexplorer.ui;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.stage.Stage;
import org.commissioningexplorer.ui.common.FileDialogs;
import org.commissioningexplorer.ui.common.FxBackgroundRunner;
import org.commissioningexplorer.ui.common.Services;
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
                Services.bundle(), initialData);
        MainWindow.show(stage, services);
    }
}
