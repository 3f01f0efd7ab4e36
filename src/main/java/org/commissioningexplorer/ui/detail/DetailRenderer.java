package org.commissioningexplorer.ui.detail;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.commissioningexplorer.core.model.Body;
import org.commissioningexplorer.core.model.Code;
import org.commissioningexplorer.core.model.Dataset;
import org.commissioningexplorer.core.model.DocumentRef;
import org.commissioningexplorer.core.model.Fact;
import org.commissioningexplorer.core.model.KindInfo;
import org.commissioningexplorer.core.model.Period;
import org.commissioningexplorer.core.model.Membership;
import org.commissioningexplorer.core.model.Responsibility;
import org.commissioningexplorer.core.model.Source;
import org.commissioningexplorer.core.query.Attributed;
import org.commissioningexplorer.core.query.BodyProfile;
import org.commissioningexplorer.core.query.DatasetQueries;
import org.commissioningexplorer.core.time.AsOf;
import org.commissioningexplorer.core.time.Eras;
import org.commissioningexplorer.core.query.Link;
import org.commissioningexplorer.core.docs.DocumentLibrary;
import org.commissioningexplorer.ui.common.KindStyle;
import org.commissioningexplorer.ui.docs.DocumentActions;
import org.commissioningexplorer.ui.docs.DocumentRow;
import org.controlsfx.glyphfont.FontAwesome;
import org.controlsfx.glyphfont.Glyph;

/**
 * Builds the nodes of the detail pane's sections from a profile. Every related body becomes a link that
 * calls {@code onSelect} with its id; every item carries a numbered reference to its source.
 */
final class DetailRenderer {

    private final BodyProfile p;
    private final Dataset dataset;
    private final Consumer<String> onSelect;
    private final DatasetQueries queries;
    private final DocumentActions docs;

    /** Long lists of parts show this many until the user asks for all. */
    static final int PARTS_SHOWN = 24;

    /** {@code docs} gives each document its offline copy and the actions Open, Locate file… and so on. */
    DetailRenderer(BodyProfile profile, DatasetQueries queries, Consumer<String> onSelect, DocumentActions docs) {
        this.docs = docs;
        this.p = profile;
        this.queries = queries;
        this.dataset = queries.dataset();
        this.onSelect = onSelect;
    }

    List<Node> breadcrumb() {
        List<Node> out = new ArrayList<>();
        List<Body> path = p.path();
        for (int i = 0; i < path.size() - 1; i++) {
            out.add(link(path.get(i)));
            out.add(styled(new Label("›"), "breadcrumb-separator"));
        }
        out.add(styled(new Label(p.body().name()), "breadcrumb-current"));
        return out;
    }

    List<Node> chips() {
        List<Node> out = new ArrayList<>();
        Label kind = styled(new Label(p.kind().label()), "chip", "kind-chip", KindStyle.styleClass(p.body().kind()));
        out.add(kind);
        for (Code c : p.body().codes()) {
            String when = c.period().describe();
            Label code = styled(new Label(c.scheme() + " " + c.value()), "chip", "code-chip");
            if (!when.isEmpty()) {
                code.setTooltip(new Tooltip(c.scheme() + " code " + c.value() + ", " + when));
                code.setText(code.getText() + " (" + when + ")");
            }
            out.add(code);
        }
        String existed = p.body().period().describe();
        if (!existed.isEmpty()) {
            out.add(styled(new Label((p.body().period().isOpen() ? "Exists " : "Existed ") + existed), "chip",
                    p.body().period().isOpen() ? "date-chip" : "date-chip-closed"));
        }
        return out;
    }

