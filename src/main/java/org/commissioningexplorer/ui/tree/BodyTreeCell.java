package org.commissioningexplorer.ui.tree;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.skin.TreeCellSkin;
import javafx.scene.layout.HBox;
import org.commissioningexplorer.core.model.Body;
import org.commissioningexplorer.core.model.Dataset;
import org.commissioningexplorer.core.model.KindInfo;
import org.commissioningexplorer.ui.common.KindStyle;
import org.commissioningexplorer.ui.common.Texts;
import org.commissioningexplorer.ui.common.WrappingLabel;
import org.controlsfx.glyphfont.FontAwesome;
import org.controlsfx.glyphfont.Glyph;

/** A tree row: the kind's icon, the body's name, a kind badge and its code; or a heading with its count. */
final class BodyTreeCell extends TreeCell<TreeEntry> {

    private final Label name = new WrappingLabel();
    private final Label badge = new Label();
    private final Label code = new Label();
    private final Label count = new Label();
    private final HBox box = new HBox(6);
    private final Glyph icon = KindStyle.icon("");
    private final Tooltip tooltip = new Tooltip();
    private final Supplier<Dataset> dataset;
    /** The badge and the code when the row has them, in the order they give way when the row is narrow. */
    private final List<Label> optional = new ArrayList<>(2);
    private static final PseudoClass GROUP = PseudoClass.getPseudoClass("group");
    /** A row's count in thousands ("11,054"); one format for every row, all on the UI thread. */
    private static final java.text.NumberFormat COUNT = java.text.NumberFormat.getIntegerInstance(java.util.Locale.UK);

    BodyTreeCell(Supplier<Dataset> dataset) {
        this.dataset = dataset;
        getStyleClass().add("body-cell");
        name.getStyleClass().add("body-name");
        badge.getStyleClass().add("kind-badge");
        code.getStyleClass().add("code-label");
        count.getStyleClass().add("tree-count");
        count.setMinWidth(Label.USE_PREF_SIZE);
        box.setAlignment(Pos.CENTER_LEFT);
        name.setMinWidth(0);
        // A name longer than the tree is wide goes on to a second line rather than ending in "…" (WrappingLabel).
        badge.setMinWidth(Label.USE_PREF_SIZE);
        code.setMinWidth(Label.USE_PREF_SIZE);
        // Rows take the tree's width rather than their text's: a long name wraps (its tooltip has it in full too)
        // instead of pushing the badge and code out of sight behind a scroll bar.
        setPrefWidth(0);
        // The row's nodes stay its graphic, hidden while it is empty: a graphic put back makes the skin rebuild its
        // children and the whole row's CSS be worked out again, for every row, each time the tree changes.
        box.setVisible(false);
        box.getChildren().setAll(icon, name, badge, code, count);
        setGraphic(box);
    }

    @Override
    protected void updateItem(TreeEntry entry, boolean empty) {
        super.updateItem(entry, empty);
        setText(null);
        if (empty || entry == null) {
            box.setVisible(false);
            // JavaFX's tree cell leaves the arrow of the row it showed last on a line left empty (by a branch that
            // folded above it); it shows or hides the arrow again when the line next has a row.
            if (getDisclosureNode() != null) {
                getDisclosureNode().setVisible(false);
            }
            setTooltip(null);
            pseudoClassStateChanged(GROUP, false);
            return;
        }
        // The cell's nodes and tooltip are made once and refilled: a tree redraws its visible rows on every move.
        // Its labels stay in the row, shown or not, and kinds are pseudo-classes: a node added or a style class
        // changed would make JavaFX work out the row's style again, for every row the tree refills.
        pseudoClassStateChanged(GROUP, entry instanceof TreeEntry.GroupEntry);
        optional.clear();
        if (entry instanceof TreeEntry.GroupEntry g) {
            name.setText(g.label());
            count.setText(COUNT.format(g.count()));
            KindStyle.restyle(icon, g.kind(), FontAwesome.Glyph.FOLDER_OPEN_ALT);
            present(badge, false);
            present(code, false);
            present(count, true);
            tooltip.setText(Texts.format("tree.group.tooltip", g.count(), g.label()));
        } else {
            Body body = entry.bodyOrNull();
            name.setText(body.name());
            String b = KindStyle.badge(body.kind());
            badge.setText(b);
            KindStyle.mark(badge, body.kind());
            code.setText(body.primaryCode().orElse(""));
            KindStyle.restyle(icon, body.kind(), null);
            present(badge, !b.isEmpty());
            present(code, !code.getText().isEmpty());
            TreeEntry.BodyEntry row = (TreeEntry.BodyEntry) entry;
            present(count, row.count() >= 0);
            if (row.count() >= 0) {
                count.setText(COUNT.format(row.count()));
            }
            tooltip.setText(tooltipOf(body, row.breakdown()));
        }
        box.setVisible(true);
        setTooltip(tooltip);
    }

