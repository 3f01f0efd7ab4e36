package org.commissioningexplorer.ui.searchbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import org.commissioningexplorer.ui.common.BackgroundRunner;
import org.commissioningexplorer.ui.state.ExplorerState;
import org.junit.jupiter.api.Test;

/** Search as you type without a stage. */
class SearchViewModelTest {

    private final ExplorerState state = new ExplorerState(BackgroundRunner.sameThread());
    private final SearchViewModel search = new SearchViewModel(state);

    SearchViewModelTest() {
        state.session().openInitial(Path.of("src/test/resources/datasets/small/dataset.json"));
        state.asAt().set(LocalDate.of(2016, 1, 1));
    }

    @Test
    void groupsHitsAndListsBodiesOfOtherDatesLast() {
        search.queryProperty().set("nhs ccg");
        assertTrue(search.isActive());
        assertEquals("Clinical Commissioning Groups", ((SearchRow.Heading) search.rows().get(0)).label());
        assertEquals("ccg-a", search.first().body().id());
        assertTrue(search.rows().stream().anyMatch(r -> r instanceof SearchRow.Heading h
                && h.label().equals("At other dates")), search.rows()::toString);
        assertEquals("1 result on 1 January 2016  ·  1 at other dates", search.summaryProperty().get());
    }

    @Test
    void saysWhatIsWrongWithAQueryWithoutLettersAndWhenNothingMatches() {
        search.queryProperty().set(" -- ");
        assertEquals("Type a letter or a digit", search.summaryProperty().get());
        assertTrue(search.rows().isEmpty());
        search.queryProperty().set("zebra");
        assertTrue(search.summaryProperty().get().startsWith("Nothing matches “zebra”. Try"), search.summaryProperty().get());
    }

    @Test
    void openingABodyOfAnotherDateMovesTheDateClearsTheBoxAndSearchesNoMore() {
        search.queryProperty().set("beta");
        assertEquals(1, search.searches());
        var hit = search.rows().stream().filter(r -> r instanceof SearchRow.Hit).map(r -> ((SearchRow.Hit) r).hit())
                .findFirst().orElseThrow();
        assertFalse(hit.existedOnDate());

        search.open(hit);

        assertEquals("ccg-b", state.navigation().selected().id());
        assertEquals(LocalDate.of(2020, 4, 1), state.asAt().get());
        assertFalse(search.isActive());
        assertEquals(1, search.searches(), "no search for the date the hit moved to");
        assertTrue(state.status().message().startsWith("Moved the date to 1 April 2020"), state.status().message());
    }

    @Test
    void anotherSelectionDoesNotSearchAgainButAnotherDateDoes() {
        search.queryProperty().set("nhs");
        int before = search.searches();
        state.navigation().select("ccg-a");
        assertEquals(before, search.searches());
        state.asAt().set(LocalDate.of(2021, 1, 1));
        assertEquals(before + 1, search.searches());
        assertEquals("ccg-b", search.first().body().id(), "on the new date only Beta & Gamma existed");
    }
}
