package org.commissioningexplorer.ui.detail;

import static org.commissioningexplorer.ui.detail.DetailNodes.capitalise;
import static org.commissioningexplorer.ui.detail.DetailNodes.empty;
import static org.commissioningexplorer.ui.detail.DetailNodes.paragraph;
import static org.commissioningexplorer.ui.detail.DetailNodes.styled;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.commissioningexplorer.core.model.Responsibility;
import org.commissioningexplorer.core.query.Attributed;
import org.commissioningexplorer.core.query.BodyProfile;
import org.commissioningexplorer.ui.common.Texts;

/** The Responsibilities section: each service, whether the body commissions it, by whom, its scope and source. */
final class ResponsibilitiesSection {

    private final DetailContext c;

    ResponsibilitiesSection(DetailContext context) {
        this.c = context;
    }

    List<Node> build() {
        BodyProfile p = c.profile();
        List<Node> out = new ArrayList<>();
        for (BodyProfile.Group<Responsibility> g : p.groups(p.responsibilities(), c::kindLabel)) {
            out.add(c.groupHeading(g.heading(), g.holder()));
            VBox list = new VBox(8);
            for (Attributed<Responsibility> a : g.items()) {
                list.getChildren().add(c.blockWithCitation(item(a.item()), a.source()));
            }
            out.add(list);
        }
        if (out.isEmpty()) {
            out.add(empty(Texts.get("detail.responsibilities.empty")));
        }
        return out;
    }

    private VBox item(Responsibility r) {
        HBox head = new HBox(8, styled(new Label(roleText(r.role())), "chip", roleStyle(r.role())),
                paragraph(r.service(), "item-title"));
        head.setAlignment(Pos.CENTER_LEFT);
        if (r.by() != null) {
            c.dataset().body(r.by()).ifPresent(by -> head.getChildren().addAll(
                    styled(new Label(Texts.get("detail.responsibilities.commissionedBy")), "muted"), c.link(by)));
        }
        VBox item = new VBox(2, head);
        if (r.scope() != null) {
            item.getChildren().add(paragraph(Texts.format("detail.responsibilities.scope", r.scope()), "muted"));
        }
        if (r.notes() != null) {
            item.getChildren().add(paragraph(r.notes(), "notes"));
        }
        return item;
    }

    private String roleText(String role) {
        return switch (role) {
            case Responsibility.COMMISSIONS -> Texts.get("detail.responsibilities.commissions");
            case Responsibility.DOES_NOT_COMMISSION -> Texts.get("detail.responsibilities.doesNotCommission");
            default -> capitalise(role.replace('-', ' '));
        };
    }

    private static String roleStyle(String role) {
        return switch (role) {
            case Responsibility.COMMISSIONS -> "commissions-chip";
            case Responsibility.DOES_NOT_COMMISSION -> "not-commission-chip";
            default -> "other-role-chip";
        };
    }
}
