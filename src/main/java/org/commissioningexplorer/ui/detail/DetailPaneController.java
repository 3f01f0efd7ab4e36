package org.commissioningexplorer.ui.detail;

import static org.commissioningexplorer.ui.detail.DetailNodes.counted;

import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.commissioningexplorer.core.query.BodyProfile;
import org.commissioningexplorer.ui.common.KindStyle;
import org.commissioningexplorer.ui.docs.DocumentActions;
import org.commissioningexplorer.ui.common.Texts;
import org.commissioningexplorer.ui.state.ExplorerState;

/** Shows the selected body's page: header, then Overview, Membership, Responsibilities, Documents, Relationships, Sources. */
public final class DetailPaneController {

    private final ExplorerState state;
    private final DetailViewModel model;
    private final DocumentActions docs;

    @FXML
    private ScrollPane scroll;
    @FXML
    private VBox page;
    @FXML
    private VBox placeholder;
    @FXML
    private HBox breadcrumb;
    @FXML
    private StackPane kindIcon;
    @FXML
    private Label title;
    @FXML
    private VBox noticeBox;
    @FXML
    private Button showInTreeButton;
    @FXML
    private Button copyCodeButton;
    @FXML
    private Button copyNameButton;
    @FXML
    private FlowPane chips;
    @FXML
    private VBox overviewBox;
    @FXML
    private VBox membershipBox;
    @FXML
    private VBox responsibilitiesBox;
    @FXML
    private VBox documentsBox;
    @FXML
    private VBox relationshipsBox;
    @FXML
    private VBox sourcesBox;
    @FXML
    private Label membershipTitle;
    @FXML
    private Label responsibilitiesTitle;
    @FXML
    private Label documentsTitle;
    @FXML
    private Label relationshipsTitle;

    /** {@code docs} opens and locates documents from the Documents section. */
    public DetailPaneController(ExplorerState state, DocumentActions docs) {
        this.state = state;
        this.model = new DetailViewModel(state);
        this.docs = docs;
    }

    @FXML
    private void initialize() {
        // Invalidation, not change: a reloaded dataset gives an equal profile (records compare by value),
        // and the page must still be drawn again, since files in the documents folder may have changed.
        model.profileProperty().addListener(obs -> show(model.profileProperty().get()));
        // A file located or forgotten: the same page again, where the user was reading it.
        docs.revisionProperty().addListener((obs, old, n) -> {
            double at = scroll.getVvalue();
            show(model.profileProperty().get());
            scroll.layout();
            scroll.setVvalue(at);
        });
        show(model.profileProperty().get());
    }

    private void show(BodyProfile p) {
        boolean has = p != null;
        scroll.setVisible(has);
        placeholder.setVisible(!has);
        if (!has) {
            return;
        }
        DetailRenderer r = new DetailRenderer(p, state.navigation().view().queries(), state.navigation()::go, docs);
        noticeBox.getChildren().setAll(r.notice(() -> state.navigation().reveal(p.body())));
        noticeBox.setVisible(!noticeBox.getChildren().isEmpty());
        noticeBox.setManaged(noticeBox.isVisible());
        String code = p.body().primaryCode().orElse(null);
        copyCodeButton.setDisable(code == null);
        copyCodeButton.setText(code == null ? Texts.get("detail.copyCode") : Texts.format("detail.copyCode.of", code));
        breadcrumb.getChildren().setAll(r.breadcrumb());
        kindIcon.getChildren().setAll(KindStyle.icon(p.body().kind()));
        title.setText(p.body().name());
        chips.getChildren().setAll(r.chips());
        fill(overviewBox, r.overview());
        fill(membershipBox, r.membership());
        fill(responsibilitiesBox, r.responsibilities());
        fill(documentsBox, r.documents());
        fill(relationshipsBox, r.relationships());
        fill(sourcesBox, r.sources());
        membershipTitle.setText(counted("detail.membership", p.membership().size()));
        responsibilitiesTitle.setText(counted("detail.responsibilities", p.responsibilities().size()));
        documentsTitle.setText(counted("detail.documents", p.documents().size()));
        relationshipsTitle.setText(counted("detail.relationships", p.links().size()));
        scroll.setVvalue(0);
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

    private static void fill(VBox box, List<Node> nodes) {
        box.getChildren().setAll(nodes);
    }
}
