package org.commissioningexplorer.ui.detail;

import java.time.LocalDate;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.commissioningexplorer.core.model.Body;
import org.commissioningexplorer.core.query.BodyProfile;
import org.commissioningexplorer.core.query.DatasetQueries;
import org.commissioningexplorer.ui.state.ExplorerState;
import org.commissioningexplorer.ui.state.View;

/**
 * The profile of the selected body, computed once for each change of the window's view, and which of its
 * sections to show.
 */
public final class DetailViewModel {

    /** How a profile is made; tests count the calls. */
    interface Profiles {
        BodyProfile of(DatasetQueries queries, Body body, LocalDate date);
    }

    private final Profiles profiles;
    private final ReadOnlyObjectWrapper<BodyProfile> profile = new ReadOnlyObjectWrapper<>();
    /** The section the user last chose; it stays chosen from body to body while they have something in it. */
    private DetailSection preferred = DetailSection.SUMMARY;

    public DetailViewModel(ExplorerState state) {
        this(state, BodyProfile::of);
    }

    DetailViewModel(ExplorerState state, Profiles profiles) {
        this.profiles = profiles;
        // A plain listener, not a binding: a binding listens weakly, and nothing else holds the detail pane's
        // controller, so the pane would stop following the selection after a garbage collection.
        state.navigation().viewProperty().addListener((obs, old, view) -> update(view));
        update(state.navigation().view());
    }

    public ReadOnlyObjectProperty<BodyProfile> profileProperty() {
        return profile.getReadOnlyProperty();
    }

    /** The section to show for the current profile: the one last chosen, or the summary when that one is empty. */
    public DetailSection section() {
        BodyProfile p = profile.get();
        return p == null ? DetailSection.SUMMARY : DetailSection.shown(preferred, p);
    }

    /** The user chose this section; it is kept for the bodies that follow. */
    public void choose(DetailSection section) {
        preferred = section;
    }

    private void update(View view) {
        DatasetQueries q = view.queries();
        Body body = view.selected();
        profile.set(q == null || body == null || q.dataset().body(body.id()).orElse(null) != body
                ? null : profiles.of(q, body, view.asOf()));
    }
}
