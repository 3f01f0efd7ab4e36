package org.commissioningexplorer.ui.commissioner;

import java.time.LocalDate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.commissioningexplorer.core.model.Body;
import org.commissioningexplorer.core.query.Commissioners;
import org.commissioningexplorer.core.query.DatasetQueries;
import org.commissioningexplorer.core.query.ServiceCatalogue;
import org.commissioningexplorer.ui.state.ExplorerState;
import org.commissioningexplorer.ui.state.View;

/**
 * Tools › Who commissions…: the service picked, and the answer for the body selected in the main window on
 * the as-at date, asked once for each change of the service or of the window's view.
 */
public final class CommissionerViewModel {

    private final ExplorerState state;
    private final ObjectProperty<ServiceCatalogue.Service> service = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Commissioners.Answer> answer = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Body> place = new ReadOnlyObjectWrapper<>();
    private boolean following = true;
    private DatasetQueries answeredFor;
    private Commissioners commissioners;
    private int questions;

    public CommissionerViewModel(ExplorerState state) {
        this.state = state;
        service.set(ServiceCatalogue.standard().all().get(0));
        service.addListener((obs, old, s) -> update());
        place.set(state.navigation().selected());
        state.navigation().viewProperty().addListener((obs, old, view) -> {
            if (following) {
                place.set(view.selected());
            }
            update();
        });
        update();
    }

    public ServiceCatalogue catalogue() {
        return ServiceCatalogue.standard();
    }

    public ObjectProperty<ServiceCatalogue.Service> serviceProperty() {
        return service;
    }

    /** The answer, or null when no place is selected. */
    public ReadOnlyObjectProperty<Commissioners.Answer> answerProperty() {
        return answer.getReadOnlyProperty();
    }

    /** The place asked about: the body selected in the main window, unless a link here was followed. */
    public ReadOnlyObjectProperty<Body> placeProperty() {
        return place.getReadOnlyProperty();
    }

    /** The as-at date of the answer, or null. */
    public LocalDate date() {
        return state.asAt().get();
    }

    /** The open dataset's queries, or null. */
    public DatasetQueries queries() {
        return state.session().queries();
    }

    /** How many times the question has been asked (tests check an action asks it no more than once). */
    int questions() {
        return questions;
    }

    /**
     * Shows a body of the answer in the main window without changing the question: the answer stays on screen
     * until the user selects another place there.
     */
    public void show(Body body) {
        following = false;
        try {
            state.navigation().go(body.id());
        } finally {
            following = true;
        }
    }

    private void update() {
        View view = state.navigation().view();
        DatasetQueries q = view.queries();
        Body asked = place.get();
        if (q == null || asked == null || service.get() == null || view.asOf() == null) {
            answer.set(null);
            return;
        }
        if (q != answeredFor) {
            commissioners = new Commissioners(q);
            answeredFor = q;
        }
        questions++;
        answer.set(commissioners.ask(service.get(), asked, view.asOf()));
    }
}
