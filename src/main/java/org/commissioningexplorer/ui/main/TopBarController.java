package org.commissioningexplorer.ui.main;

import java.nio.file.Path;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.VBox;
import org.commissioningexplorer.core.data.Problem;
import org.commissioningexplorer.ui.about.AboutDialog;
import org.commissioningexplorer.ui.help.HelpDialog;
import org.commissioningexplorer.ui.common.Texts;
import org.commissioningexplorer.ui.common.Services;
import org.commissioningexplorer.ui.docs.DocumentActions;
import org.commissioningexplorer.ui.docs.ExplainersMenu;
import org.commissioningexplorer.ui.export.DetailPrinter;
import org.commissioningexplorer.ui.export.HandoutExport;
import org.commissioningexplorer.ui.timeline.TimelineController;
import org.commissioningexplorer.ui.state.DatasetSession;
import org.commissioningexplorer.ui.state.ExplorerState;
import org.commissioningexplorer.ui.state.Navigation;

/**
 * The window's top (TopBar.fxml): its menus and what they do, the problem banner and the timeline bar. It is made
 * after the window's body ({@link MainWindowController}), whose search box, notes and detail pane the menus act on.
 */
public final class TopBarController {

    private final ExplorerState state;
    private final DatasetSession session;
    private final Navigation navigation;
    private final Services services;
    private final MainWindowController body;
    private ToolWindowSet tools;

    @FXML
    private TimelineController timelineController;
    @FXML
    private MenuItem backItem;
    @FXML
    private MenuItem forwardItem;
    @FXML
    private VBox problemBanner;
    @FXML
    private Label problemTitle;
    @FXML
    private ListView<Problem> problemList;
    @FXML
    private javafx.scene.control.MenuBar menuBar;
    @FXML
    private MenuItem reloadItem;
    @FXML
    private Menu explainersMenu;
    private final DocumentActions documents;
    private HandoutExport handouts;
    @FXML private javafx.scene.control.CheckMenuItem includeNoteItem;
    @FXML private javafx.scene.control.CheckMenuItem mapItem;
    private MapColumn map;

    public TopBarController(ExplorerState state, Services services, DocumentActions documents,
            MainWindowController body) {
        this.state = state;
        this.body = body;
        this.session = state.session();
        this.navigation = state.navigation();
        this.services = services;
        this.documents = documents;
    }

    @FXML
    private void initialize() {
        problemBanner.visibleProperty().bind(session.problemTitleProperty().isNotEmpty());
        problemBanner.managedProperty().bind(problemBanner.visibleProperty());
        problemTitle.textProperty().bind(session.problemTitleProperty());
        ProblemList.install(problemList, session.problems());
        problemList.visibleProperty().bind(Bindings.isNotEmpty(session.problems()));
        problemList.managedProperty().bind(problemList.visibleProperty());
        reloadItem.disableProperty().bind(session.datasetProperty().isNull());
        includeNoteItem.setSelected(handouts().includeNote());
        backItem.disableProperty().bind(navigation.canGoBackProperty().not());
        forwardItem.disableProperty().bind(navigation.canGoForwardProperty().not());
        ExplainersMenu.install(explainersMenu, session, documents, () -> problemBanner.getScene().getWindow());
        WindowKeys.install(problemBanner, navigation, timelineController);
    }

    @FXML
    private void goBack() {
        navigation.goBack();
    }

    @FXML
    private void goForward() {
        navigation.goForward();
    }

    @FXML
    private void focusDate() {
        timelineController.focusDate();
    }

    @FXML
    private void previousChange() {
        timelineController.previousChange();
    }

    @FXML
    private void nextChange() {
        timelineController.nextChange();
    }

    @FXML
    private void today() {
        state.asAt().set(java.time.LocalDate.now());
    }

    @FXML
    private void openLibrary() {
        tools().library();
    }

