package org.commissioningexplorer.ui.main;

import java.nio.file.Path;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.VBox;
import org.commissioningexplorer.core.data.Problem;
import org.commissioningexplorer.ui.about.AboutDialog;
import org.commissioningexplorer.ui.commissioner.CommissionerWindow;
import org.commissioningexplorer.ui.common.Services;
import org.commissioningexplorer.ui.docs.DocumentActions;
import org.commissioningexplorer.ui.docs.ExplainersMenu;
import org.commissioningexplorer.ui.library.LibraryWindow;
import org.commissioningexplorer.ui.timeline.TimelineController;
import org.commissioningexplorer.ui.tree.OrganisationTreeController;

/** Wires the menus, the problem banner and the status bar to the window's view-model. */
public final class MainWindowController {

    private final MainViewModel model;
    private final Services services;
    private CommissionerWindow commissionerWindow;

    @FXML
    private OrganisationTreeController treeController;
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
    private Label datasetLabel;
    @FXML
    private Label statusLabel;
    @FXML
    private ProgressIndicator progress;
    @FXML
    private MenuItem reloadItem;
    @FXML
    private Menu explainersMenu;
    private final DocumentActions documents;
    private LibraryWindow library;

    public MainWindowController(MainViewModel model, Services services, DocumentActions documents) {
        this.model = model;
        this.services = services;
        this.documents = documents;
    }

    @FXML
    private void initialize() {
        problemBanner.visibleProperty().bind(model.problemTitleProperty().isNotEmpty());
        problemBanner.managedProperty().bind(problemBanner.visibleProperty());
        problemTitle.textProperty().bind(model.problemTitleProperty());
        problemList.setItems(model.problems());
        problemList.setCellFactory(l -> new ProblemCell());
        problemList.visibleProperty().bind(Bindings.isNotEmpty(model.problems()));
        problemList.managedProperty().bind(problemList.visibleProperty());
        model.problems().addListener((ListChangeListener<Problem>) c ->
                problemList.setPrefHeight(Math.min(6, Math.max(1, model.problems().size())) * 26 + 4));
        datasetLabel.textProperty().bind(model.datasetSummaryProperty());
        statusLabel.textProperty().bind(model.statusProperty());
        // A message in the status bar matters more than the dataset's name: the name gives up room first.
        if (datasetLabel.getParent() instanceof javafx.scene.layout.Region bar) {
            datasetLabel.maxWidthProperty().bind(Bindings.createDoubleBinding(
                    () -> Math.max(bar.getWidth() * 0.3, bar.getWidth() - statusLabel.prefWidth(-1) - 80),
                    bar.widthProperty(), statusLabel.textProperty()));
            statusLabel.setMinWidth(0);
        }
        progress.visibleProperty().bind(model.loadingProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        reloadItem.disableProperty().bind(model.loadingProperty().or(model.queriesProperty().isNull()));
        backItem.disableProperty().bind(model.canGoBackProperty().not());
        forwardItem.disableProperty().bind(model.canGoForwardProperty().not());
        ExplainersMenu.install(explainersMenu, model, documents, () -> problemBanner.getScene().getWindow());
        // Alt+Left/Right and the mouse's back and forward buttons work wherever the focus is: a filter
        // sees them before the tree or a text field can take them for itself.
        problemBanner.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                    if (e.isAltDown() && !e.isControlDown() && !e.isShiftDown()
                            && (e.getCode() == KeyCode.LEFT || e.getCode() == KeyCode.RIGHT)) {
                        if (e.getCode() == KeyCode.LEFT) {
                            model.goBack();
                        } else {
                            model.goForward();
                        }
                        e.consume();
                    } else if (e.isShortcutDown() && !e.isAltDown() && (e.getCode() == KeyCode.OPEN_BRACKET
                            || e.getCode() == KeyCode.CLOSE_BRACKET || e.getCode() == KeyCode.PAGE_UP
                            || e.getCode() == KeyCode.PAGE_DOWN)) {
                        // Also here rather than only as menu accelerators: some keyboard layouts report
                        // the brackets differently, and lists take Ctrl+Page Up/Down for themselves.
                        if (e.getCode() == KeyCode.OPEN_BRACKET || e.getCode() == KeyCode.PAGE_UP) {
                            timelineController.previousChange();
                        } else {
                            timelineController.nextChange();
                        }
                        e.consume();
                    }
                });
                scene.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
                    if (e.getButton() == MouseButton.BACK) {
                        model.goBack();
                        e.consume();
                    } else if (e.getButton() == MouseButton.FORWARD) {
                        model.goForward();
                        e.consume();
                    }
                });
            }
        });
    }

    @FXML
    private void goBack() {
        model.goBack();
    }

    @FXML
    private void goForward() {
        model.goForward();
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
        model.asOfProperty().set(java.time.LocalDate.now());
    }

    @FXML
    private void openLibrary() {
        if (library == null) {
            library = new LibraryWindow(model, services, documents);
        }
        library.show(problemBanner.getScene().getWindow());
    }

    @FXML
    private void openDataset() {
        Path current = model.currentPath();
        Path startIn = current == null ? Path.of("resources").toAbsolutePath()
                : current.toAbsolutePath().getParent();
        services.dialogs().chooseDataset(problemBanner.getScene().getWindow(), startIn).ifPresent(model::open);
    }

    @FXML
    private void reload() {
        model.reload();
    }

    @FXML
    private void quit() {
        problemBanner.getScene().getWindow().hide();
        Platform.exit();
    }

    @FXML
    private void focusSearch() {
        treeController.focusSearch();
    }

    @FXML
    private void dismissProblems() {
        model.dismissProblems();
    }

    @FXML
    private void showCommissioner() {
        if (commissionerWindow == null) {
            commissionerWindow = new CommissionerWindow(problemBanner.getScene().getWindow(), model,
                    MainWindow.themeUrl());
        }
        commissionerWindow.show();
    }

    @FXML
    private void showAbout() {
        new AboutDialog(problemBanner.getScene().getWindow(), model.queries() == null ? null
                : model.queries().dataset().info()).showAndWait();
    }

    /** A problem line: FILE:LINE:COLUMN in a fixed-width face, then the message. */
    private static final class ProblemCell extends javafx.scene.control.ListCell<Problem> {
        @Override
        protected void updateItem(Problem p, boolean empty) {
            super.updateItem(p, empty);
            getStyleClass().removeAll("problem-error", "problem-warning");
            if (empty || p == null) {
                setText(null);
                return;
            }
            setText(p.format());
            getStyleClass().add(p.isError() ? "problem-error" : "problem-warning");
        }
    }
}
