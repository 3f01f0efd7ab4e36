package org.commissioningexplorer.ui.detail;

import static org.commissioningexplorer.ui.detail.DetailNodes.cell;
import static org.commissioningexplorer.ui.detail.DetailNodes.empty;
import static org.commissioningexplorer.ui.detail.DetailNodes.grid;
import static org.commissioningexplorer.ui.detail.DetailNodes.paragraph;
import static org.commissioningexplorer.ui.detail.DetailNodes.styled;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.commissioningexplorer.core.model.Membership;
import org.commissioningexplorer.core.query.Attributed;
import org.commissioningexplorer.core.query.BodyProfile;
import org.commissioningexplorer.ui.common.Texts;
import org.commissioningexplorer.ui.common.WrappingLabel;

/** The Membership section: the seats, grouped by whose they are, each with its count, marks and source. */
final class MembershipSection {

    private final DetailContext c;

    MembershipSection(DetailContext context) {
        this.c = context;
    }

    List<Node> build() {
        BodyProfile p = c.profile();
        List<Node> out = new ArrayList<>();
        for (BodyProfile.Group<Membership> g : p.groups(p.membership(), c::kindLabel)) {
            out.add(c.groupHeading(g.heading(), g.holder()));
            GridPane grid = grid("membership-grid", 250);
            int row = 0;
            for (Attributed<Membership> a : g.items()) {
                cell(grid, role(a.item()), 0, row);
                cell(grid, c.withCitation(info(a.item()), a.source()), 1, row);
                row++;
            }
            out.add(grid);
        }
        if (out.isEmpty()) {
            out.add(empty(Texts.get("detail.membership.empty")));
        }
        return out;
    }

    /** The role, whom it represents and its notes. */
    private Node role(Membership m) {
        Label roleName = styled(new WrappingLabel(m.role()), "item-title");
        // long roles ("Member nominated by the NHS trusts …") wrap, not clip
        VBox role = new VBox(2, roleName);
        if (m.represents() != null) {
            role.getChildren().add(paragraph(Texts.format("detail.membership.represents", m.represents()), "muted"));
        }
        if (!m.period().describe().isEmpty()) {
            role.getChildren().add(paragraph(Texts.format("detail.membership.period", m.period().describe()), "muted"));
        }
        if (m.notes() != null) {
            role.getChildren().add(paragraph(m.notes(), "muted"));
        }
        return role;
    }

    /** How many seats, whether the law requires it, and the body that fills it. */
    private HBox info(Membership m) {
        HBox info = new HBox(8);
        info.setAlignment(Pos.TOP_LEFT);
        if (!m.countText().isEmpty()) {
            info.getChildren().add(styled(new Label(Texts.format(
                    m.count() == 1 ? "detail.membership.seat" : "detail.membership.seats", m.countText())),
                    "chip", "count-chip"));
        }
        if (m.statutory()) {
            info.getChildren().add(styled(new Label(Texts.get("detail.membership.statutory")), "chip", "statutory-chip"));
        }
        if (m.body() != null) {
            c.dataset().body(m.body()).ifPresent(body -> info.getChildren().add(c.link(body)));
        }
        return info;
    }
}
