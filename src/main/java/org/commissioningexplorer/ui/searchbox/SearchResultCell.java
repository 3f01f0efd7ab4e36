package org.commissioningexplorer.ui.searchbox;

import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.commissioningexplorer.core.model.Body;
import org.commissioningexplorer.core.model.Period;
import org.commissioningexplorer.core.search.MatchField;
import org.commissioningexplorer.core.search.SearchHit;
import org.commissioningexplorer.ui.common.KindStyle;
import org.commissioningexplorer.ui.common.WrappingLabel;
import org.commissioningexplorer.ui.common.Texts;
import org.controlsfx.glyphfont.Glyph;

/**
 * A search result: kind headings, and for each hit its icon, name, code, whose it is (a committee's CCG) and what
 * matched or when it existed.
 */
public final class SearchResultCell extends ListCell<SearchRow> {

    private final Label name = new WrappingLabel();
    private final Label code = new Label();
    private final Label detail = new WrappingLabel();
    private final HBox top = new HBox(6);
    private final VBox text = new VBox(1, top, detail);
    private final HBox box = new HBox(8);
    private final Glyph icon = KindStyle.icon("");
    private final Tooltip tooltip = new Tooltip();
    private final Function<Body, Period> lifetime;
    private final Function<Body, String> replacedBy;

    /** {@code replacedBy} says what had replaced a body that did not exist on the as-at date, or "". */
    public SearchResultCell(Function<Body, Period> lifetime, Function<Body, String> replacedBy) {
        this.lifetime = lifetime;
        this.replacedBy = replacedBy;
        getStyleClass().add("search-cell");
        name.getStyleClass().add("body-name");
        code.getStyleClass().add("code-label");
        detail.getStyleClass().add("search-detail");
        name.setMinWidth(0);
        code.setMinWidth(Label.USE_PREF_SIZE);
        detail.setMinWidth(0);
        // A long name or detail goes on to further lines instead of ending in "…" (WrappingLabel).
        top.setAlignment(Pos.CENTER_LEFT);
        box.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMinWidth(0);
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(SearchRow row, boolean empty) {
        super.updateItem(row, empty);
        getStyleClass().removeAll("search-heading", "other-date");
        setText(null);
        if (empty || row == null) {
            setGraphic(null);
            setTooltip(null);
            return;
        }
        if (row instanceof SearchRow.Heading h) {
            getStyleClass().add("search-heading");
            Label l = new WrappingLabel(h.label() + "  (" + h.count() + ")");
            l.getStyleClass().add("search-heading-label");
            l.setMinHeight(Label.USE_PREF_SIZE);
            setGraphic(l);
            setTooltip(null);
            return;
        }
        SearchHit hit = ((SearchRow.Hit) row).hit();
        Body b = hit.body();
        name.setText(b.name());
        String c = b.primaryCode().orElse("");
        code.setText(c);
        top.getChildren().setAll(name);
        if (!c.isEmpty()) {
            top.getChildren().add(code);
        }
        String what;
        if (!hit.existedOnDate()) {
            getStyleClass().add("other-date");
            String when = lifetime.apply(b).describe();
            what = when.isEmpty() ? Texts.get("search.existedAnotherTime") : Texts.format("search.existed", when);
            String now = replacedBy.apply(b);
            if (!now.isEmpty()) {
                what = Texts.format("search.existedAndReplaced", what, now);
            }
        } else if (hit.matchedByName() || hit.field() == MatchField.ID
                || (hit.field() == MatchField.CODE && hit.matchedText().equals(c))) {
            what = lifetime.apply(b).describe();
            what = what.isEmpty() ? "" : capitalise(what);
        } else if (hit.field() == MatchField.AREA) {
            what = Texts.format("search.covered", hit.matchedText());
        } else {
            what = Texts.format("search.matched", hit.matchDescription());
        }
        if (hit.hasContext()) {
            // Whose it is: a committee's CCG, a district's county.
            what = what.isEmpty() ? Texts.format("search.partOf", hit.context())
                    : Texts.format("search.partOfAnd", hit.context(), what);
        }
        detail.setText(what);
        text.getChildren().setAll(top);
        if (!what.isEmpty()) {
            text.getChildren().add(detail);
        }
        // The icon and tooltip are the cell's own, refilled: the list redraws its rows at every keystroke.
        KindStyle.restyle(icon, b.kind(), null);
        if (box.getChildren().isEmpty()) {
            box.getChildren().setAll(icon, text);
        }
        setGraphic(box);
        tooltip.setText(b.name() + (c.isEmpty() ? "" : " (" + c + ")") + (what.isEmpty() ? "" : "\n" + what));
        setTooltip(tooltip);
    }

    /**
     * Tall enough for the wrapped name and detail (or heading) at the width the list gives: on its own the row's
     * graphic would answer for one line each.
     */
    @Override
    protected double computePrefHeight(double width) {
        double h = super.computePrefHeight(width);
        if (getGraphic() == null || width <= 0) {
            return h;
        }
        double available = width - snappedLeftInset() - snappedRightInset();
        return Math.max(h, getGraphic().prefHeight(available) + snappedTopInset() + snappedBottomInset());
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
