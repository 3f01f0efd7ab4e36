package org.commissioningexplorer.ui.detail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import org.commissioningexplorer.ui.common.BackgroundRunner;
import org.commissioningexplorer.ui.main.MainViewModel;
import org.junit.jupiter.api.Test;

class DetailViewModelTest {

    @Test
    void followsTheSelectionEvenAfterAGarbageCollection() {
        MainViewModel main = new MainViewModel(BackgroundRunner.sameThread());
        DetailViewModel detail = new DetailViewModel(main);
        var seen = new java.util.ArrayList<String>();
        detail.profileProperty().addListener((o, old, p) -> seen.add(p == null ? null : p.body().id()));
        assertNull(detail.profileProperty().get());

        main.openInitial(Path.of("src/test/resources/datasets/small/dataset.json"));
        // Only the listener above refers to the view-model from here on, as in the window.
        detail = null;
        System.gc();
        main.select("ccg-a");
        main.select("ccg-b");

        assertEquals(java.util.List.of("nhse", "ccg-a", "ccg-b"), seen);
    }
}
