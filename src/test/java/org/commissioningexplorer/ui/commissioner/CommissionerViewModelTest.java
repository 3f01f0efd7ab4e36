package org.commissioningexplorer.ui.commissioner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.commissioningexplorer.ui.common.BackgroundRunner;
import org.commissioningexplorer.ui.state.ExplorerState;
import org.junit.jupiter.api.Test;

/** Tools › Who commissions… without a stage, on the bundled dataset. */
class CommissionerViewModelTest {

    private final ExplorerState state = new ExplorerState(BackgroundRunner.sameThread());
    private final CommissionerViewModel model;

    CommissionerViewModelTest() {
        state.session().openInitial(null);
        model = new CommissionerViewModel(state);
        model.serviceProperty().set(model.catalogue().find("dentistry").orElseThrow());
    }

    @Test
    void answersForTheSelectionOnTheDateAndAsksOncePerAction() {
        state.asAt().set(LocalDate.of(2019, 4, 1));
        state.navigation().select("ccg-06W");
        assertEquals("nhs-england", model.answerProperty().get().answer().get(0).body().id());

        int before = model.questions();
        state.navigation().go("icb-QMM"); // from 1 July 2022: date and selection move together
        assertEquals(before + 1, model.questions(), "one question for the link, not one per change");
        assertEquals(LocalDate.of(2022, 7, 1), model.date());
        assertEquals("icb-QMM", model.placeProperty().get().id());
    }

    @Test
    void followingALinkInTheAnswerKeepsTheQuestion() {
        state.asAt().set(LocalDate.of(2019, 4, 1));
        state.navigation().select("ccg-06W");
        model.show(state.session().queries().lookup("nhs-england").orElseThrow());
        assertEquals("nhs-england", state.navigation().selected().id(), "the main window shows the link");
        assertEquals("ccg-06W", model.placeProperty().get().id(), "the question stays");
        state.navigation().select("icb-QMM");
        assertEquals("icb-QMM", model.placeProperty().get().id(), "a selection there is a new question");
    }

    @Test
    void noAnswerWithoutASelection() {
        state.navigation().select((org.commissioningexplorer.core.model.Body) null);
        assertNull(model.answerProperty().get());
    }
}
