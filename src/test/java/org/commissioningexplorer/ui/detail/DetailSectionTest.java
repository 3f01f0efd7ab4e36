package org.commissioningexplorer.ui.detail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.commissioningexplorer.core.data.DatasetLoader;
import org.commissioningexplorer.core.model.Dataset;
import org.commissioningexplorer.core.query.BodyProfile;
import org.commissioningexplorer.core.query.DatasetQueries;
import org.junit.jupiter.api.Test;

/** Which sections a body has and which one shows, on the bundled dataset, without a stage. */
class DetailSectionTest {

    private final Dataset dataset = DatasetLoader.loadBundled().dataset().orElseThrow();
    private final DatasetQueries queries = new DatasetQueries(dataset);
    private final LocalDate day = LocalDate.of(2019, 10, 1);

    private BodyProfile profile(String id) {
        return BodyProfile.of(queries, dataset.body(id).orElseThrow(), day);
    }

    @Test
    void theCountsAreThoseOfTheProfile() {
        BodyProfile norwich = profile("ccg-06W");
        assertEquals(norwich.parts().size(), DetailSection.PARTS.count(norwich));
        assertEquals(norwich.membership().size(), DetailSection.MEMBERSHIP.count(norwich));
        assertEquals(norwich.responsibilities().size(), DetailSection.RESPONSIBILITIES.count(norwich));
        assertEquals(norwich.documents().size(), DetailSection.DOCUMENTS.count(norwich));
        assertEquals(norwich.links().size(), DetailSection.RELATIONSHIPS.count(norwich));
        assertEquals(norwich.sources().size(), DetailSection.SOURCES.count(norwich));
        for (DetailSection s : DetailSection.values()) {
            assertTrue(s.hasContent(norwich), () -> "Norwich has something in " + s);
        }
    }

    @Test
    void theChosenSectionShowsWhenTheBodyHasItAndTheSummaryWhenNot() {
        BodyProfile norwich = profile("ccg-06W");
        BodyProfile noParts = dataset.bodies().stream().map(b -> BodyProfile.of(queries, b, day))
                .filter(p -> p.parts().isEmpty()).findFirst().orElseThrow();
        assertFalse(DetailSection.PARTS.hasContent(noParts));
        assertEquals(DetailSection.PARTS, DetailSection.shown(DetailSection.PARTS, norwich));
        assertEquals(DetailSection.SUMMARY, DetailSection.shown(DetailSection.PARTS, noParts));
        assertEquals(DetailSection.SUMMARY, DetailSection.shown(null, norwich));
        assertTrue(DetailSection.SUMMARY.hasContent(noParts), "the summary always has something");
    }
}
