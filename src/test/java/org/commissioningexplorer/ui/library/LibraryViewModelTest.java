package org.commissioningexplorer.ui.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.commissioningexplorer.ui.common.BackgroundRunner;
import org.commissioningexplorer.ui.common.Services;
import org.commissioningexplorer.ui.common.Settings;
import org.commissioningexplorer.ui.common.Texts;
import org.commissioningexplorer.ui.docs.DocumentActions;
import org.commissioningexplorer.ui.state.ExplorerState;
import org.commissioningexplorer.ui.testing.RecordingOpener;
import org.junit.jupiter.api.Test;

/** Documents › Library without a stage: filters, the count line, what the buttons may do, Show body. */
class LibraryViewModelTest {

    private static final Path DATASET = Path.of("src/test/resources/datasets/documents/dataset.json");

    private final ExplorerState state = new ExplorerState(BackgroundRunner.sameThread());
    private final RecordingOpener opener = new RecordingOpener();
    private final LibraryViewModel library;

    LibraryViewModelTest() {
        Services services = new Services(Settings.inMemory(), BackgroundRunner.sameThread(),
                (owner, startIn) -> Optional.empty(), Texts.bundle(), DATASET, opener);
        library = new LibraryViewModel(state, new DocumentActions(state, services));
        state.session().openInitial(DATASET);
    }

    @Test
    void listsEveryDocumentAndNarrowsThemByWordsKindAndYear() {
        assertEquals(5, library.rows().size());
        assertEquals("5 documents", library.summaryProperty().get());
        library.wordsProperty().set("alpha");
        assertEquals(4, library.rows().size());
        assertEquals("4 of 5 documents", library.summaryProperty().get());
        library.kindProperty().set("minutes");
        assertEquals("Alpha minutes", library.rows().get(0).title());
        assertEquals(1, library.rows().size());
        library.kindProperty().set(LibraryViewModel.ANY);
        library.yearProperty().set("2019");
        assertEquals(2, library.rows().size(), library.rows()::toString);
    }

    @Test
    void theButtonsFollowTheSelectedDocument() {
        library.wordsProperty().set("constitution");
        library.selectedProperty().set(library.rows().get(0));
        assertTrue(library.canOpenProperty().get(), "its web page opens (after asking)");
        assertTrue(library.canCopyUrlProperty().get());
        assertFalse(library.canForgetProperty().get(), "nothing located yet");

        library.wordsProperty().set("minutes");
        library.selectedProperty().set(library.rows().get(0));
        assertFalse(library.canOpenProperty().get(), "no copy and no address");
        assertFalse(library.canCopyUrlProperty().get());
        assertTrue(library.canLocateProperty().get());
    }

    @Test
    void showBodySelectsItsBodyInTheWindowMovingTheDateIfNeeded() {
        state.asAt().set(java.time.LocalDate.of(2024, 1, 1));
        library.wordsProperty().set("audit");
        library.selectedProperty().set(library.rows().get(0));
        assertTrue(library.showBody());
        assertEquals("ccg-a", state.navigation().selected().id());
        assertEquals(java.time.LocalDate.of(2020, 3, 31), state.asAt().get(), "Alpha CCG's last day");
    }
}
