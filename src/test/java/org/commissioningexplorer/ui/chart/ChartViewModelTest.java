package org.commissioningexplorer.ui.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.commissioningexplorer.core.chart.BoxSizer;
import org.commissioningexplorer.core.chart.ChartLayout;
import org.commissioningexplorer.core.chart.LayeredLayout;
import org.commissioningexplorer.ui.common.BackgroundRunner;
import org.commissioningexplorer.ui.state.ExplorerState;
import org.junit.jupiter.api.Test;

/** Which body the chart is drawn round, as the main window's selection and date move; without a stage. */
class ChartViewModelTest {

    private final ExplorerState state = new ExplorerState(BackgroundRunner.sameThread());
    private final ChartViewModel model;

    ChartViewModelTest() {
        state.session().openInitial(null);
        model = new ChartViewModel(state.navigation(), data -> new LayeredLayout(BoxSizer.estimate()));
        state.navigation().select("ccg-06W");
    }

    private String centre() {
        return model.chartProperty().get().model().centre().id();
    }

    @Test
    void selectingABodyInTheChartOnlyMarksItSelectingOneOutsideRedrawsRoundIt() {
        ChartLayout before = model.chartProperty().get();
        assertEquals("ccg-06W", centre());
        model.select("ccg-06W-audit-committee");
        assertEquals("ccg-06W-audit-committee", state.navigation().selected().id());
        assertEquals("ccg-06W-audit-committee", model.selectedProperty().get());
        assertSame(before, model.chartProperty().get(), "the chart stays put");

        state.navigation().select("icb-QMM");
        assertEquals("icb-QMM", centre(), "not in Norwich's chart: drawn round it");
    }

    @Test
    void aDoubleClickRecentresAndANewDateRedraws() {
        model.recentre("nhs-england");
        assertEquals("nhs-england", centre());
        assertEquals("nhs-england", state.navigation().selected().id());

        ChartLayout before = model.chartProperty().get();
        state.asAt().set(LocalDate.of(2023, 1, 1));
        assertNotSame(before, model.chartProperty().get());
        assertEquals(LocalDate.of(2023, 1, 1), model.chartProperty().get().model().date());
        assertTrue(model.chartProperty().get().model().nodes().stream().anyMatch(n -> n.kind().equals("icb")),
                "the ICBs of 2023 under NHS England");
    }

    @Test
    void aPlusMoreBoxsTooltipNamesTheFirstOfTheRest() {
        model.recentre("nhs-england");
        var more = model.chartProperty().get().model().node("more:CHILD:ccg").orElseThrow();
        String[] lines = ChartTexts.moreTooltip(more).split("\n");
        assertEquals(ChartTexts.TOOLTIP_NAMES + 1, lines.length);
        assertEquals(more.rest().get(0).name(), lines[0]);
        assertEquals("and " + (more.more() - ChartTexts.TOOLTIP_NAMES) + " more", lines[lines.length - 1]);
    }

    @Test
    void aPlusMoreBoxIsNotABody() {
        model.recentre("nhs-england");
        String more = model.chartProperty().get().model().nodes().stream().filter(n -> n.isMore())
                .findFirst().orElseThrow().key();
        model.recentre(more);
        model.select(more);
        assertEquals("nhs-england", centre());
        assertEquals("nhs-england", state.navigation().selected().id());
        assertFalse(model.chartProperty().get().model().shows("nonsense"));
    }
}
