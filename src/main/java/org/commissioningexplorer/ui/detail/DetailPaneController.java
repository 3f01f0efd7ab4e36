package org.commissioningexplorer.ui.detail;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.commissioningexplorer.core.query.BodyProfile;
import org.commissioningexplorer.core.query.DatasetQueries;
import org.commissioningexplorer.ui.common.KindStyle;
import org.commissioningexplorer.ui.common.Texts;
import org.commissioningexplorer.ui.docs.DocumentActions;
import org.commissioningexplorer.ui.state.ExplorerState;

/**
 * Shows the selected body's page: a header (breadcrumb, title, notice, chips) and a bar of its sections
 * (Summary, Parts, Membership, Responsibilities, Documents, Relationships, Sources), of which only the one
 * shown is built.
 */
public final class DetailPaneController {

    private final ExplorerState state;
    private final DetailViewModel model;
    private final DocumentActions docs;
    private final SectionBar bar = new SectionBar(this::choose);
    private DetailRenderer renderer;
    /** The profile the page shows. */
    private BodyProfile shown;

    @FXML
    private StackPane root;
    @FXML
    private ScrollPane scroll;
    @FXML
    private VBox page;
    @FXML
    private VBox placeholder;
    @FXML
    private VBox header;
    @FXML
    private StackPane headerRowBox;
    @FXML
    private VBox content;
    @FXML
    private FlowPane breadcrumb;
    @FXML
    private FlowPane actions;
    @FXML
    private StackPane kindIcon;
    @FXML
    private Label title;
    @FXML
    private VBox noticeBox;
    @FXML
    private Button copyCodeButton;
    @FXML
    private FlowPane chips;
    @FXML
    private StackPane sectionBarBox;
    @FXML
    private VBox sectionBox;

    /** {@code docs} opens and locates documents from the Documents section. */
    public DetailPaneController(ExplorerState state, DocumentActions docs) {
        this.state = state;
        this.model = new DetailViewModel(state);
        this.docs = docs;
    }

    @FXML
    private void initialize() {
        sectionBarBox.getChildren().setAll(bar.node());
        headerRowBox.getChildren().setAll(new HeaderRow(breadcrumb, actions));
        new HeaderPlacement(page, header, content);
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null && old == null) {
                bar.installKeys(scene);
            }
        });
        // Invalidation, not change: a reloaded dataset gives an equal profile (records compare by value),
        // and the page must still be drawn again, since files in the documents folder may have changed.
        model.profileProperty().addListener(obs -> show(model.profileProperty().get()));
        // A file located or forgotten: the same section again, where the user was reading it.
        docs.revisionProperty().addListener((obs, old, n) -> {
            if (renderer != null) {
                double at = scroll.getVvalue();
                showSection();
                scroll.layout();
                scroll.setVvalue(at);
            }
        });
        show(model.profileProperty().get());
    }

    private void show(BodyProfile p) {
        DatasetQueries queries = state.navigation().view().queries();
        if (renderer != null && sectionBox.getUserData() == model.section()
                && SamePage.as(shown, p, model.section(), queries)) {
            // Another date on which the page reads the same: the nodes stay (and where the user was reading), and
            // the sections chosen next are built for this date.
            shown = p;
            renderer = new DetailRenderer(p, queries, state.navigation()::go, docs, this::choose);
            return;
        }
        shown = p;
        boolean has = p != null;
        page.setVisible(has);
        scroll.setVisible(has);
        placeholder.setVisible(!has);
        if (!has) {
            renderer = null;
            sectionBox.getChildren().clear();
            bar.clear();
            return;
        }
        renderer = new DetailRenderer(p, queries, state.navigation()::go, docs, this::choose);
        noticeBox.getChildren().setAll(renderer.notice(() -> state.navigation().reveal(p.body())));
        noticeBox.setVisible(!noticeBox.getChildren().isEmpty());
        noticeBox.setManaged(noticeBox.isVisible());
        String code = p.body().primaryCode().orElse(null);
        copyCodeButton.setDisable(code == null);
        copyCodeButton.setText(code == null ? Texts.get("detail.copyCode") : Texts.format("detail.copyCode.of", code));
        breadcrumb.getChildren().setAll(renderer.breadcrumb());
        kindIcon.getChildren().setAll(KindStyle.icon(p.body().kind()));
        title.setText(p.body().name());
        chips.getChildren().setAll(renderer.chips());
        showSection();
        scroll.setVvalue(0);
    }

    /** The user chose a section, on the bar or by a link of the summary: it shows, and stays chosen. */
    private void choose(DetailSection s) {
        model.choose(s);
        if (renderer != null) {
            showSection();
            scroll.setVvalue(0);
        }
    }

    /** Builds the section to show, only that one, and marks it on the bar. */
    private void showSection() {
        DetailSection s = model.section();
        bar.show(model.profileProperty().get(), s);
        sectionBox.getChildren().setAll(renderer.section(s));
        sectionBox.setUserData(s);
    }

    /** Selects the body in the tree, moving the date to when it existed if need be. */
    @FXML
    private void showInTree() {
        BodyProfile p = model.profileProperty().get();
        if (p != null) {
            state.navigation().reveal(p.body());
            state.requestTree();
        }
    }

    @FXML
    private void copyCode() {
        BodyProfile p = model.profileProperty().get();
        if (p != null) {
            p.body().primaryCode().ifPresent(c -> copy(c, Texts.format("detail.copied.code", c)));
        }
    }

    @FXML
    private void copyName() {
        BodyProfile p = model.profileProperty().get();
        if (p != null) {
            copy(p.body().name(), Texts.get("detail.copied.name"));
        }
    }

    private void copy(String value, String message) {
        ClipboardContent content = new ClipboardContent();
        content.putString(value);
        Clipboard.getSystemClipboard().setContent(content);
        state.status().say(message);
    }
}
