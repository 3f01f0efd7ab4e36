package org.commissioningexplorer.ui.commissioner;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.commissioningexplorer.core.model.Body;
import org.commissioningexplorer.core.query.Commissioners;
import org.commissioningexplorer.core.query.DatasetQueries;
import org.commissioningexplorer.core.query.ServiceCatalogue;
import org.commissioningexplorer.ui.main.MainViewModel;

/**
 * Tools › Who commissions…: the service picked, and the answer for the body selected in the main window on
 * the as-at date, recomputed whenever any of them changes.
 */
public final class CommissionerViewModel {

    private final MainViewModel main;
    private final ObjectProperty<ServiceCatalogue.Service> service = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Commissioners.Answer> answer = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Body> place = new SimpleObjectProperty<>();
    private boolean following = true;
    private DatasetQueries answeredFor;
    private Commissioners commissioners;

    public CommissionerViewModel(MainViewModel main) {
        this.main = main;
        service.set(ServiceCatalogue.standard().all().get(0));
        service.addListener((obs, old, s) -> update());
        place.set(main.selectedProperty().get());
        main.selectedProperty().addListener((obs, old, b) -> {
            if (following) {
                place.set(b);
            }
        });
        place.addListener((obs, old, b) -> update());
        main.asOfProperty().addListener((obs, old, d) -> update());
        main.queriesProperty().addListener((obs, old, q) -> update());
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
        return place;
    }

    /**
     * Shows a body of the answer in the main window without changing the question: the answer stays on screen
     * until the user selects another place there.
     */
    public void show(Body body) {
        following = false;
        try {
            main.go(body.id());
        } finally {
            following = true;
        }
    }

    public MainViewModel main() {
        return main;
    }

    private void update() {
        DatasetQueries q = main.queries();
        Body place = this.place.get();
        if (q == null || place == null || service.get() == null || main.asOf() == null) {
            answer.set(null);
            return;
        }
        if (q != answeredFor) {
            commissioners = new Commissioners(q);
            answeredFor = q;
        }
        answer.set(commissioners.ask(service.get(), place, main.asOf()));
    }
}
