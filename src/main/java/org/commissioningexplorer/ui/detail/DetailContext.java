package org.commissioningexplorer.ui.detail;

import static org.commissioningexplorer.ui.detail.DetailNodes.styled;

import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.commissioningexplorer.core.model.Body;
import org.commissioningexplorer.core.model.Dataset;
import org.commissioningexplorer.core.model.Source;
import org.commissioningexplorer.core.query.BodyProfile;
import org.commissioningexplorer.core.query.DatasetQueries;
import org.commissioningexplorer.ui.common.Texts;

/**
 * What the sections of one page share: the profile, the dataset, the pane's words, links that select a
 * related body (calling {@code onSelect} with its id) and the numbered markers of the page's sources.
 */
final class DetailContext {

    private final BodyProfile profile;
    private final DatasetQueries queries;
    private final Consumer<String> onSelect;
    private final Consumer<DetailSection> onSection;

    DetailContext(BodyProfile profile, DatasetQueries queries, Consumer<String> onSelect) {
        this(profile, queries, onSelect, s -> { });
    }

    /** {@code onSection} shows another section of the page, for the summary's "All 24 responsibilities". */
    DetailContext(BodyProfile profile, DatasetQueries queries, Consumer<String> onSelect,
            Consumer<DetailSection> onSection) {
        this.profile = profile;
        this.queries = queries;
        this.onSelect = onSelect;
        this.onSection = onSection;
    }

    BodyProfile profile() {
        return profile;
    }

    DatasetQueries queries() {
        return queries;
    }

    Dataset dataset() {
        return queries.dataset();
    }

    /** A link to the body: its name, selecting it when clicked. */
    Hyperlink link(Body body) {
        Hyperlink l = new Hyperlink(body.name());
        l.getStyleClass().add("body-link");
        l.setUserData(body.id());
        l.setOnAction(e -> onSelect.accept(body.id()));
        DetailNodes.tooltip(l, Texts.format("detail.link.tooltip", body.name(), kindLabel(body)));
        return l;
    }

    /** Selects the body, as its link would. */
    void select(Body body) {
        onSelect.accept(body.id());
    }

    /** A link that shows another section of the page. */
    Hyperlink sectionLink(String text, DetailSection section) {
        Hyperlink l = new Hyperlink(text);
        l.getStyleClass().add("section-link");
        l.setUserData(section);
        l.setOnAction(e -> onSection.accept(section));
        return l;
    }

    /** "Clinical Commissioning Group" for a CCG. */
    String kindLabel(Body b) {
        return dataset().kind(b.kind()).label();
    }

    /** A block (a document, a responsibility, a link) spanning the width, its source marker at the right. */
    Node blockWithCitation(Node content, String sourceId) {
        Node box = withCitation(content, sourceId);
        if (box != content) {
            HBox.setHgrow(content, Priority.ALWAYS);
            if (content instanceof Region r) {
                r.setMaxWidth(Double.MAX_VALUE);
            }
        }
        return box;
    }

    /** The content followed by the marker of its source, "[2]"; the content alone when the source is not on the page. */
    Node withCitation(Node content, String sourceId) {
        int n = citation(sourceId);
        if (n == 0) {
            return content;
        }
        Label ref = styled(new Label(Texts.format("detail.citation", n)), "citation");
        ref.setMinWidth(Region.USE_PREF_SIZE);
        Source s = profile.sources().get(n - 1);
        DetailNodes.tooltip(ref, Texts.format("detail.citation.tooltip", s.citation()));
        // The marker follows the text it cites; the text wraps before it when the line is full.
        HBox box = new HBox(6, content, ref);
        box.setAlignment(Pos.TOP_LEFT);
        return box;
    }

    /** The number of the source in the page's Sources section, from 1; 0 when it is not there. */
    int citation(String sourceId) {
        for (int i = 0; i < profile.sources().size(); i++) {
            if (profile.sources().get(i).id().equals(sourceId)) {
                return i + 1;
            }
        }
        return 0;
    }

    /** The heading of a group of items; when they belong to a part, the part's name in it is a link. */
    Node groupHeading(String heading, Body holder) {
        if (holder != profile.body() && heading.startsWith(holder.name())) {
            HBox h = new HBox(0, link(holder), styled(new Label(heading.substring(holder.name().length())), "subheading"));
            h.setAlignment(Pos.CENTER_LEFT);
            h.getStyleClass().add("group-heading");
            return h;
        }
        return styled(new Label(heading), "subheading");
    }
}
