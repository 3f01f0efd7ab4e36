package org.commissioningexplorer.ui.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.commissioningexplorer.core.notes.NotesStore;
import org.commissioningexplorer.ui.searchbox.SearchRow;
import org.commissioningexplorer.ui.state.ExplorerState;
import org.commissioningexplorer.ui.testing.TestWindows;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The trainer's notes and stars in the window: Ctrl+B, Edit note…, View › Bookmarks, the search box, reloads. */
@ExtendWith(ApplicationExtension.class)
class NotesTest {

    private static final Path SMALL = Path.of("src/test/resources/datasets/small");

    @TempDir
    Path dir;

    private ExplorerState open(FxRobot robot, NotesStore notes, Path data) {
        return open(robot, notes, data, () -> null);
    }

    private ExplorerState open(FxRobot robot, NotesStore notes, Path data, java.util.function.Supplier<Path> notesFile) {
        Stage[] stage = new Stage[1];
        robot.interact(() -> stage[0] = new Stage());
        ExplorerState[] state = new ExplorerState[1];
        robot.interact(() -> state[0] = TestWindows.window().notes(notes).data(data)
                .chooseDataset(() -> dir.resolve("updated").resolve("dataset.json")).chooseNotesFile(notesFile)
                .open(stage[0]));
        return state[0];
    }

    @AfterEach
    void close(FxRobot robot) {
        TestWindows.closeAll(robot);
    }

    private static String stripText(FxRobot robot) {
        return robot.lookup(".note-text").queryAs(Label.class).getText();
    }

    @SuppressWarnings("unchecked")
    private static ListView<BookmarksViewModel.Bookmark> bookmarks(FxRobot robot) {
        return robot.lookup(".bookmarks-list").queryAs(ListView.class);
    }

