package org.commissioningexplorer.ui.main;

import javafx.util.Callback;
import org.commissioningexplorer.ui.common.Services;
import org.commissioningexplorer.ui.detail.DetailPaneController;
import org.commissioningexplorer.ui.docs.DocumentActions;
import org.commissioningexplorer.ui.notes.NotesController;
import org.commissioningexplorer.ui.searchbox.SearchBoxController;
import org.commissioningexplorer.ui.state.ExplorerState;
import org.commissioningexplorer.ui.timeline.TimelineController;
import org.commissioningexplorer.ui.tree.OrganisationTreeController;

/** Gives each FXML controller of the window the shared state and services it needs, through its constructor. */
final class ControllerFactory implements Callback<Class<?>, Object> {

    private final ExplorerState state;
    private final Services services;
    private final DocumentActions documents;
    /** The window's body, made first: the top's menus act on its search box, notes and detail pane. */
    private MainWindowController body;

    ControllerFactory(ExplorerState state, Services services) {
        this.state = state;
        this.services = services;
        this.documents = new DocumentActions(state, services);
    }

    @Override
    public Object call(Class<?> type) {
        if (type == MainWindowController.class) {
            return body = new MainWindowController(state);
        }
        if (type == TopBarController.class) {
            if (body == null) {
                throw new IllegalStateException("The window's top is made after its body");
            }
            return new TopBarController(state, services, documents, body);
        }
        if (type == SearchBoxController.class) {
            return new SearchBoxController(state, services.notes());
        }
        if (type == OrganisationTreeController.class) {
            return new OrganisationTreeController(state, services.settings());
        }
        if (type == TimelineController.class) {
            return new TimelineController(state);
        }
        if (type == NotesController.class) {
            return new NotesController(state, services);
        }
        if (type == DetailPaneController.class) {
            return new DetailPaneController(state, documents);
        }
        throw new IllegalArgumentException("No controller known for " + type.getName());
    }
}
