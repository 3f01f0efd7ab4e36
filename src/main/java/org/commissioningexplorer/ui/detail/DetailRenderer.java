package org.commissioningexplorer.ui.detail;

import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import org.commissioningexplorer.core.query.BodyProfile;
import org.commissioningexplorer.core.query.DatasetQueries;
import org.commissioningexplorer.ui.docs.DocumentActions;

/**
 * The nodes of the detail pane's sections for one profile, each built by its own section over a shared
 * {@link DetailContext}. Every related body becomes a link that calls {@code onSelect} with its id; every
 * item carries a numbered reference to its source.
 */
final class DetailRenderer {

    private final DetailContext context;
    private final DocumentActions docs;

    /** {@code docs} gives each document its offline copy and the actions Open, Locate file… and so on. */
    DetailRenderer(BodyProfile profile, DatasetQueries queries, Consumer<String> onSelect, DocumentActions docs) {
        this.context = new DetailContext(profile, queries, onSelect);
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

    List<Node> overview() {
        return new OverviewSection(context).build();
    }

    List<Node> membership() {
        return new MembershipSection(context).build();
    }

    List<Node> responsibilities() {
        return new ResponsibilitiesSection(context).build();
    }

    List<Node> documents() {
        return new DocumentsSection(context, docs).build();
    }

    List<Node> relationships() {
        return new RelationshipsSection(context).build();
    }

    List<Node> sources() {
        return new SourcesSection(context).build();
    }
}
