package org.commissioningexplorer.ui.detail;

import static org.commissioningexplorer.ui.detail.DetailNodes.empty;
import static org.commissioningexplorer.ui.detail.DetailNodes.paragraph;
import static org.commissioningexplorer.ui.detail.DetailNodes.styled;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.commissioningexplorer.core.model.Period;
import org.commissioningexplorer.core.query.BodyProfile;
import org.commissioningexplorer.core.query.Link;
import org.commissioningexplorer.ui.common.KindStyle;
import org.commissioningexplorer.ui.common.Texts;

/**
 * The Relationships section: the links that held on the as-at date under one heading per label, then,
 * folded away, the links of other times.
 */
final class RelationshipsSection {

    /**
     * Up to this many links are shown as links under their labels, with their notes and sources (a CCG's 15,
     * say); more (a region's 71) go in a {@link FilterList}.
     */
    static final int LINKS_AT_MOST = 24;

    private final DetailContext c;

    RelationshipsSection(DetailContext context) {
        this.c = context;
    }

    List<Node> build() {
        BodyProfile p = c.profile();
        List<Node> out = new ArrayList<>();
        if (p.links().size() > LINKS_AT_MOST) {
            out.addAll(filtered(p.links(), p.linksByLabel()));
        } else {
            addLinks(out, p.linksByLabel());
        }
        if (!p.otherLinks().isEmpty()) {
            VBox others = new VBox(6);
            TitledPane pane = new TitledPane(Texts.format("detail.relationships.otherTimes", p.otherLinks().size(),
                    Period.format(p.asOf())), others);
            pane.setExpanded(false);
            // Built when first opened: a body with a long history (a region) has hundreds of them.
            pane.expandedProperty().addListener((obs, was, open) -> {
                if (open && others.getChildren().isEmpty()) {
                    Map<String, List<Link>> byLabel = new LinkedHashMap<>();
                    p.otherLinks().forEach(l -> byLabel.computeIfAbsent(l.label(), k -> new ArrayList<>()).add(l));
                    List<Node> inner = new ArrayList<>();
                    if (p.otherLinks().size() > LINKS_AT_MOST) {
                        inner.addAll(filtered(p.otherLinks(), byLabel));
                    } else {
                        addLinks(inner, byLabel);
                    }
                    others.getChildren().setAll(inner);
                }
            });
            pane.getStyleClass().add("other-times");
            out.add(pane);
        }
        if (out.isEmpty()) {
            out.add(empty(Texts.get("detail.relationships.empty")));
        }
        return out;
    }

    /** Many links: how many of each label, then a filter box over a virtualised list of them all. */
    private List<Node> filtered(List<Link> links, Map<String, List<Link>> byLabel) {
        FlowPane counts = new FlowPane(8, 6);
        counts.getStyleClass().add("link-counts");
        byLabel.forEach((label, list) -> counts.getChildren().add(
                styled(new Label(Texts.format("detail.relationships.labelCount", label, list.size())), "chip")));
        String sep = Texts.get("detail.relationships.separator");
        FilterList<Link> list = new FilterList<>(links, new FilterList.Row<>(l -> l.other().name(),
                l -> l.details().isEmpty() ? l.label() : l.label() + sep + String.join(sep, l.details()),
                l -> KindStyle.icon(l.other().kind())), l -> c.select(l.other()));
        list.node().getStyleClass().add("links-list");
        return List.of(counts, list.node());
    }

    private void addLinks(List<Node> out, Map<String, List<Link>> links) {
        for (Map.Entry<String, List<Link>> e : links.entrySet()) {
            out.add(styled(new Label(e.getKey()), "subheading"));
            VBox list = new VBox(4);
            e.getValue().forEach(l -> list.getChildren().add(c.blockWithCitation(item(l), l.source())));
            out.add(list);
        }
    }

    /** A link to the other body, with when the link held, its share and its notes under it. */
    private VBox item(Link l) {
        HBox row = new HBox(8, KindStyle.icon(l.other().kind()), c.link(l.other()));
        row.setAlignment(Pos.CENTER_LEFT);
        List<String> bits = l.details();
        VBox item = new VBox(0, row);
        if (!bits.isEmpty()) {
            item.getChildren().add(paragraph(String.join(Texts.get("detail.relationships.separator"), bits),
                    "muted", "link-notes"));
        }
        return item;
    }
}