    List<Node> overview() {
        List<Node> out = new ArrayList<>();
        Body b = p.body();
        if (b.summary() != null) {
            out.add(paragraph(b.summary(), "summary"));
        }
        if (!b.formerNames().isEmpty()) {
            out.add(paragraph("Also known as: " + String.join("; ", b.formerNames()), "muted"));
        }
        if (!p.parts().isEmpty()) {
            out.addAll(parts());
        }
        if (!p.facts().isEmpty()) {
            GridPane grid = grid("facts-grid", 170);
            int row = 0;
            for (Attributed<Fact> f : p.facts()) {
                cell(grid, paragraph(f.item().label(), "fact-label"), 0, row);
                cell(grid, withCitation(paragraph(f.item().value(), "fact-value"), f.source()), 1, row);
                row++;
            }
            out.add(grid);
        }
        if (p.kind().summary() != null) {
            VBox about = new VBox(4, styled(new Label("About " + p.kind().plural()), "subheading"),
                    withCitation(paragraph(p.kind().summary(), "kind-summary"), p.kind().source()));
            about.getStyleClass().add("kind-about");
            out.add(about);
        }
        if (out.isEmpty()) {
            out.add(empty("No overview recorded."));
        }
        return out;
    }

    /** Shown first when the body did not exist on the as-at date: when it did, and a way to go there. */
    List<Node> notice(Runnable showThen) {
        LocalDate date = p.asOf();
        if (date == null || queries.existedOn(p.body(), date)) {
            return List.of();
        }
        String span = queries.lifetime(p.body()).describe();
        Label text = paragraph("Not in the structure on " + Period.format(date) + ". " + p.body().name()
                + (span.isEmpty() ? " has no recorded dates." : " existed " + span + "."), "notice-text");
        Hyperlink go = new Hyperlink("Show it as it was on " + Period.format(Eras.nearestDayItExisted(queries.lifetime(p.body()), date)));
        go.getStyleClass().add("notice-link");
        go.setOnAction(e -> showThen.run());
        VBox box = new VBox(2, text, go);
        List<Link> succession = new ArrayList<>();
        succession.addAll(queries.predecessors(p.body()));
        succession.addAll(queries.successors(p.body()));
        for (Link l : succession) {
            HBox row = new HBox(6, styled(new Label(l.label() + ":"), "muted"), link(l.other()));
            row.setAlignment(Pos.CENTER_LEFT);
            box.getChildren().add(row);
        }
        box.getStyleClass().add("date-notice");
        return List.of(box);
    }

    /**
     * The parts, under one heading per kind ("Clinical Commissioning Groups (191)"); a long group shows
     * its first {@value #PARTS_SHOWN} with a link that shows the rest.
     */
    private List<Node> parts() {
        List<Node> out = new ArrayList<>();
        Map<String, List<Body>> byKind = new LinkedHashMap<>();
        p.parts().forEach(b -> byKind.computeIfAbsent(b.kind(), k -> new ArrayList<>()).add(b));
        boolean single = byKind.size() == 1 || p.parts().size() <= 12;
        out.add(styled(new Label("Parts (" + p.parts().size() + ")"), "subheading"));
        for (Map.Entry<String, List<Body>> e : byKind.entrySet()) {
            List<Body> bodies = e.getValue();
            if (!single) {
                KindInfo k = dataset.kind(e.getKey());
                out.add(styled(new Label((bodies.size() == 1 ? k.label() : k.plural()) + " (" + bodies.size() + ")"),
                        "parts-heading"));
            }
            FlowPane flow = new FlowPane(8, 6);
            flow.getStyleClass().add("parts");
            int shown = bodies.size() > PARTS_SHOWN + 4 ? PARTS_SHOWN : bodies.size();
            bodies.subList(0, shown).forEach(b -> flow.getChildren().add(partLink(b)));
            if (shown < bodies.size()) {
                Hyperlink more = new Hyperlink("Show all " + bodies.size() + "…");
                more.getStyleClass().add("more-link");
                more.setOnAction(ev -> {
                    flow.getChildren().remove(more);
                    bodies.subList(shown, bodies.size()).forEach(b -> flow.getChildren().add(partLink(b)));
                });
                flow.getChildren().add(more);
            }
            out.add(flow);
        }
        return out;
    }

