package org.commissioningexplorer.ui.detail;

import static org.commissioningexplorer.ui.detail.DetailNodes.capitalise;
import static org.commissioningexplorer.ui.detail.DetailNodes.empty;
import static org.commissioningexplorer.ui.detail.DetailNodes.paragraph;
import static org.commissioningexplorer.ui.detail.DetailNodes.styled;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.commissioningexplorer.core.docs.DocumentLibrary;
import org.commissioningexplorer.core.model.DocumentRef;
import org.commissioningexplorer.core.query.Attributed;
import org.commissioningexplorer.core.query.BodyProfile;
import org.commissioningexplorer.ui.common.KindStyle;
import org.commissioningexplorer.ui.docs.DocumentActions;
import org.commissioningexplorer.ui.docs.DocumentRow;
import org.controlsfx.glyphfont.FontAwesome;
import org.controlsfx.glyphfont.Glyph;
import org.commissioningexplorer.ui.common.Texts;

/** The Documents section: each document with its kind, date, size, whose it is, its source and its actions. */
final class DocumentsSection {

    private final DetailContext c;
    private final DocumentActions docs;

    /** {@code docs} gives each document its offline copy and the actions Open, Locate file… and so on. */
    DocumentsSection(DetailContext context, DocumentActions docs) {
        this.c = context;
        this.docs = docs;
    }

    List<Node> build() {
        VBox list = new VBox(6);
        for (Attributed<DocumentRef> a : c.profile().documents()) {
            list.getChildren().add(c.blockWithCitation(row(a), a.source()));
        }
        if (list.getChildren().isEmpty()) {
            return List.of(empty(Texts.get("detail.documents.empty")));
        }
        return List.of(list);
    }

    private HBox row(Attributed<DocumentRef> a) {
        BodyProfile p = c.profile();
        DocumentRef d = a.item();
        Glyph icon = KindStyle.glyph(FontAwesome.Glyph.FILE_TEXT_ALT);
        icon.getStyleClass().add("document-icon");
        VBox content = new VBox(2, paragraph(d.title(), "item-title"));
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
            meta.getChildren().add(new HBox(4, styled(new Label(Texts.get("detail.documents.of")), "muted"),
                    c.link(a.holder())));
        } else if (a.standard()) {
            meta.getChildren().add(styled(new Label(Texts.format("detail.documents.standard", p.kind().label())), "muted"));
        }
        c.dataset().source(a.source()).ifPresent(s -> meta.getChildren().add(
                styled(new Label(Texts.format("detail.documents.from", s.title())), "muted", "doc-source")));
        content.getChildren().add(meta);
        if (d.notes() != null) {
            content.getChildren().add(paragraph(d.notes(), "notes"));
        }
        String key = DocumentLibrary.key(a.standard() ? null : a.holder(), p.body().kind(), d.title());
        content.getChildren().add(DocumentRow.actions(docs, key, d));
        HBox row = new HBox(10, icon, content);
        HBox.setHgrow(content, Priority.ALWAYS);
        row.getStyleClass().add("document-row");
        return row;
    }
}
