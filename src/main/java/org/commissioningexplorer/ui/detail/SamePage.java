package org.commissioningexplorer.ui.detail;

import org.commissioningexplorer.core.query.BodyProfile;
import org.commissioningexplorer.core.query.DatasetQueries;

/**
 * Whether a body's page on another date would show just what is shown now, so that moving the date need not build
 * and lay out the page again. Everything on the page comes from the profile; the date itself shows only in the
 * notice of a body that did not exist on it, in the heading of the relationships held at other times, and in what
 * the summary says the body commissions on the day, so those are compared too.
 */
final class SamePage {

    private SamePage() {
    }

    /** {@code shown} was drawn with {@code section}; {@code next} is the same window's profile for another date. */
    static boolean as(BodyProfile shown, BodyProfile next, DetailSection section, DatasetQueries queries) {
        if (shown == null || next == null || shown.body() != next.body() || !existed(shown, queries)
                || !existed(next, queries)) {
            return false; // another body or dataset, or a notice with the date in it
        }
        if (section == DetailSection.RELATIONSHIPS && !next.otherLinks().isEmpty()) {
            return false; // "… at other times than 1 April 2019"
        }
        return shown.kind().equals(next.kind()) && shown.path().equals(next.path()) && shown.parts().equals(next.parts())
                && shown.facts().equals(next.facts()) && shown.membership().equals(next.membership())
                && shown.responsibilities().equals(next.responsibilities()) && shown.documents().equals(next.documents())
                && shown.links().equals(next.links()) && shown.otherLinks().equals(next.otherLinks())
                && shown.sources().equals(next.sources())
                && SummarySection.commissionedOn(shown, queries).equals(SummarySection.commissionedOn(next, queries));
    }

    private static boolean existed(BodyProfile p, DatasetQueries queries) {
        return p.asOf() != null && queries.existedOn(p.body(), p.asOf());
    }
}
