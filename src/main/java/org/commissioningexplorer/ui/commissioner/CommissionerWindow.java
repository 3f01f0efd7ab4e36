package org.commissioningexplorer.ui.commissioner;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.commissioningexplorer.ui.common.Settings;
import org.commissioningexplorer.ui.common.ToolWindowPlacement;
import org.commissioningexplorer.ui.common.ToolWindows;
import org.commissioningexplorer.ui.common.Views;
import org.commissioningexplorer.ui.common.Texts;
import org.commissioningexplorer.ui.common.Theme;
import org.commissioningexplorer.ui.state.ExplorerState;

/**
 * Tools › Who commissions…: a small window beside the main one that answers for whatever body is selected
 * there, on the as-at date. One per main window; opening it again brings it to the front; Esc closes it.
 */
public final class CommissionerWindow {

    /** Wide enough for a service's name and the answer's cards; beside the main window from 420 wide. */
    private static final ToolWindowPlacement.Size SIZE = new ToolWindowPlacement.Size(620, 600, 420);

    private final Stage stage = new Stage();
    private final CommissionerController controller;

    public CommissionerWindow(Window owner, ExplorerState main, Settings settings) {
        CommissionerViewModel model = new CommissionerViewModel(main);
        controller = new CommissionerController(model);
        Parent root = Views.load("/org/commissioningexplorer/ui/commissioner/Commissioner.fxml", Texts.bundle(),
                controller);
        Scene scene = new Scene(root);
        scene.getStylesheets().add(Theme.url());
        stage.setScene(scene);
        stage.initOwner(owner);
        stage.setTitle(Texts.get("commissioner.title"));
        ToolWindows.install(stage, owner, settings, "commissioner", SIZE);
    }

    public void show() {
        stage.show();
        stage.toFront();
        controller.focusService();
    }

    public Stage stage() {
        return stage;
    }
}
