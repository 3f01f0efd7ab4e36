package org.commissioningexplorer.ui.tree;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.layout.HBox;
import org.commissioningexplorer.core.model.Body;
import org.commissioningexplorer.core.model.Dataset;
import org.commissioningexplorer.core.model.KindInfo;
import org.commissioningexplorer.ui.common.KindStyle;
import org.commissioningexplorer.ui.common.Texts;
import org.controlsfx.glyphfont.FontAwesome;
import org.controlsfx.glyphfont.Glyph;

/** A tree row: the kind's icon, the body's name, a kind badge and its code; or a heading with its count. */
final class BodyTreeCell extends TreeCell<TreeEntry> {

    private final Label name = new Label();
    private final Label badge = new Label();
    private final Label code = new Label();
    private final HBox box = new HBox(6);
    private final Glyph icon = KindStyle.icon("");
    private final Tooltip tooltip = new Tooltip();
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
        setText(null);
        if (empty || entry == null) {
            setGraphic(null);
            setTooltip(null);
            getStyleClass().remove("group-cell");
            return;
        }
        // The cell's nodes and tooltip are made once and refilled: a tree redraws its visible rows on every move.
        if (entry instanceof TreeEntry.GroupEntry g) {
            if (!getStyleClass().contains("group-cell")) {
                getStyleClass().add("group-cell");
            }
            name.setText(g.label());
            code.setText(Integer.toString(g.count()));
            KindStyle.restyle(icon, g.kind(), FontAwesome.Glyph.FOLDER_OPEN_ALT);
            show(List.of(icon, name, code));
            tooltip.setText(Texts.format("tree.group.tooltip", g.count(), g.label()));
        } else {
            getStyleClass().remove("group-cell");
            Body body = entry.bodyOrNull();
            name.setText(body.name());
            String b = KindStyle.badge(body.kind());
            badge.setText(b);
            String kindClass = KindStyle.styleClass(body.kind());
            if (!badge.getStyleClass().contains(kindClass)) {
                badge.getStyleClass().removeIf(c -> c.startsWith("kind-") && !c.equals("kind-badge"));
                badge.getStyleClass().add(kindClass);
            }
            code.setText(body.primaryCode().orElse(""));
            KindStyle.restyle(icon, body.kind(), null);
            List<Node> parts = new ArrayList<>(List.of(icon, name));
            if (!b.isEmpty()) {
                parts.add(badge);
            }
            if (!code.getText().isEmpty()) {
                parts.add(code);
            }
            show(parts);
            Dataset d = dataset.get();
            KindInfo kind = d == null ? KindInfo.undescribed(body.kind()) : d.kind(body.kind());
            String when = body.period().describe();
            tooltip.setText(body.name() + "\n" + kind.label() + (when.isEmpty() ? "" : "\n" + when));
        }
        setGraphic(box);
        setTooltip(tooltip);
    }

    private void show(List<Node> parts) {
        if (!box.getChildren().equals(parts)) {
            box.getChildren().setAll(parts);
        }
    }
}
