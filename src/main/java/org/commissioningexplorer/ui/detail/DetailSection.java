package org.commissioningexplorer.ui.detail;

import org.commissioningexplorer.core.query.BodyProfile;

/**
 * The sections of the detail pane, in the order of its section bar; Ctrl+1 shows the first, Ctrl+7 the last.
 * Only the section shown is built.
 */
public enum DetailSection {
    SUMMARY, PARTS, MEMBERSHIP, RESPONSIBILITIES, DOCUMENTS, RELATIONSHIPS, SOURCES;

    /** How many items the section lists for the body; 0 for the summary, which is not a list. */
    public int count(BodyProfile p) {
        return switch (this) {
            case SUMMARY -> 0;
            case PARTS -> p.parts().size();
            case MEMBERSHIP -> p.membership().size();
            case RESPONSIBILITIES -> p.responsibilities().size();
            case DOCUMENTS -> p.documents().size();
            case RELATIONSHIPS -> p.links().size();
            case SOURCES -> p.sources().size();
        };
    }

    /** Whether the section has anything to show: the summary always, a list when it is not empty. */
    public boolean hasContent(BodyProfile p) {
        return switch (this) {
            case SUMMARY -> true;
            case RELATIONSHIPS -> !p.links().isEmpty() || !p.otherLinks().isEmpty();
            default -> count(p) > 0;
        };
    }

    /** The section that shows for the body when the user last chose {@code preferred}: it, or the summary when it is empty. */
    public static DetailSection shown(DetailSection preferred, BodyProfile p) {
        return preferred != null && preferred.hasContent(p) ? preferred : SUMMARY;
    }
}
