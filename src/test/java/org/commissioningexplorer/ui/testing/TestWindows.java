package org.commissioningexplorer.ui.testing;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.commissioningexplorer.core.notes.NotesStore;
import org.commissioningexplorer.ui.common.BackgroundRunner;
import org.commissioningexplorer.ui.common.DocumentOpener;
import org.commissioningexplorer.ui.common.FileDialogs;
import org.commissioningexplorer.ui.common.Services;
import org.commissioningexplorer.ui.common.Settings;
import org.commissioningexplorer.ui.common.Texts;
import org.commissioningexplorer.ui.main.MainWindow;
import org.commissioningexplorer.ui.state.ExplorerState;
import org.testfx.api.FxRobot;

/**
 * The main window as every GUI test opens it: work on the calling thread, in-memory settings, file dialogs that
 * answer what the test says (nothing by default), no system viewer; the bundled dataset unless one is given.
 */
public final class TestWindows {

    private Settings settings = Settings.inMemory();
    private Path data;
    private DocumentOpener opener = DocumentOpener.none();
    private Supplier<Path> datasetChoice = () -> null;
    private Supplier<Path> documentChoice = () -> null;
    private Supplier<Path> handoutChoice = () -> null;
    private Supplier<Path> imageChoice = () -> null;
    private Supplier<Path> notesChoice = () -> null;
    private NotesStore notes = NotesStore.inMemory();

    private TestWindows() {
    }

    /** A window to set up, then {@link #open(Stage)}. */
    public static TestWindows window() {
        return new TestWindows();
    }

    public TestWindows settings(Settings s) {
        this.settings = s;
        return this;
    }

    /** Opens this dataset instead of the bundled one, as --data does. */
    public TestWindows data(Path dataset) {
        this.data = dataset;
        return this;
    }

    public TestWindows opener(DocumentOpener o) {
        this.opener = o;
        return this;
    }

    /** What File › Open dataset… answers, asked each time it opens (null: cancelled). */
    public TestWindows chooseDataset(Supplier<Path> answer) {
        this.datasetChoice = answer;
        return this;
    }

    /** What Locate file… answers, asked each time it opens (null: cancelled). */
    public TestWindows chooseDocument(Supplier<Path> answer) {
        this.documentChoice = answer;
        return this;
    }

    /** Where File › Export PDF… saves, asked each time it opens (null: cancelled). */
    public TestWindows chooseHandout(Supplier<Path> answer) {
        this.handoutChoice = answer;
        return this;
    }

    /** Where an image export (the org chart's Export PNG…) saves, asked each time (null: cancelled). */
    public TestWindows chooseImage(Supplier<Path> answer) {
        this.imageChoice = answer;
        return this;
    }

    /** The notes the window keeps (in memory unless a test gives a store on a temporary folder). */
    public TestWindows notes(NotesStore store) {
        this.notes = store;
        return this;
    }

    /** What Export notes… and Import notes… answer, asked each time (null: cancelled). */
    public TestWindows chooseNotesFile(Supplier<Path> answer) {
        this.notesChoice = answer;
        return this;
    }

    /** Shows the window on {@code stage}, gives it the focus and returns its shared state. */
    public ExplorerState open(Stage stage) {
        FileDialogs dialogs = new FileDialogs() {
            @Override
            public Optional<Path> chooseDataset(Window owner, Path startIn) {
                return Optional.ofNullable(datasetChoice.get());
            }

            @Override
            public Optional<Path> chooseDocument(Window owner, String documentTitle) {
                return Optional.ofNullable(documentChoice.get());
            }

            @Override
            public Optional<Path> chooseHandout(Window owner, String bodyName, String fileName) {
                return Optional.ofNullable(handoutChoice.get());
            }

            @Override
            public Optional<Path> saveImage(Window owner, String suggestedName) {
                return Optional.ofNullable(imageChoice.get());
            }

            @Override
            public Optional<Path> chooseNotesFile(Window owner, boolean forSaving) {
                return Optional.ofNullable(notesChoice.get());
            }
        };
        Services services = new Services(settings, BackgroundRunner.sameThread(), dialogs, Texts.bundle(), data,
                opener, notes);
        ExplorerState state = MainWindow.show(stage, services);
        stage.requestFocus();
        return state;
    }

    /** Closes every window a test opened, the main one and any it owns. */
    public static void closeAll(FxRobot robot) {
        robot.interact(() -> List.copyOf(Window.getWindows()).forEach(Window::hide));
    }
}
