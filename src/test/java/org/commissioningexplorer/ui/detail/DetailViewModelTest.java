package org.commissioningexplorer.ui.detail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.commissioningexplorer.core.query.BodyProfile;
import org.commissioningexplorer.ui.common.BackgroundRunner;
import org.commissioningexplorer.ui.state.ExplorerState;
import org.junit.jupiter.api.Test;

/** The detail pane's view-model without a stage. */
class DetailViewModelTest {

    private static final Path SMALL = Path.of("src/test/resources/datasets/small/dataset.json");

    @Test
    void followsTheSelectionEvenAfterAGarbageCollection() {
        ExplorerState state = new ExplorerState(BackgroundRunner.sameThread());
        DetailViewModel detail = new DetailViewModel(state);
        var seen = new ArrayList<String>();
        detail.profileProperty().addListener((o, old, p) -> seen.add(p == null ? null : p.body().id()));
        assertNull(detail.profileProperty().get());

        state.session().openInitial(SMALL);
        // Only the listener above refers to the view-model from here on, as in the window.
        detail = null;
        System.gc();
        state.navigation().select("ccg-a");
        state.navigation().select("ccg-b");

        assertEquals(List.of("nhse", "ccg-a", "ccg-b"), seen);
    }

    /** Each profile computed: body id @ date. */
    private final List<String> computed = new ArrayList<>();
    private final ExplorerState state = new ExplorerState(BackgroundRunner.sameThread());
    private final DetailViewModel detail = new DetailViewModel(state, (q, body, date) -> {
        computed.add(body.id() + "@" + date);
        return BodyProfile.of(q, body, date);
    });

    @Test
    void anActionThatMovesTheDateAndTheSelectionComputesOneProfileTheRightOne() {
        state.session().openInitial(SMALL);
        state.asAt().set(LocalDate.of(2016, 1, 1));
        state.navigation().select("ccg-a");
        computed.clear();

        state.navigation().go("ccg-b"); // a link to a body of another date
        assertEquals(List.of("ccg-b@2020-04-01"), computed, "one profile, for the body on the day it moved to");
        assertEquals("ccg-b", detail.profileProperty().get().body().id());

        computed.clear();
        state.navigation().goBack();
        assertEquals(List.of("ccg-a@2016-01-01"), computed, "Back: one profile, body and date together");

        computed.clear();
        state.navigation().goForward();
        assertEquals(List.of("ccg-b@2020-04-01"), computed, "Forward: one profile");

        computed.clear();
        state.session().reload();
        assertEquals(List.of("ccg-b@2020-04-01"), computed, "Reload: one profile");
    }

    @Test
    void selectingTheSameBodyAgainComputesNothing() {
        state.session().openInitial(SMALL);
        state.navigation().select("ccg-a");
        computed.clear();
        state.navigation().select("ccg-a");
        assertEquals(List.of(), computed);
    }
}
