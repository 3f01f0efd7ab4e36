package org.commissioningexplorer.ui.detail;

import static org.commissioningexplorer.ui.detail.DetailNodes.cell;
import static org.commissioningexplorer.ui.detail.DetailNodes.grid;
import static org.commissioningexplorer.ui.detail.DetailNodes.paragraph;
import static org.commissioningexplorer.ui.detail.DetailNodes.styled;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.commissioningexplorer.core.model.Body;
import org.commissioningexplorer.core.model.Fact;
import org.commissioningexplorer.core.model.Membership;
import org.commissioningexplorer.core.model.Responsibility;
import org.commissioningexplorer.core.query.Attributed;
import org.commissioningexplorer.core.query.BodyProfile;
import org.commissioningexplorer.core.query.DatasetQueries;
import org.commissioningexplorer.ui.common.Texts;

/**
 * The first section of the page, which answers what the body is (its summary, kind, dates and what it is part
 * of), who runs it (its first seats) and what it commissions on the date, each with a link to the section that
 * has the rest; then its facts and what its kind is.
 */
final class SummarySection {

    /** The summary lists this many seats and services; the sections behind its links have them all. */
    static final int SHOWN = 6;

    private final DetailContext c;

    SummarySection(DetailContext context) {
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
        out.add(sideBySide(whoRunsIt(), whatItCommissions()));
        // What it is, then its facts, in one grid so that their columns line up.
        GridPane grid = whatItIs();
        out.add(grid);
        if (!p.facts().isEmpty()) {
            grid.getStyleClass().add("facts-grid");
            int row = grid.getRowCount();
            for (Attributed<Fact> f : p.facts()) {
                cell(grid, paragraph(f.item().label(), "fact-label"), 0, row);
                cell(grid, c.withCitation(paragraph(f.item().value(), "fact-value"), f.source()), 1, row);
                row++;
            }
        }
        if (p.kind().summary() != null) {
            VBox about = new VBox(4, styled(new Label(Texts.format("detail.overview.aboutKind", p.kind().plural())), "subheading"),
                    c.withCitation(paragraph(p.kind().summary(), "kind-summary"), p.kind().source()));
            about.getStyleClass().add("kind-about");
            out.add(about);
        }
        return out;
    }

    /** Its kind, what it is part of and its parts, when it existed. */
    private GridPane whatItIs() {
        BodyProfile p = c.profile();
        GridPane g = grid("summary-grid", 170);
        int row = 0;
        cell(g, paragraph(Texts.get("detail.summary.kind"), "fact-label"), 0, row);
        cell(g, paragraph(p.kind().label(), "fact-value"), 1, row++);
        List<Body> path = p.path();
        if (path.size() > 1) {
            cell(g, paragraph(Texts.get("detail.summary.partOf"), "fact-label"), 0, row);
            cell(g, c.link(path.get(path.size() - 2)), 1, row++);
        }
        List<String> codes = HeaderSection.codes(p.body());
        if (!codes.isEmpty()) {
            cell(g, paragraph(Texts.get("detail.summary.codes"), "fact-label"), 0, row);
            cell(g, paragraph(String.join("\n", codes), "fact-value", "code-list"), 1, row++);
        }
        String existed = p.body().period().describe();
        if (!existed.isEmpty()) {
            cell(g, paragraph(Texts.get("detail.summary.existed"), "fact-label"), 0, row);
            cell(g, paragraph(existed, "fact-value"), 1, row++);
        }
        if (!p.parts().isEmpty()) {
            cell(g, paragraph(Texts.get("detail.summary.parts"), "fact-label"), 0, row);
            cell(g, c.sectionLink(Texts.format("detail.summary.partsLink", p.parts().size()), DetailSection.PARTS), 1, row);
        }
        return g;
    }

    /** The first seats, each with how many and who fills it; "not recorded" when there are none. */
    private Node whoRunsIt() {
        BodyProfile p = c.profile();
        VBox box = block("detail.summary.who");
        if (p.membership().isEmpty()) {
            box.getChildren().add(DetailNodes.empty(Texts.get("detail.summary.whoNone")));
            return box;
        }
        for (Attributed<Membership> a : p.membership().subList(0, Math.min(SHOWN, p.membership().size()))) {
            Membership m = a.item();
            FlowPane row = new FlowPane(6, 2, paragraph(m.role(), "summary-item"));
            row.setAlignment(Pos.CENTER_LEFT);
            if (!m.countText().isEmpty()) {
                row.getChildren().add(styled(new Label(Texts.format(
                        m.count() == 1 ? "detail.membership.seat" : "detail.membership.seats", m.countText())),
                        "chip", "count-chip"));
            }
            if (m.body() != null) {
                c.dataset().body(m.body()).ifPresent(body -> row.getChildren().add(c.link(body)));
            }
            if (a.holder() != p.body()) {
                row.getChildren().add(styled(new Label(Texts.format("detail.summary.on", a.holder().name())), "muted"));
            }
            box.getChildren().add(row);
        }
        box.getChildren().add(c.sectionLink(Texts.format("detail.summary.allMembership", p.membership().size()),
                DetailSection.MEMBERSHIP));
        return box;
    }

    /** The services it commissions on the date; "none recorded" when it commissions none. */
    private Node whatItCommissions() {
        BodyProfile p = c.profile();
        List<Responsibility> services = commissionedOn(p, c.queries());
        VBox box = block("detail.summary.commissions");
        if (services.isEmpty()) {
            box.getChildren().add(DetailNodes.empty(Texts.get("detail.summary.commissionsNone")));
        }
        for (Responsibility r : services.subList(0, Math.min(SHOWN, services.size()))) {
            box.getChildren().add(paragraph(Texts.format("detail.summary.service", r.service()), "summary-item"));
        }
        if (services.size() > SHOWN) {
            box.getChildren().add(styled(new Label(Texts.format("detail.summary.moreServices", services.size() - SHOWN)),
                    "muted"));
        }
        if (!p.responsibilities().isEmpty()) {
            box.getChildren().add(c.sectionLink(Texts.format("detail.summary.allResponsibilities",
                    p.responsibilities().size()), DetailSection.RESPONSIBILITIES));
        }
        return box;
    }

    /** Two blocks in two columns of the page's width, so that the first screen holds both; one below the other when narrow. */
    /** What the summary lists as commissioned on the profile's day ("What it commissions"); all of it, undated. */
    static List<Responsibility> commissionedOn(BodyProfile p, DatasetQueries queries) {
        LocalDate day = p.asOf() != null && queries.existedOn(p.body(), p.asOf()) ? p.asOf() : null;
        return p.responsibilities().stream().map(Attributed::item).filter(r -> r.isCommissioning() && r.heldOn(day))
                .toList();
    }

    private static TwoColumns sideBySide(Node left, Node right) {
        TwoColumns g = new TwoColumns(left, right, 24);
        g.getStyleClass().add("summary-columns");
        return g;
    }

    private static VBox block(String headingKey) {
        VBox box = new VBox(4, styled(new Label(Texts.get(headingKey)), "subheading"));
        box.getStyleClass().add("summary-block");
        return box;
    }
}
