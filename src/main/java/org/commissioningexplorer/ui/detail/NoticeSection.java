package org.commissioningexplorer.ui.detail;

import static org.commissioningexplorer.ui.detail.DetailNodes.paragraph;
import static org.commissioningexplorer.ui.detail.DetailNodes.styled;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.commissioningexplorer.core.model.Body;
import org.commissioningexplorer.core.model.Period;
import org.commissioningexplorer.core.query.DatasetQueries;
import org.commissioningexplorer.core.query.Succession;
import org.commissioningexplorer.core.query.Link;
import org.commissioningexplorer.core.time.Eras;
import org.commissioningexplorer.ui.common.Texts;

/** The notice shown first when the body did not exist on the as-at date: when it did, and a way to go there. */
final class NoticeSection {

    private final DetailContext c;

    NoticeSection(DetailContext context) {
        this.c = context;
    }

    /** The notice, whose link runs {@code showThen}; nothing when the body existed on the date. */
    List<Node> build(Runnable showThen) {
        DatasetQueries queries = c.queries();
        Body body = c.profile().body();
        LocalDate date = c.profile().asOf();
        if (date == null || queries.existedOn(body, date)) {
            return List.of();
        }
        String span = queries.lifetime(body).describe();
        Label sentence = paragraph(span.isEmpty()
                ? Texts.format("detail.notice.noDates", Period.format(date), body.name())
                : Texts.format("detail.notice.existed", Period.format(date), body.name(), span), "notice-text");
        Hyperlink go = new Hyperlink(Texts.format("detail.notice.showThen",
                Period.format(Eras.nearestDayItExisted(queries.lifetime(body), date))));
        go.getStyleClass().add("notice-link");
        go.setOnAction(e -> showThen.run());
        VBox box = new VBox(2, sentence, go);
        List<Link> succession = new ArrayList<>();
        succession.addAll(queries.predecessors(body));
        succession.addAll(queries.successors(body));
        for (Link l : succession) {
            HBox row = new HBox(6, styled(new Label(Texts.format("detail.notice.link", l.label())), "muted"),
                    c.link(l.other()));
            row.setAlignment(Pos.CENTER_LEFT);
            box.getChildren().add(row);
        }
        // The whole chain to the date, when it is longer than the links above: 06W → 26A → QMM.
        List<Succession.Step> chain = Succession.chain(queries, body, date);
        if (chain.size() > 1) {
            box.getChildren().add(paragraph(Texts.format("detail.notice.chain", Period.format(date),
                    Succession.describe(chain)), "muted"));
            HBox now = new HBox(6, styled(new Label(Texts.get("detail.notice.chainEnd")), "muted"));
            Succession.ends(queries, body, date).forEach(l -> now.getChildren().add(c.link(l.other())));
            now.setAlignment(Pos.CENTER_LEFT);
            box.getChildren().add(now);
        }
        box.getStyleClass().add("date-notice");
        return List.of(box);
    }
}
