package org.commissioningexplorer.ui.detail;

import static org.commissioningexplorer.ui.detail.DetailNodes.empty;
import static org.commissioningexplorer.ui.detail.DetailNodes.paragraph;
import static org.commissioningexplorer.ui.detail.DetailNodes.styled;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.commissioningexplorer.core.model.Source;
import org.commissioningexplorer.ui.common.Texts;

/** The Sources section: every source cited on the page, numbered as the markers "[2]" that cite it. */
final class SourcesSection {

    private final DetailContext c;

    SourcesSection(DetailContext context) {
        this.c = context;
    }

    List<Node> build() {
        List<Node> out = new ArrayList<>();
        int i = 1;
        for (Source s : c.profile().sources()) {
            VBox about = new VBox(2, paragraph(s.citation(), "item-title"));
            if (s.url() != null) {
                about.getChildren().add(paragraph(s.url(), "muted"));
            }
            if (s.licence() != null) {
                about.getChildren().add(paragraph(Texts.format("detail.sources.licence", s.licence()), "muted"));
            }
            if (s.note() != null) {
                about.getChildren().add(paragraph(s.note(), "muted"));
            }
            out.add(new HBox(10, styled(new Label(Texts.format("detail.citation", i++)), "citation-number"), about));
        }
        if (out.isEmpty()) {
            out.add(empty(Texts.get("detail.sources.empty")));
        }
        return out;
    }
}
