package org.commissioningexplorer.ui.main;

import javafx.util.Callback;
import org.commissioningexplorer.ui.common.Services;
import org.commissioningexplorer.ui.detail.DetailPaneController;
import org.commissioningexplorer.ui.docs.DocumentActions;
import org.commissioningexplorer.ui.timeline.TimelineController;
import org.commissioningexplorer.ui.tree.OrganisationTreeController;

/** Gives each FXML controller the services it needs, through its constructor. */
final class ControllerFactory implements Callback<Class<?>, Object> {

    private final MainViewModel model;
    private final Services services;
    private final DocumentActions documents;

    ControllerFactory(MainViewModel model, Services services) {
        this.model = model;
        this.services = services;
        this.documents = new DocumentActions(model, services);
    }

    @Override
    public Object call(Class<?> type) {
        if (type == MainWindowController.class) {
            return new MainWindowController(model, services, documents);
        }
        if (type == OrganisationTreeController.class) {
            return new OrganisationTreeController(model);
        }
        if (type == TimelineController.class) {
            return new TimelineController(model);
        }
        if (type == DetailPaneController.class) {
            return new DetailPaneController(model, documents);
        }
        throw new IllegalArgumentException("No controller known for " + type.getName());
    }
}