    /** Shows a label of the row or takes it out of the row's layout; the badge and code may still give way (RowFit). */
    private void present(Label label, boolean shown) {
        if (label.isVisible() != shown || label.isManaged() != shown) {
            label.setVisible(shown);
            label.setManaged(shown);
        }
        if (shown && label != count) {
            optional.add(label);
        }
    }

    /** The name in full (a long one is cut short in the row), kind, dates, what it is part of, what is inside. */
    private String tooltipOf(Body body, String breakdown) {
        Dataset d = dataset.get();
        KindInfo kind = d == null ? KindInfo.undescribed(body.kind()) : d.kind(body.kind());
        StringBuilder s = new StringBuilder(body.name()).append('\n').append(kind.label());
        String when = body.period().describe();
        if (!when.isEmpty()) {
            s.append('\n').append(when);
        }
        if (d != null && body.parent() != null) {
            d.body(body.parent()).ifPresent(p -> s.append('\n').append(Texts.format("tree.partOf", p.name())));
        }
        if (!breakdown.isEmpty()) {
            s.append('\n').append(breakdown);
        }
        return s.toString();
    }

    /**
     * Tall enough for a wrapped name: a tree asks its rows for their height before they are laid out, and a row's
     * graphic on its own would answer for one line. The row's name gets the width left after the indent and the
     * arrow, as the cell's own layout last placed them at this depth (estimated before that).
     */
    @Override
    protected double computePrefHeight(double width) {
        double h = super.computePrefHeight(width);
        if (!box.isVisible() || width <= 0 || getTreeView() == null || getTreeItem() == null) {
            return h;
        }
        double available = width - left() - snappedRightInset();
        if (available <= 0) {
            return h;
        }
        RowFit.fit(box, name, available, optional);
        return Math.max(h, box.prefHeight(available) + snappedTopInset() + snappedBottomInset());
    }

    /**
     * Where the row's nodes start: as the cell's own layout last placed them at this depth and font size, or
     * worked out from the tree's indent and arrow, which grow with View › Zoom.
     */
    private double left() {
        int level = getTreeView().getTreeItemLevel(getTreeItem());
        if (level == laidOutLevel && getFont().getSize() == laidOutFont) {
            return laidOutLeft;
        }
        int depth = Math.max(0, getTreeView().isShowRoot() ? level : level - 1);
        double em = getFont().getSize() / 13; // measured at 13px: the indent and the arrow grow with View › Zoom
        double estimate = (18 + depth * 28.0) * em;
        // The skin's indent and the arrow's width, when there is a skin and a styled arrow: where the skin places the
        // row's nodes. The estimate (made generous, since too small a start would make a row too short for its
        // wrapped name) only before: taken when the skin could say, it made short names look wrapped, their rows a
        // line too tall (at 1366x768 a partnership's 61 px start estimated at 104).
        double indent = getSkin() instanceof TreeCellSkin<?> skin ? skin.getIndent() : 0;
        Node arrow = getDisclosureNode();
        double arrowWidth = arrow == null ? 0 : arrow.prefWidth(-1);
        return snappedLeftInset() + (indent > 0 && arrowWidth > 0 ? depth * indent + arrowWidth : estimate);
    }

    private int laidOutLevel = -1;
    private double laidOutLeft;
    /** The font size the row was laid out at: after View › Zoom the indent is another. */
    private double laidOutFont;

    @Override
    protected void layoutChildren() {
        if (box.isVisible() && getTreeView() != null && getTreeItem() != null && getWidth() > 0) {
            RowFit.fit(box, name, getWidth() - left() - snappedRightInset(), optional);
        }
        super.layoutChildren();
        if (box.isVisible() && getTreeView() != null && getTreeItem() != null) {
            laidOutLevel = getTreeView().getTreeItemLevel(getTreeItem());
            laidOutLeft = box.getLayoutX();
            laidOutFont = getFont().getSize();
        }
    }

}
