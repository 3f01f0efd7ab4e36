package org.commissioningexplorer.ui.quiz;

import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.commissioningexplorer.ui.common.Settings;
import org.commissioningexplorer.ui.common.Texts;
import org.commissioningexplorer.ui.common.Theme;
import org.commissioningexplorer.ui.common.ToolWindowPlacement;
import org.commissioningexplorer.ui.common.ToolWindows;
import org.commissioningexplorer.ui.state.ExplorerState;

/**
 * Tools › Quiz…: a window beside the main one with a quiz about the body selected there on the as-at date. One
 * per main window; opening it again brings it to the front, with a new quiz when the selection or date changed;
 * Esc closes it.
 */
public final class QuizWindow {

    /** Room for a question in large type and four options; beside the main window from 480 wide. */
    private static final ToolWindowPlacement.Size SIZE = new ToolWindowPlacement.Size(760, 620, 480);

    private final Stage stage = new Stage();
    private final QuizViewModel model;

    public QuizWindow(Window owner, ExplorerState main, Settings settings) {
        model = new QuizViewModel(main);
        QuizView view = new QuizView(model);
        Scene scene = new Scene(view.root());
        scene.getStylesheets().add(Theme.url());
        stage.setScene(scene);
        stage.initOwner(owner);
        stage.setTitle(Texts.get("quiz.title"));
        ToolWindows.install(stage, owner, settings, "quiz", SIZE);
    }

    public void show() {
        model.newQuizIfStale();
        stage.show();
        stage.toFront();
        stage.getScene().getRoot().requestFocus();
    }

    public Stage stage() {
        return stage;
    }

    QuizViewModel model() {
        return model;
    }
}
