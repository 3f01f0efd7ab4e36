package org.commissioningexplorer.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commissioningexplorer.ui.commissioner.CommissionerViewModel;
import org.commissioningexplorer.ui.common.BackgroundRunner;
import org.commissioningexplorer.ui.common.Services;
import org.commissioningexplorer.ui.common.Settings;
import org.commissioningexplorer.ui.common.Texts;
import org.commissioningexplorer.ui.detail.DetailViewModel;
import org.commissioningexplorer.ui.docs.DocumentActions;
import org.commissioningexplorer.ui.library.LibraryViewModel;
import org.commissioningexplorer.ui.searchbox.SearchViewModel;
import org.commissioningexplorer.ui.state.ExplorerState;
import org.commissioningexplorer.ui.state.OpenDataset;
import org.junit.jupiter.api.Test;

/**
 * Switching dates and datasets 200 times with every feature's view-model listening, as in the window: nothing
 * holds on to the datasets left behind, and the heap that stays after a garbage collection does not grow.
 */
class SwitchingTest {

    private static final Path SMALL = Path.of("src/test/resources/datasets/small/dataset.json");
    private static final Path DOCUMENTS = Path.of("src/test/resources/datasets/documents/dataset.json");

    @Test
    void datasetsLeftBehindAreCollectedAndTheHeapStaysFlat() {
        ExplorerState state = new ExplorerState(BackgroundRunner.sameThread());
        Services services = new Services(Settings.inMemory(), BackgroundRunner.sameThread(),
                (owner, startIn) -> Optional.empty(), Texts.bundle(), null);
        DocumentActions docs = new DocumentActions(state, services);
        List<Object> features = List.of(new DetailViewModel(state), new SearchViewModel(state),
                new CommissionerViewModel(state), new LibraryViewModel(state, docs), docs);
        ((SearchViewModel) features.get(1)).queryProperty().set("nhs");
        state.session().openInitial(SMALL);

        List<WeakReference<OpenDataset>> leftBehind = new ArrayList<>();
        long heapAt20 = 0;
        for (int i = 0; i < 200; i++) {
            leftBehind.add(new WeakReference<>(state.session().dataset()));
            state.session().open(i % 2 == 0 ? DOCUMENTS : SMALL);
            state.asAt().set(LocalDate.of(2013 + i % 12, 4, 1));
            state.navigation().select(i % 2 == 0 ? "ccg-a" : "nhse");
            if (i == 19) {
                heapAt20 = retainedHeap();
            }
        }
        long heapAt200 = retainedHeap();
        long before = heapAt20;

        long alive = leftBehind.stream().filter(r -> r.get() != null).count();
        assertEquals(0, alive, "datasets no longer open are still held");
        assertTrue(heapAt200 - before < 4 * 1024 * 1024, () -> "the retained heap grew from " + before / 1024
                + " KB after 20 switches to " + heapAt200 / 1024 + " KB after 200");
        java.lang.ref.Reference.reachabilityFence(features); // the features listened throughout, as in the window
    }

    /** The heap in use after the garbage collector has had a few chances to run. */
    private static long retainedHeap() {
        Runtime rt = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            used = Math.min(used, rt.totalMemory() - rt.freeMemory());
        }
        return used;
    }
}