    @FXML
    private void openDataset() {
        Path current = session.currentPath();
        Path startIn = current == null ? Path.of("resources").toAbsolutePath()
                : current.toAbsolutePath().getParent();
        services.dialogs().chooseDataset(problemBanner.getScene().getWindow(), startIn).ifPresent(session::open);
    }

    @FXML
    private void reload() {
        session.reload();
    }

    @FXML
    private void exportPdf() {
        handouts().export(problemBanner.getScene().getWindow());
    }

    @FXML private void toggleIncludeNote() { handouts().setIncludeNote(includeNoteItem.isSelected()); }

    private HandoutExport handouts() {
        return handouts = handouts != null ? handouts : new HandoutExport(state, services);
    }

    @FXML
    private void print() {
        new DetailPrinter(state).print(body.detail(), problemBanner.getScene().getWindow());
    }

    @FXML
    private void quit() {
        problemBanner.getScene().getWindow().hide();
        Platform.exit();
    }

    @FXML
    private void focusSearch() {
        body.search().focus();
    }

    @FXML
    private void copyProblems() {
        StringBuilder text = new StringBuilder(session.problemTitleProperty().get()).append('\n');
        session.problems().forEach(p -> text.append(p.format()).append('\n'));
        javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
        content.putString(text.toString());
        javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        state.status().say(Texts.format("banner.copied", session.problems().size()));
    }

    @FXML
    private void dismissProblems() {
        session.dismissProblems();
    }

    @FXML
    private void showCommissioner() {
        tools().commissioner();
    }

    @FXML
    private void showQuiz() {
        tools().quiz();
    }

    @FXML
    private void showChart() {
        tools().chart();
    }

    // View › Map and File › Export map…: the map column does the work.
    @FXML private void toggleMap() {
        boolean wanted = mapItem.isSelected();
        MapColumn m = map();
        if (wanted != m.showingProperty().get()) {
            m.toggle();
        }
        mapItem.setSelected(m.showingProperty().get());
    }
    @FXML private void exportMap() { map().export(); }

    /** The menu bar: View › Zoom and the rest of its end are wired by ViewMenu; presenter mode hides it. */
    javafx.scene.control.MenuBar menuBar() {
        return menuBar;
    }

    /** Keeps the map's width for the next start, if it was made. */
    void rememberMap() {
        if (map != null) {
            map.remember();
        }
    }

    /** The map beside the detail pane, made when first shown. */
    MapColumn map() {
        if (map == null) {
            map = new MapColumn((javafx.scene.control.SplitPane) problemBanner.getScene().lookup(".main-split"),
                    state, services);
            // Kept in step, not bound: the menu item and its accelerator set their own tick before they act.
            map.showingProperty().addListener((obs, was, showing) -> mapItem.setSelected(showing));
            mapItem.setSelected(map.showingProperty().get());
        }
        return map;
    }

    /** The tool windows, made when first opened; one each per main window. */
    private ToolWindowSet tools() {
        if (tools == null) {
            tools = new ToolWindowSet(problemBanner.getScene().getWindow(), state, services, documents);
        }
        return tools;
    }

    @FXML
    private void showHelp() {
        new HelpDialog(problemBanner.getScene().getWindow(), menuBar, false).show();
    }

    @FXML
    private void showShortcuts() {
        new HelpDialog(problemBanner.getScene().getWindow(), menuBar, true).show();
    }

    @FXML
    private void showAbout() {
        var q = session.queries();
        new AboutDialog(problemBanner.getScene().getWindow(), q == null ? null : q.dataset().info(),
                q == null ? java.util.List.of() : q.dataset().sources().values()).showAndWait();
    }

    // Notes and bookmarks: the notes feature does the work.
    @FXML private void toggleStar() { body.notes().toggleStar(); }
    @FXML private void editNote() { body.notes().editNote(); }
    @FXML private void showBookmarks() { body.notes().showBookmarks(); }
    @FXML private void exportNotes() { body.notes().exportNotes(); }
    @FXML private void importNotes() { body.notes().importNotes(); }
}
