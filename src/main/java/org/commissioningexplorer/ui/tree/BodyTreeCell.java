package org.commissioningexplorer.ui.tree;

import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.layout.HBox;
import org.commissioningexplorer.core.model.Body;
import org.commissioningexplorer.core.model.Dataset;
import org.commissioningexplorer.core.model.KindInfo;
import org.commissioningexplorer.ui.common.KindStyle;
import org.controlsfx.glyphfont.FontAwesome;

/** A tree row: the kind's icon, the body's name, a kind badge and its code; or a heading with its count. */
final class BodyTreeCell extends TreeCell<TreeEntry> {

    private final Label name = new Label();
    private final Label badge = new Label();
    private final Label code = new Label();
    private final HBox box = new HBox(6);
    private final Supplier<Dataset> dataset;

    BodyTreeCell(Supplier<Dataset> dataset) {
        this.dataset = dataset;
        getStyleClass().add("body-cell");
        name.getStyleClass().add("body-name");
        badge.getStyleClass().add("kind-badge");
        code.getStyleClass().add("code-label");
        box.setAlignment(Pos.CENTER_LEFT);
        name.setMinWidth(0);
        badge.setMinWidth(Label.USE_PREF_SIZE);
        code.setMinWidth(Label.USE_PREF_SIZE);
        // Rows take the tree's width rather than their text's: a long name ends in "…" (its tooltip
        // has it in full) instead of pushing the badge and code out of sight behind a scroll bar.
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(TreeEntry entry, boolean empty) {
        super.updateItem(entry, empty);
        getStyleClass().remove("group-cell");
        if (empty || entry == null) {
            setText(null);
            setGraphic(null);
            setTooltip(null);
            return;
        }
        setText(null);
        if (entry instanceof TreeEntry.GroupEntry g) {
            getStyleClass().add("group-cell");
            name.setText(g.label());
            code.setText(Integer.toString(g.count()));
            var folder = KindStyle.glyph(FontAwesome.Glyph.FOLDER_OPEN_ALT);
            folder.getStyleClass().addAll("kind-icon", KindStyle.styleClass(g.kind()));
            box.getChildren().setAll(folder, name, code);
            setGraphic(box);
            setTooltip(new Tooltip(g.count() + " " + g.label()));
            return;
        }
        Body body = entry.bodyOrNull();
        name.setText(body.name());
        String b = KindStyle.badge(body.kind());
        badge.setText(b);
        badge.getStyleClass().removeIf(c -> c.startsWith("kind-") && !c.equals("kind-badge"));
        badge.getStyleClass().add(KindStyle.styleClass(body.kind()));
        code.setText(body.primaryCode().orElse(""));
        box.getChildren().setAll(KindStyle.icon(body.kind()), name);
        if (!b.isEmpty()) {
            box.getChildren().add(badge);
        }
        if (!code.getText().isEmpty()) {
            box.getChildren().add(code);
        }
        setGraphic(box);
        Dataset d = dataset.get();
        KindInfo kind = d == null ? KindInfo.undescribed(body.kind()) : d.kind(body.kind());
        String when = body.period().describe();
        setTooltip(new Tooltip(body.name() + "\n" + kind.label() + (when.isEmpty() ? "" : "\n" + when)));
    }
}
