package org.commissioningexplorer.ui;

import java.util.List;
import java.util.Optional;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.commissioningexplorer.ui.common.Texts;
import org.commissioningexplorer.ui.common.BackgroundRunner;
import org.commissioningexplorer.ui.common.Services;
import org.commissioningexplorer.ui.common.Settings;
import org.commissioningexplorer.ui.state.ExplorerState;
import org.commissioningexplorer.ui.main.MainWindow;
import org.testfx.api.FxRobot;

/** The main window as the GUI tests open it: bundled data, in-memory settings, work on the calling thread. */
final class TestWindows {

    private TestWindows() {
    }

    /** Shows the main window on the bundled dataset, with no file dialogs answering, and gives it the focus. */
    static ExplorerState open(Stage stage) {
        Services services = new Services(Settings.inMemory(), BackgroundRunner.sameThread(),
                (owner, startIn) -> Optional.empty(), Texts.bundle(), null);
        ExplorerState model = MainWindow.show(stage, services);
        stage.requestFocus();
        return model;
    }

    /** Closes every window a test opened, the main one and any it owns. */
    static void closeAll(FxRobot robot) {
        robot.interact(() -> List.copyOf(Window.getWindows()).forEach(Window::hide));
    }
}