    private Hyperlink partLink(Body part) {
        Hyperlink l = link(part);
        l.setGraphic(KindStyle.icon(part.kind()));
        return l;
    }

    List<Node> membership() {
        List<Node> out = new ArrayList<>();
        for (BodyProfile.Group<Membership> g : p.groups(p.membership(), this::kindLabel)) {
            out.add(groupHeading(g.heading(), g.holder()));
            GridPane grid = grid("membership-grid", 250);
            int row = 0;
            for (Attributed<Membership> a : g.items()) {
                Membership m = a.item();
                Label roleName = styled(new Label(m.role()), "item-title");
                roleName.setWrapText(true); // long roles ("Member nominated by the NHS trusts …") wrap, not clip
                VBox role = new VBox(2, roleName);
                if (m.represents() != null) {
                    role.getChildren().add(paragraph("Represents " + m.represents(), "muted"));
                }
                if (m.notes() != null) {
                    role.getChildren().add(paragraph(m.notes(), "muted"));
                }
                cell(grid, role, 0, row);
                HBox info = new HBox(8);
                info.setAlignment(Pos.TOP_LEFT);
                if (!m.countText().isEmpty()) {
                    info.getChildren().add(styled(new Label(m.countText() + (m.count() == 1 ? " seat" : " seats")),
                            "chip", "count-chip"));
                }
                if (m.statutory()) {
                    info.getChildren().add(styled(new Label("Statutory"), "chip", "statutory-chip"));
                }
                if (m.body() != null) {
                    dataset.body(m.body()).ifPresent(body -> info.getChildren().add(link(body)));
                }
                cell(grid, withCitation(info, a.source()), 1, row);
                row++;
            }
            out.add(grid);
        }
        if (out.isEmpty()) {
            out.add(empty("No membership recorded."));
        }
        return out;
    }

    List<Node> responsibilities() {
        List<Node> out = new ArrayList<>();
        for (BodyProfile.Group<Responsibility> g : p.groups(p.responsibilities(), this::kindLabel)) {
            out.add(groupHeading(g.heading(), g.holder()));
            VBox list = new VBox(8);
            for (Attributed<Responsibility> a : g.items()) {
                Responsibility r = a.item();
                HBox head = new HBox(8, styled(new Label(roleText(r.role())), "chip", roleStyle(r.role())),
                        paragraph(r.service(), "item-title"));
                head.setAlignment(Pos.CENTER_LEFT);
                if (r.by() != null) {
                    dataset.body(r.by()).ifPresent(by -> head.getChildren().addAll(
                            styled(new Label("commissioned by"), "muted"), link(by)));
                }
                VBox item = new VBox(2, head);
                if (r.scope() != null) {
                    item.getChildren().add(paragraph("Scope: " + r.scope(), "muted"));
                }
                if (r.notes() != null) {
                    item.getChildren().add(paragraph(r.notes(), "notes"));
                }
                list.getChildren().add(blockWithCitation(item, a.source()));
            }
            out.add(list);
        }
        if (out.isEmpty()) {
            out.add(empty("No responsibilities recorded."));
        }
        return out;
    }

