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
        // Invalidation, not change: after a reload the selection is set to the new dataset's body, which
        // equals the old one (records compare by value), and a change listener would not hear of it.
        main.selectedProperty().addListener(obs -> update());
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
