package org.commissioningexplorer.ui.main;

import javafx.stage.Window;
import org.commissioningexplorer.ui.chart.ChartWindow;
import org.commissioningexplorer.ui.commissioner.CommissionerWindow;
import org.commissioningexplorer.ui.common.Services;
import org.commissioningexplorer.ui.docs.DocumentActions;
import org.commissioningexplorer.ui.library.LibraryWindow;
import org.commissioningexplorer.ui.quiz.QuizWindow;
import org.commissioningexplorer.ui.state.ExplorerState;

/**
 * The main window's tool windows (Library, Who commissions…, Quiz, Org chart), each made the first time it is
 * opened and shown again after that, beside the main window (see ui/common/ToolWindows).
 */
final class ToolWindowSet {

    private final Window owner;
    private final ExplorerState state;
    private final Services services;
    private final DocumentActions documents;
    private LibraryWindow library;
    private CommissionerWindow commissioner;
    private QuizWindow quiz;
    private ChartWindow chart;

    ToolWindowSet(Window owner, ExplorerState state, Services services, DocumentActions documents) {
        this.owner = owner;
        this.state = state;
        this.services = services;
        this.documents = documents;
    }

    void library() {
        if (library == null) {
            library = new LibraryWindow(state, services, documents);
        }
        library.show(owner);
    }

    void commissioner() {
        if (commissioner == null) {
            commissioner = new CommissionerWindow(owner, state, services.settings());
        }
        commissioner.show();
    }

    void quiz() {
        if (quiz == null) {
            quiz = new QuizWindow(owner, state, services.settings());
        }
        quiz.show();
    }

    void chart() {
        if (chart == null) {
            chart = new ChartWindow(owner, state, services.settings(), services.dialogs());
        }
        chart.show();
    }
}