    List<Node> documents() {
        List<Node> out = new ArrayList<>();
        VBox list = new VBox(6);
        for (Attributed<DocumentRef> a : p.documents()) {
            DocumentRef d = a.item();
            Glyph icon = KindStyle.glyph(FontAwesome.Glyph.FILE_TEXT_ALT);
            icon.getStyleClass().add("document-icon");
            VBox text = new VBox(2, paragraph(d.title(), "item-title"));
            FlowPane meta = new FlowPane(10, 4);
            meta.setAlignment(Pos.CENTER_LEFT);
            if (d.kind() != null) {
                meta.getChildren().add(styled(new Label(capitalise(d.kind().replace('-', ' '))), "chip", "doc-kind-chip"));
            }
            meta.getChildren().add(styled(new Label(d.dateText()), "muted", "doc-date"));
            if (d.sizeKB() != null) {
                meta.getChildren().add(styled(new Label(d.sizeText()), "muted", "doc-size"));
            }
            if (a.holder() != p.body()) {
                meta.getChildren().add(new HBox(4, styled(new Label("of"), "muted"), link(a.holder())));
            } else if (a.standard()) {
                meta.getChildren().add(styled(new Label("about every " + p.kind().label()), "muted"));
            }
            dataset.source(a.source()).ifPresent(s -> meta.getChildren().add(
                    styled(new Label("From " + s.title()), "muted", "doc-source")));
            text.getChildren().add(meta);
            if (d.notes() != null) {
                text.getChildren().add(paragraph(d.notes(), "notes"));
            }
            String key = DocumentLibrary.key(a.standard() ? null : a.holder(), p.body().kind(), d.title());
            text.getChildren().add(DocumentRow.actions(docs, key, d));
            HBox row = new HBox(10, icon, text);
            HBox.setHgrow(text, Priority.ALWAYS);
            row.getStyleClass().add("document-row");
            list.getChildren().add(blockWithCitation(row, a.source()));
        }
        if (list.getChildren().isEmpty()) {
            out.add(empty("No documents recorded."));
        } else {
            out.add(list);
        }
        return out;
    }

    List<Node> relationships() {
        List<Node> out = new ArrayList<>();
        addLinks(out, p.linksByLabel(), "subheading");
        if (!p.otherLinks().isEmpty()) {
            VBox others = new VBox(6);
            Map<String, List<Link>> byLabel = new LinkedHashMap<>();
            p.otherLinks().forEach(l -> byLabel.computeIfAbsent(l.label(), k -> new ArrayList<>()).add(l));
            List<Node> inner = new ArrayList<>();
            addLinks(inner, byLabel, "subheading");
            others.getChildren().setAll(inner);
            TitledPane pane = new TitledPane("At other times (" + p.otherLinks().size() + "): links that did not hold on "
                    + Period.format(p.asOf()), others);
            pane.setExpanded(false);
            pane.getStyleClass().add("other-times");
            out.add(pane);
        }
        if (out.isEmpty()) {
            out.add(empty("No relationships recorded."));
        }
        return out;
    }

    private void addLinks(List<Node> out, Map<String, List<Link>> links, String headingStyle) {
        for (Map.Entry<String, List<Link>> e : links.entrySet()) {
            out.add(styled(new Label(e.getKey()), headingStyle));
            VBox list = new VBox(4);
            for (Link l : e.getValue()) {
                HBox row = new HBox(8, KindStyle.icon(l.other().kind()), link(l.other()));
                row.setAlignment(Pos.CENTER_LEFT);
                List<String> bits = new ArrayList<>();
                if (!l.period().describe().isEmpty()) {
                    bits.add(l.period().describe());
                }
                if (l.share() != null) {
                    bits.add(l.shareText());
                }
                if (l.notes() != null) {
                    bits.add(l.notes());
                }
                VBox item = new VBox(0, row);
                if (!bits.isEmpty()) {
                    item.getChildren().add(paragraph(String.join(" · ", bits), "muted", "link-notes"));
                }
                list.getChildren().add(blockWithCitation(item, l.source()));
            }
            out.add(list);
        }
    }

    List<Node> sources() {
        List<Node> out = new ArrayList<>();
        int i = 1;
        for (Source s : p.sources()) {
            VBox text = new VBox(2, paragraph(s.citation(), "item-title"));
            if (s.url() != null) {
                text.getChildren().add(paragraph(s.url(), "muted"));
            }
            if (s.licence() != null) {
                text.getChildren().add(paragraph("Licence: " + s.licence(), "muted"));
            }
            if (s.note() != null) {
                text.getChildren().add(paragraph(s.note(), "muted"));
            }
            HBox row = new HBox(10, styled(new Label("[" + i++ + "]"), "citation-number"), text);
            out.add(row);
        }
        if (out.isEmpty()) {
            out.add(empty("No sources named."));
        }
        return out;
    }

