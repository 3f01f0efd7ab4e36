package org.commissioningexplorer.ui.state;

import java.time.LocalDate;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.commissioningexplorer.core.model.Dataset;
import org.commissioningexplorer.core.time.AsOf;
import org.commissioningexplorer.core.time.Eras;
import org.commissioningexplorer.ui.common.Settings;

/**
 * The as-at date: the tree and every pane show the structure as it was on this day. It lives in the
 * {@link View}; this is where it is set, remembered across runs and described (the era line).
 */
public final class AsAtDate {

    static final String KEY = "asOf";

    private final Navigation navigation;
    private final Settings settings;
    private final ReadOnlyStringWrapper era = new ReadOnlyStringWrapper("");

    AsAtDate(Navigation navigation, Settings settings) {
        this.navigation = navigation;
        this.settings = settings;
        navigation.viewProperty().addListener((obs, old, view) -> {
            if (view.asOf() != null && !view.asOf().equals(old.asOf())) {
                settings.put(KEY, view.asOf().toString());
            }
            if (!view.sameDataAndDate(old)) {
                era.set(view.queries() == null || view.asOf() == null ? ""
                        : Eras.describe(view.queries().countsByKind(view.asOf()), view.asOf()));
            }
        });
    }

    /** The as-at date, or null before a dataset opens. */
    public LocalDate get() {
        return navigation.view().asOf();
    }

    /** Moves the date; the selection stays. */
    public void set(LocalDate date) {
        navigation.setDate(date);
    }

    /** A sentence about the era of the date, for the line under the timeline. */
    public ReadOnlyStringProperty eraProperty() {
        return era.getReadOnlyProperty();
    }

    /** The date to open a dataset on: the one shown already, the last one used, the dataset's default, today. */
    LocalDate forOpening(Dataset dataset) {
        if (get() != null) {
            return get();
        }
        LocalDate remembered = AsOf.parse(settings.get(KEY, "")).orElse(null);
        if (remembered != null) {
            return remembered;
        }
        return dataset.info().defaultDate() != null ? dataset.info().defaultDate() : LocalDate.now();
    }
}
