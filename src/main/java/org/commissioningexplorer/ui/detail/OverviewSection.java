package org.commissioningexplorer.ui.detail;

import static org.commissioningexplorer.ui.detail.DetailNodes.cell;
import static org.commissioningexplorer.ui.detail.DetailNodes.empty;
import static org.commissioningexplorer.ui.detail.DetailNodes.fillShowingFirst;
import static org.commissioningexplorer.ui.detail.DetailNodes.grid;
import static org.commissioningexplorer.ui.detail.DetailNodes.paragraph;
import static org.commissioningexplorer.ui.detail.DetailNodes.styled;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.commissioningexplorer.core.model.Body;
import org.commissioningexplorer.core.model.Fact;
import org.commissioningexplorer.core.model.KindInfo;
import org.commissioningexplorer.core.query.Attributed;
import org.commissioningexplorer.core.query.BodyProfile;
import org.commissioningexplorer.ui.common.KindStyle;
import org.commissioningexplorer.ui.common.Texts;

/** The Overview section: the body's summary, former names, parts, facts, and what its kind is. */
final class OverviewSection {

    private final DetailContext c;

    OverviewSection(DetailContext context) {
        this.c = context;
    }

    List<Node> build() {
        BodyProfile p = c.profile();
        List<Node> out = new ArrayList<>();
        Body b = p.body();
        if (b.summary() != null) {
            out.add(paragraph(b.summary(), "summary"));
        }
        if (!b.formerNames().isEmpty()) {
            out.add(paragraph(Texts.format("detail.overview.alsoKnownAs", String.join("; ", b.formerNames())), "muted"));
        }
        if (!p.parts().isEmpty()) {
            out.addAll(parts());
        }
        if (!p.facts().isEmpty()) {
            GridPane grid = grid("facts-grid", 170);
            int row = 0;
            for (Attributed<Fact> f : p.facts()) {
                cell(grid, paragraph(f.item().label(), "fact-label"), 0, row);
                cell(grid, c.withCitation(paragraph(f.item().value(), "fact-value"), f.source()), 1, row);
                row++;
            }
            out.add(grid);
        }
        if (p.kind().summary() != null) {
            VBox about = new VBox(4, styled(new Label(Texts.format("detail.overview.aboutKind", p.kind().plural())), "subheading"),
                    c.withCitation(paragraph(p.kind().summary(), "kind-summary"), p.kind().source()));
            about.getStyleClass().add("kind-about");
            out.add(about);
        }
        if (out.isEmpty()) {
            out.add(empty(Texts.get("detail.overview.empty")));
        }
        return out;
    }

    /**
     * The parts, under one heading per kind ("Clinical Commissioning Groups (191)"); a long group shows
     * its first {@value DetailNodes#SHOWN_AT_FIRST} with a link that shows the rest.
     */
    private List<Node> parts() {
        List<Body> parts = c.profile().parts();
        List<Node> out = new ArrayList<>();
        Map<String, List<Body>> byKind = new LinkedHashMap<>();
        parts.forEach(b -> byKind.computeIfAbsent(b.kind(), k -> new ArrayList<>()).add(b));
        boolean single = byKind.size() == 1 || parts.size() <= 12;
        out.add(styled(new Label(Texts.format("detail.parts", parts.size())), "subheading"));
        for (Map.Entry<String, List<Body>> e : byKind.entrySet()) {
            List<Body> bodies = e.getValue();
            if (!single) {
                KindInfo k = c.dataset().kind(e.getKey());
                out.add(styled(new Label(Texts.format("detail.parts.group",
                        bodies.size() == 1 ? k.label() : k.plural(), bodies.size())), "parts-heading"));
            }
            FlowPane flow = new FlowPane(8, 6);
            flow.getStyleClass().add("parts");
            fillShowingFirst(flow, bodies, this::partLink);
            out.add(flow);
        }
        return out;
    }

    private Hyperlink partLink(Body part) {
        Hyperlink l = c.link(part);
        l.setGraphic(KindStyle.icon(part.kind()));
        return l;
    }
}