    /** A block (a document, a responsibility, a link) spanning the width, its source marker at the right. */
    private Node blockWithCitation(Node content, String sourceId) {
        Node box = withCitation(content, sourceId);
        if (box != content) {
            HBox.setHgrow(content, Priority.ALWAYS);
            if (content instanceof Region r) {
                r.setMaxWidth(Double.MAX_VALUE);
            }
        }
        return box;
    }

    private Node withCitation(Node content, String sourceId) {
        int n = citation(sourceId);
        if (n == 0) {
            return content;
        }
        Label ref = styled(new Label("[" + n + "]"), "citation");
        ref.setMinWidth(Region.USE_PREF_SIZE);
        Source s = p.sources().get(n - 1);
        ref.setTooltip(new Tooltip("Source: " + s.citation()));
        // The marker follows the text it cites; the text wraps before it when the line is full.
        HBox box = new HBox(6, content, ref);
        box.setAlignment(Pos.TOP_LEFT);
        return box;
    }

    private int citation(String sourceId) {
        for (int i = 0; i < p.sources().size(); i++) {
            if (p.sources().get(i).id().equals(sourceId)) {
                return i + 1;
            }
        }
        return 0;
    }

    private Node groupHeading(String text, Body holder) {
        if (holder != p.body() && text.startsWith(holder.name())) {
            HBox h = new HBox(0, link(holder), styled(new Label(text.substring(holder.name().length())), "subheading"));
            h.setAlignment(Pos.CENTER_LEFT);
            h.getStyleClass().add("group-heading");
            return h;
        }
        return styled(new Label(text), "subheading");
    }

    private String kindLabel(Body b) {
        return dataset.kind(b.kind()).label();
    }

    Hyperlink link(Body body) {
        Hyperlink l = new Hyperlink(body.name());
        l.getStyleClass().add("body-link");
        l.setUserData(body.id());
        l.setOnAction(e -> onSelect.accept(body.id()));
        l.setTooltip(new Tooltip("Go to " + body.name() + " (" + kindLabel(body) + ")"));
        return l;
    }

    private static String roleText(String role) {
        return switch (role) {
            case Responsibility.COMMISSIONS -> "Commissions";
            case Responsibility.DOES_NOT_COMMISSION -> "Does not commission";
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

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static Label paragraph(String text, String... styles) {
        Label l = styled(new Label(text), styles);
        l.setWrapText(true);
        l.setMinHeight(Label.USE_PREF_SIZE);
        return l;
    }

    private static Label empty(String text) {
        return paragraph(text, "empty-note");
    }

    /** Adds a node to a grid cell, top-aligned so that labels line up with the first line of wrapped text. */
    private static void cell(GridPane grid, Node node, int column, int row) {
        GridPane.setValignment(node, VPos.TOP);
        grid.add(node, column, row);
    }

    private static GridPane grid(String style, double firstColumn) {
        GridPane g = new GridPane();
        g.getStyleClass().addAll("detail-grid", style);
        g.setHgap(16);
        g.setVgap(8);
        ColumnConstraints c0 = new ColumnConstraints();
        c0.setPrefWidth(firstColumn);
        c0.setMinWidth(120);
        ColumnConstraints c1 = new ColumnConstraints();
        c1.setHgrow(Priority.ALWAYS);
        c1.setFillWidth(true);
        g.getColumnConstraints().addAll(c0, c1);
        return g;
    }

    private static <T extends Node> T styled(T node, String... styles) {
        node.getStyleClass().addAll(styles);
        if (node instanceof Label l && List.of(styles).contains("chip")) {
            l.setMinWidth(Region.USE_PREF_SIZE); // a chip shows its whole text or nothing
        }
        return node;
    }
}
