package org.commissioningexplorer.ui.main;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.commissioningexplorer.ui.notes.NotesController;
import org.commissioningexplorer.ui.searchbox.SearchBoxController;
import org.commissioningexplorer.ui.state.DatasetSession;
import org.commissioningexplorer.ui.state.ExplorerState;

/**
 * The window's body (MainWindow.fxml): the search box, the tree, the note strip, the detail pane and the status
 * bar. It puts the search results in the tree's place while the search box holds a query, and keeps the status bar
 * in step with the open dataset. The menus, the problem banner and the timeline above it are {@link TopBarController}.
 */
public final class MainWindowController {

    private final ExplorerState state;
    private final DatasetSession session;

    @FXML
    private SearchBoxController searchController;
    @FXML
    private Node search;
    @FXML
    private Node tree;
    @FXML
    private NotesController notesController;
    @FXML
    private Node detail;
    @FXML
    private Label datasetLabel;
    @FXML
    private Label statusLabel;
    @FXML
    private ProgressIndicator progress;
    @FXML
    private Hyperlink cancelLoading;

    public MainWindowController(ExplorerState state) {
        this.state = state;
        this.session = state.session();
    }

    @FXML
    private void initialize() {
        tree.visibleProperty().bind(searchController.activeProperty().not());
        tree.managedProperty().bind(tree.visibleProperty());
        searchController.activeProperty().addListener((obs, old, on) ->
                VBox.setVgrow(search, on ? Priority.ALWAYS : Priority.NEVER));
        datasetLabel.textProperty().bind(session.summaryProperty());
        statusLabel.textProperty().bind(state.status().messageProperty());
        // A message in the status bar matters more than the dataset's name: the name gives up room first.
        if (datasetLabel.getParent() instanceof javafx.scene.layout.Region bar) {
            datasetLabel.maxWidthProperty().bind(Bindings.createDoubleBinding(
                    () -> Math.max(bar.getWidth() * 0.3, bar.getWidth() - statusLabel.prefWidth(-1)
                            - 7 * statusLabel.getFont().getSize()), // the bar's padding and gaps, zoomed
                    bar.widthProperty(), statusLabel.textProperty(), statusLabel.fontProperty()));
            statusLabel.setMinWidth(0);
        }
        progress.visibleProperty().bind(session.loadingProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        cancelLoading.visibleProperty().bind(session.loadingProperty());
        cancelLoading.managedProperty().bind(cancelLoading.visibleProperty());
    }

    @FXML
    private void cancelLoading() {
        session.cancelLoading();
    }

    SearchBoxController search() {
        return searchController;
    }

    NotesController notes() {
        return notesController;
    }

    /** The detail pane, which File › Print prints. */
    Node detail() {
        return detail;
    }
}