    private static void typeNote(FxRobot robot, String text) {
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N);
        robot.clickOn(".note-area").write(text); // a click gives the editor's window the keyboard
        robot.push(KeyCode.CONTROL, KeyCode.ENTER);
    }

    @Test
    void ctrlBStarsTheBodyAndTheBookmarksListShowsAndOpensIt(FxRobot robot) {
        NotesStore notes = NotesStore.inMemory();
        ExplorerState state = open(robot, notes, null);
        robot.interact(() -> state.navigation().select("ccg-06W"));
        assertFalse(robot.lookup(".note-strip").query().isVisible(), "no strip on a body without note or star");

        robot.push(KeyCode.CONTROL, KeyCode.B);
        assertTrue(notes.get("ccg-06W").orElseThrow().starred());
        assertEquals("Starred", robot.lookup(".note-star").queryAs(Button.class).getText());
        assertEquals("Starred NHS Norwich CCG.", state.status().messageProperty().get());

        robot.interact(() -> state.navigation().select("nhs-england"));
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.B);
        ListView<BookmarksViewModel.Bookmark> list = bookmarks(robot);
        assertEquals(List.of("ccg-06W"), list.getItems().stream().map(b -> b.note().id()).toList());
        assertTrue(list.isFocused(), "the list has the keyboard");
        robot.type(KeyCode.ENTER);
        assertEquals("ccg-06W", state.navigation().selected().id());

        robot.interact(() -> robot.lookup(".note-star").queryAs(Button.class).fire());
        assertTrue(notes.get("ccg-06W").isEmpty(), "the star button unstars it again");
        assertFalse(robot.lookup(".note-strip").query().isVisible());
        assertTrue(list.getItems().isEmpty(), "and the list follows");
    }

    @Test
    void aNoteTypedShowsAboveTheDetailPaneAndIsFoundByTheSearchBox(FxRobot robot) {
        NotesStore notes = NotesStore.inMemory();
        ExplorerState state = open(robot, notes, null);
        robot.interact(() -> state.navigation().select("ccg-06W"));
        robot.push(KeyCode.CONTROL, KeyCode.B);
        assertEquals("No note of yours on this body.", stripText(robot), "a starred body without a note says so");

        typeNote(robot, "Ask about the quokka slide");
        assertEquals("Ask about the quokka slide", stripText(robot));
        assertEquals("Edit note\u2026", robot.lookup(".note-edit").queryAs(Button.class).getText());

        robot.interact(() -> state.navigation().select("nhs-england"));
        robot.push(KeyCode.CONTROL, KeyCode.F);
        robot.write("QUOKKA");
        @SuppressWarnings("unchecked")
        ListView<SearchRow> results = robot.lookup(".search-results").queryAs(ListView.class);
        assertEquals(new SearchRow.Heading("Your notes", 1, null), results.getItems().get(0));
        SearchRow.Hit hit = (SearchRow.Hit) results.getItems().get(1);
        assertEquals("ccg-06W", hit.hit().body().id());
        robot.type(KeyCode.ENTER);
        assertEquals("ccg-06W", state.navigation().selected().id());
    }

    @Test
    void aNoteSurvivesAReloadAndAnUpdatedDatasetThatRenamedTheBody(FxRobot robot) throws IOException {
        Path first = copySmall(dir.resolve("first"), "NHS Alpha CCG");
        copySmall(dir.resolve("updated"), "NHS Alpha and Omega CCG");
        Path config = dir.resolve("config");
        ExplorerState state = open(robot, NotesStore.open(config), first);
        robot.interact(() -> state.navigation().select("ccg-a"));
        typeNote(robot, "Merger talks in 2019");
        robot.push(KeyCode.CONTROL, KeyCode.B);

        robot.push(KeyCode.CONTROL, KeyCode.R);
        assertEquals("ccg-a", state.navigation().selected().id());
        assertEquals("Merger talks in 2019", stripText(robot));

        // The app restarts (a fresh store on the same folder) and File › Open takes the updated copy.
        TestWindows.closeAll(robot);
        ExplorerState again = open(robot, NotesStore.open(config), first);
        robot.push(KeyCode.CONTROL, KeyCode.O);
        assertTrue(again.session().currentPath().startsWith(dir.resolve("updated")));
        robot.interact(() -> again.navigation().select("ccg-a"));
        assertEquals("NHS Alpha and Omega CCG", again.navigation().selected().name());
        assertEquals("Merger talks in 2019", stripText(robot));
        assertEquals("Starred", robot.lookup(".note-star").queryAs(Button.class).getText());
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.B);
        assertEquals("NHS Alpha and Omega CCG", bookmarks(robot).getItems().get(0).name());
        assertEquals("NHS Alpha and Omega CCG", NotesStore.open(config).get("ccg-a").orElseThrow().name(),
                "the saved name follows the dataset");
    }

    @Test
    void aNoteOnABodyTheDatasetLacksIsListedAsAnOrphanAndCanBeForgotten(FxRobot robot) throws IOException {
        Path config = dir.resolve("config");
        NotesStore notes = NotesStore.open(config);
        ExplorerState state = open(robot, notes, null);
        robot.interact(() -> state.navigation().select("ccg-06W"));
        typeNote(robot, "Norwich note");
        TestWindows.closeAll(robot);

        ExplorerState small = open(robot, NotesStore.open(config), copySmall(dir.resolve("small"), "NHS Alpha CCG"));
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.B);
        ListView<BookmarksViewModel.Bookmark> list = bookmarks(robot);
        BookmarksViewModel.Bookmark orphan = list.getItems().get(0);
        assertTrue(orphan.orphan());
        assertEquals("NHS Norwich CCG", orphan.name());
        assertTrue(robot.lookup(".bookmark-orphan .bookmark-detail").queryAs(Label.class).getText()
                .startsWith("Not in this dataset"));
        robot.type(KeyCode.ENTER);
        assertEquals("NHS Norwich CCG is not in the open dataset; its note is kept.",
                small.status().messageProperty().get());
        robot.clickOn(".bookmarks-forget");
        assertTrue(list.getItems().isEmpty());
        assertFalse(NotesStore.open(config).get("ccg-06W").isPresent());
    }

    @Test
    void aDamagedNotesFileIsReportedWhenTheWindowOpens(FxRobot robot) throws IOException {
        Path config = dir.resolve("config");
        Files.createDirectories(config);
        Files.writeString(config.resolve("notes.json"), "{\"format\": \"commissioning-explorer-notes\", \"notes\": {");
        NotesStore notes = NotesStore.open(config);
        open(robot, notes, null);
        String shown = robot.lookup(".dialog-pane .content").queryAs(Label.class).getText();
        assertTrue(shown.contains("kept aside as " + notes.damage().orElseThrow().keptAside()), shown);
        assertTrue(shown.contains("it is not valid JSON"), shown);
    }

    @Test
    void fileExportAndImportCarryNotesToAnotherComputer(FxRobot robot) throws IOException {
        Path exported = dir.resolve("usb").resolve("notes.json");
        Files.createDirectories(exported.getParent());
        Path[] answer = {exported};
        NotesStore laptop = NotesStore.inMemory();
        ExplorerState state = open(robot, laptop, null, () -> answer[0]);
        robot.interact(() -> state.navigation().select("ccg-06W"));
        typeNote(robot, "From the laptop");
        menuItem(robot, "Export notes\u2026");
        assertEquals("1 note exported to " + exported + ".", state.status().messageProperty().get());
        TestWindows.closeAll(robot);

        NotesStore desktop = NotesStore.inMemory();
        ExplorerState other = open(robot, desktop, null, () -> answer[0]);
        menuItem(robot, "Import notes\u2026");
        assertEquals("Notes imported: 1 new, 0 replaced by newer ones, 0 kept as they were.",
                other.status().messageProperty().get());
        assertEquals("From the laptop", desktop.get("ccg-06W").orElseThrow().text());

        answer[0] = Files.writeString(dir.resolve("not-notes.json"), "[]");
        menuItem(robot, "Import notes\u2026");
        assertTrue(robot.lookup(".dialog-pane .content").queryAs(Label.class).getText()
                .contains("it is not an exported notes file. Your notes are unchanged."));
        assertEquals(1, desktop.all().size());
    }

    private static void menuItem(FxRobot robot, String text) {
        javafx.scene.control.MenuBar bar = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        javafx.scene.control.MenuItem item = bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> text.equals(i.getText())).findFirst().orElseThrow();
        robot.interact(item::fire);
    }

    /** A copy of the small test dataset with its CCG Alpha under {@code alphaName}; returns its dataset.json. */
    private static Path copySmall(Path to, String alphaName) throws IOException {
        Files.createDirectories(to);
        for (String f : new String[] {"dataset.json", "part.json"}) {
            String text = Files.readString(SMALL.resolve(f));
            Files.writeString(to.resolve(f), text.replace("\"NHS Alpha CCG\"", "\"" + alphaName + "\""));
        }
        return to.resolve("dataset.json");
    }
}
