package org.commissioningexplorer.ui.detail;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.commissioningexplorer.core.query.BodyProfile;
import org.commissioningexplorer.core.query.DatasetQueries;
import org.commissioningexplorer.ui.main.MainViewModel;

/** The profile of the selected body, recomputed when the selection or the dataset changes. */
public final class DetailViewModel {

    private final MainViewModel main;
    private final ReadOnlyObjectWrapper<BodyProfile> profile = new ReadOnlyObjectWrapper<>();

    public DetailViewModel(MainViewModel main) {
        this.main = main;
        // Plain listeners, not a binding: a binding listens weakly, and nothing else holds the detail
        // pane's controller, so the pane would stop following the selection after a garbage collection.
        main.queriesProperty().addListener((obs, old, q) -> update());
        main.selectedProperty().addListener((obs, old, b) -> update());
        main.asOfProperty().addListener((obs, old, d) -> update());
        update();
    }

    public ReadOnlyObjectProperty<BodyProfile> profileProperty() {
        return profile.getReadOnlyProperty();
    }

    private void update() {
        DatasetQueries q = main.queries();
        var body = main.selectedProperty().get();
        profile.set(q == null || body == null || q.dataset().body(body.id()).orElse(null) != body
                ? null : BodyProfile.of(q, body, main.asOf()));
    }
}
