package org.commissioningexplorer.ui.detail;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.commissioningexplorer.core.model.Body;
import org.commissioningexplorer.core.query.BodyProfile;
import org.commissioningexplorer.core.query.DatasetQueries;
import org.commissioningexplorer.ui.main.MainViewModel;

/** The profile of the selected body, recomputed when the selection or the dataset changes. */
public final class DetailViewModel {

    private final ReadOnlyObjectWrapper<BodyProfile> profile = new ReadOnlyObjectWrapper<>();

    public DetailViewModel(MainViewModel main) {
        profile.bind(Bindings.createObjectBinding(() -> {
            DatasetQueries q = main.queries();
            Body b = main.selectedProperty().get();
            return q == null || b == null ? null : BodyProfile.of(q, b);
        }, main.queriesProperty(), main.selectedProperty()));
    }

    public ReadOnlyObjectProperty<BodyProfile> profileProperty() {
        return profile.getReadOnlyProperty();
    }
}
