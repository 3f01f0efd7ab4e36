package org.commissioningexplorer.ui.searchbox;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import org.commissioningexplorer.core.model.Period;
import org.commissioningexplorer.ui.common.Texts;
import org.commissioningexplorer.ui.state.ExplorerState;

/**
 * The search box and its results. While the box holds a query the results stand in for the tree (the window
 * shows one or the other by {@link #activeProperty()}); Enter, a click or Down then Enter opens a hit, Esc
 * returns to the tree.
 */
public final class SearchBoxController {

    private final ExplorerState state;
    private final SearchViewModel search;
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper();

    @FXML
    private TextField searchField;
    @FXML
    private Label searchSummary;
    @FXML
    private ListView<SearchRow> results;

    public SearchBoxController(ExplorerState state, org.commissioningexplorer.core.notes.NotesStore notes) {
        this.state = state;
        this.search = new SearchViewModel(state, notes);
    }

    @FXML
    private void initialize() {
        searchField.textProperty().bindBidirectional(search.queryProperty());
        searchSummary.textProperty().bind(search.summaryProperty());
        results.setItems(search.rows());
        results.setCellFactory(l -> {
            SearchResultCell cell = new SearchResultCell(b -> state.session().queries() == null
                    ? Period.ALWAYS : state.session().queries().lifetime(b), search::replacedBy);
            // Only a click on a hit opens it: not on a heading, nor on the blank space below the list.
            cell.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && !cell.isEmpty()
                        && cell.getItem() instanceof SearchRow.Hit h) {
                    open(h);
                }
            });
            return cell;
        });
        results.setPlaceholder(new Label(Texts.get("search.noResults")));
        search.queryProperty().addListener((obs, old, text) -> active.set(search.isActive()));
        for (var node : new javafx.scene.Node[] {searchSummary, results}) {
            node.visibleProperty().bind(active);
            node.managedProperty().bind(active);
        }
        skipHeadings();
        searchField.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                backToTree();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                search.open(search.first());
                state.requestTree();
                e.consume();
            } else if (e.getCode() == KeyCode.DOWN && search.isActive() && search.first() != null) {
                results.requestFocus();
                results.getSelectionModel().select(search.firstHitIndex());
                e.consume();
            }
        });
        results.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                if (results.getSelectionModel().getSelectedItem() instanceof SearchRow.Hit h) {
                    open(h);
                }
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                backToTree();
                e.consume();
            }
        });
        // Up from the first hit goes back to the box; a filter sees the key before the list moves.
        results.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.UP && results.getSelectionModel().getSelectedIndex() <= search.firstHitIndex()) {
                searchField.requestFocus();
                e.consume();
            }
        });
    }

    /** Headings are not results: the selection steps over them. */
    private void skipHeadings() {
        results.getSelectionModel().selectedIndexProperty().addListener((obs, old, index) -> {
            int i = index.intValue();
            if (i >= 0 && i < search.rows().size() && search.rows().get(i) instanceof SearchRow.Heading) {
                int step = old.intValue() > i ? -1 : 1;
                int next = i + step;
                if (next < 0 || next >= search.rows().size()) {
                    next = i - step;
                }
                int target = next;
                Platform.runLater(() -> {
                    if (target >= 0 && target < search.rows().size()) {
                        results.getSelectionModel().select(target);
                    }
                });
            }
        });
    }

    private void open(SearchRow.Hit hit) {
        search.open(hit.hit());
        state.requestTree();
    }

    private void backToTree() {
        search.clear();
        state.requestTree();
    }

    /** True while the box holds a query: the results then take the tree's place. */
    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    /** Puts the keyboard in the search box (Ctrl+F). */
    public void focus() {
        searchField.requestFocus();
        searchField.selectAll();
    }
}
