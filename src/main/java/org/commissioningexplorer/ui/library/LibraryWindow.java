package org.commissioningexplorer.ui.library;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.commissioningexplorer.ui.common.Services;
import org.commissioningexplorer.ui.common.Texts;
import org.commissioningexplorer.ui.common.ToolWindowPlacement;
import org.commissioningexplorer.ui.common.ToolWindows;
import org.commissioningexplorer.ui.common.Views;
import org.commissioningexplorer.ui.docs.DocumentActions;
import org.commissioningexplorer.ui.common.Theme;
import org.commissioningexplorer.ui.state.ExplorerState;

/** Documents › Library…: one library window per explorer window, opened again where it was left; Esc closes it. */
public final class LibraryWindow {

    /** Room for every column; beside the main window from 640 wide, the table then scrolls sideways. */
    private static final ToolWindowPlacement.Size SIZE = new ToolWindowPlacement.Size(1180, 600, 640);

    private final ExplorerState main;
    private final Services services;
    private final DocumentActions docs;
    private Stage stage;
    private LibraryController controller;

    public LibraryWindow(ExplorerState main, Services services, DocumentActions docs) {
        this.main = main;
        this.services = services;
        this.docs = docs;
    }

    /** Shows the library beside {@code owner} (or where it was left), building it the first time. */
    public Stage show(Window owner) {
        if (stage == null) {
            LibraryViewModel model = new LibraryViewModel(main, docs);
            controller = new LibraryController(model);
            Parent root = Views.load("/org/commissioningexplorer/ui/library/Library.fxml", services.messages(),
                    controller);
            stage = new Stage();
            stage.initOwner(owner);
            stage.setTitle(Texts.get("library.title"));
            Scene scene = new Scene(root);
            scene.getStylesheets().add(Theme.url());
            stage.setScene(scene);
            ToolWindows.install(stage, owner, services.settings(), "library", SIZE);
        }
        stage.show();
        stage.toFront();
        stage.requestFocus();
        controller.focusSearch();
        return stage;
    }
}
