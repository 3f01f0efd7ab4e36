package org.commissioningexplorer.ui.detail;

import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import org.commissioningexplorer.core.query.BodyProfile;
import org.commissioningexplorer.core.query.DatasetQueries;
import org.commissioningexplorer.ui.docs.DocumentActions;

/**
 * The nodes of the detail pane for one profile: its header, and any one of its sections, each built by its own
 * class over a shared {@link DetailContext} when asked for. Every related body becomes a link that calls
 * {@code onSelect} with its id; every item carries a numbered reference to its source.
 */
final class DetailRenderer {

    private final DetailContext context;
    private final DocumentActions docs;

    /**
     * {@code docs} gives each document its offline copy and the actions Open, Locate file… and so on;
     * {@code onSection} shows another section, for the summary's links to the rest.
     */
    DetailRenderer(BodyProfile profile, DatasetQueries queries, Consumer<String> onSelect, DocumentActions docs,
            Consumer<DetailSection> onSection) {
        this.context = new DetailContext(profile, queries, onSelect, onSection);
        this.docs = docs;
    }

    List<Node> breadcrumb() {
        return new HeaderSection(context).breadcrumb();
    }

    List<Node> chips() {
        return new HeaderSection(context).chips();
    }

    /** Shown first when the body did not exist on the as-at date: when it did, and a way to go there. */
    List<Node> notice(Runnable showThen) {
        return new NoticeSection(context).build(showThen);
    }

    /** The nodes of one section, made now. */
    List<Node> section(DetailSection s) {
        return switch (s) {
            case SUMMARY -> new SummarySection(context).build();
            case PARTS -> new PartsSection(context).build();
            case MEMBERSHIP -> new MembershipSection(context).build();
            case RESPONSIBILITIES -> new ResponsibilitiesSection(context).build();
            case DOCUMENTS -> new DocumentsSection(context, docs).build();
            case RELATIONSHIPS -> new RelationshipsSection(context).build();
            case SOURCES -> new SourcesSection(context).build();
        };
    }
}
