package org.commissioningexplorer.ui.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.commissioningexplorer.core.docs.OfflineCopies;
import org.commissioningexplorer.core.model.DocumentRef;
import org.commissioningexplorer.ui.common.BackgroundRunner;
import org.commissioningexplorer.ui.common.Services;
import org.commissioningexplorer.ui.common.Settings;
import org.commissioningexplorer.ui.common.Texts;
import org.commissioningexplorer.ui.state.ExplorerState;
import org.commissioningexplorer.ui.testing.RecordingOpener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What can be done with a document, without a stage: status, Open, Locate and Forget, and what they say. */
class DocumentActionsTest {

    private static final Path DATASET = Path.of("src/test/resources/datasets/documents/dataset.json");

    @TempDir
    Path dir;

    private final ExplorerState state = new ExplorerState(BackgroundRunner.sameThread());
    private final RecordingOpener opener = new RecordingOpener();
    private Path located;
    private final DocumentActions docs = new DocumentActions(state, new Services(Settings.inMemory(),
            BackgroundRunner.sameThread(), new org.commissioningexplorer.ui.common.FileDialogs() {
                @Override
                public Optional<Path> chooseDataset(javafx.stage.Window owner, Path startIn) {
                    return Optional.empty();
                }

                @Override
                public Optional<Path> chooseDocument(javafx.stage.Window owner, String title) {
                    return Optional.ofNullable(located);
                }
            }, Texts.bundle(), DATASET, opener));

    DocumentActionsTest() {
        state.session().openInitial(DATASET);
    }

    private DocumentRef document(String title) {
        return state.session().queries().lookup("ccg-a").orElseThrow().documents().stream()
                .filter(d -> d.title().equals(title)).findFirst().orElseThrow();
    }

    @Test
    void anOfflineCopyOpensInTheSystemViewerAndTheStatusBarSaysSo() throws Exception {
        DocumentRef report = document("Alpha annual report");
        assertEquals(OfflineCopies.State.IN_DATASET, docs.status("k1", report).state());
        assertTrue(docs.canOpen("k1", report));
        docs.open("k1", report, null);
        assertEquals(1, opener.files.size());
        assertEquals("annual-report.pdf", opener.files.get(0).getFileName().toString());
        assertEquals("Opened annual-report.pdf in the system viewer.", state.status().message());
    }

    @Test
    void aLocatedFileIsRememberedUntilForgotten() throws Exception {
        DocumentRef minutes = document("Alpha minutes");
        assertFalse(docs.canOpen("k2", minutes), "no copy and no address");
        int revision = docs.revisionProperty().get();
        located = Files.writeString(dir.resolve("minutes.pdf"), "%PDF");

        docs.locate("k2", minutes, null);

        assertEquals(revision + 1, docs.revisionProperty().get(), "views are told to redraw");
        assertEquals(OfflineCopies.State.LOCATED, docs.status("k2", minutes).state());
        assertTrue(docs.canOpen("k2", minutes));
        assertTrue(state.status().message().startsWith("Linked minutes.pdf to “Alpha minutes”"), state.status().message());

        docs.forget("k2", minutes);
        assertEquals(OfflineCopies.State.NONE, docs.status("k2", minutes).state());
        assertEquals("Forgot the file located for “Alpha minutes”.", state.status().message());
    }

    @Test
    void listsTheDatasetsExplainersForTheHelpMenu() {
        assertEquals(1, docs.explainers().size());
        assertEquals("Explainer: how this test dataset works", docs.explainers().get(0).document().title());
    }
}
