package org.commissioningexplorer.ui.library;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.commissioningexplorer.core.model.PartialDate;
import org.commissioningexplorer.ui.common.Texts;
import org.commissioningexplorer.ui.library.LibraryViewModel.Row;

/** Wires the library's filters, table and buttons to its view-model. */
public final class LibraryController {

    private final LibraryViewModel model;

    @FXML
    private TextField searchField;
    @FXML
    private TextField bodyField;
    @FXML
    private ComboBox<String> kindBox;
    @FXML
    private ComboBox<String> yearBox;
    @FXML
    private Label summary;
    @FXML
    private TableView<Row> table;
    @FXML
    private TableColumn<Row, String> titleColumn;
    @FXML
    private TableColumn<Row, String> bodyColumn;
    @FXML
    private TableColumn<Row, String> kindColumn;
    @FXML
    private TableColumn<Row, PartialDate> dateColumn;
    @FXML
    private TableColumn<Row, Integer> sizeColumn;
    @FXML
    private TableColumn<Row, String> offlineColumn;
    @FXML
    private TableColumn<Row, String> sourceColumn;
    @FXML
    private Button openButton;
    @FXML
    private Button showBodyButton;
    @FXML
    private Button copyUrlButton;
    @FXML
    private Button locateButton;
    @FXML
    private Button forgetButton;

    public LibraryController(LibraryViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        searchField.textProperty().bindBidirectional(model.wordsProperty());
        bodyField.textProperty().bindBidirectional(model.bodyProperty());
        kindBox.setItems(model.kinds());
        kindBox.setConverter(converter(LibraryViewModel::kindLabel));
        kindBox.valueProperty().bindBidirectional(model.kindProperty());
        yearBox.setItems(model.years());
        yearBox.setConverter(converter(LibraryViewModel::yearLabel));
        yearBox.valueProperty().bindBidirectional(model.yearProperty());
        summary.textProperty().bind(model.summaryProperty());

        column(titleColumn, Row::title);
        column(bodyColumn, Row::body);
        column(kindColumn, Row::kind);
        column(dateColumn, Row::date);
        dateColumn.setCellFactory(c -> text(d -> d == null ? Texts.get("library.undated") : d.display()));
        column(sizeColumn, Row::sizeKB);
        sizeColumn.setCellFactory(c -> text(kb -> kb == null ? "" : Texts.format("library.size", kb)));
        column(offlineColumn, Row::offline);
        column(sourceColumn, Row::source);

        SortedList<Row> sorted = new SortedList<>(model.rows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> model.selectedProperty().set(row));
        model.selectedProperty().addListener((obs, old, row) -> {
            if (row != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(row);
            }
        });
        table.setRowFactory(t -> {
            TableRow<Row> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    model.open(window());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                model.open(window());
                e.consume();
            }
        });

        // Down in a filter field goes to the rows, as in the tree's search
        for (Node field : new Node[] {searchField, bodyField}) {
            field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.DOWN && !table.getItems().isEmpty()) {
                    table.requestFocus();
                    if (table.getSelectionModel().isEmpty()) {
                        table.getSelectionModel().selectFirst();
                    }
                    e.consume();
                }
            });
        }

        openButton.disableProperty().bind(model.canOpenProperty().not());
        showBodyButton.disableProperty().bind(model.canShowBodyProperty().not());
        copyUrlButton.disableProperty().bind(model.canCopyUrlProperty().not());
        locateButton.disableProperty().bind(model.canLocateProperty().not());
        forgetButton.disableProperty().bind(model.canForgetProperty().not());
    }

    private static <T> void column(TableColumn<Row, T> column, Function<Row, T> value) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
    }

    private static <T> TableCell<Row, T> text(Function<T, String> shown) {
        return new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : shown.apply(item));
            }
        };
    }

    private static StringConverter<String> converter(Function<String, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(String value) {
                return label.apply(value);
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        };
    }

    private Window window() {
        return table.getScene().getWindow();
    }

    /** Focuses the search field (the library opens with it). */
    public void focusSearch() {
        searchField.requestFocus();
    }

    @FXML
    private void open() {
        model.open(window());
    }

    @FXML
    private void showBody() {
        if (model.showBody() && window() instanceof Stage s && s.getOwner() instanceof Stage main) {
            main.toFront();
        }
    }

    @FXML
    private void copyUrl() {
        model.copyUrl();
    }

    @FXML
    private void locate() {
        model.locate(window());
    }

    @FXML
    private void forget() {
        model.forget();
    }

    @FXML
    private void clearFilters() {
        model.wordsProperty().set("");
        model.bodyProperty().set("");
        model.kindProperty().set(LibraryViewModel.ANY);
        model.yearProperty().set(LibraryViewModel.ANY);
    }
}
