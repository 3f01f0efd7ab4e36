package org.commissioningexplorer.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import javafx.fxml.FXMLLoader;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.commissioningexplorer.core.time.Eras;
import org.commissioningexplorer.ui.common.BackgroundRunner;
import org.commissioningexplorer.ui.common.Texts;
import org.commissioningexplorer.ui.common.Theme;
import org.commissioningexplorer.ui.state.ExplorerState;
import org.commissioningexplorer.ui.testing.TestWindows;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The as-at bar alone, 1024 wide, on the bundled dataset with today fixed: the timeline as a time scale. */
@ExtendWith(ApplicationExtension.class)
class TimeScaleBarTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 15);
    private static final LocalDate START = LocalDate.of(2013, 4, 1);

    private ExplorerState state;

    @Start
    void start(Stage stage) throws IOException {
        state = new ExplorerState(BackgroundRunner.sameThread());
        Clock clock = Clock.fixed(TODAY.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        FXMLLoader loader = new FXMLLoader(TimelineController.class.getResource(
                "/org/commissioningexplorer/ui/timeline/TimelineBar.fxml"), Texts.bundle());
        loader.setControllerFactory(type -> new TimelineController(state, clock));
        Parent root = loader.load();
        Scene scene = new Scene(root, 1024, 100);
        scene.getStylesheets().add(Theme.url());
        stage.setScene(scene);
        stage.show();
        state.session().openInitial(null);
        stage.requestFocus();
    }

    @AfterEach
    void close(FxRobot robot) {
        TestWindows.closeAll(robot);
    }

    private Slider slider(FxRobot robot) {
        return robot.lookup(".timeline-slider").queryAs(Slider.class);
    }

    private static double centreX(Node n) {
        Bounds b = n.localToScene(n.getLayoutBounds());
        return (b.getMinX() + b.getMaxX()) / 2;
    }

    private List<Node> ticks(FxRobot robot) {
        return robot.lookup(".timeline-change-tick").queryAll().stream()
                .sorted(Comparator.comparing(n -> (LocalDate) n.getUserData())).toList();
    }

    @Test
    void theScaleRunsFromApril2013ToTodayInDays(FxRobot robot) {
        Slider slider = slider(robot);
        assertEquals(0, slider.getMin());
        assertEquals(ChronoUnit.DAYS.between(START, TODAY), slider.getMax(), "one step a day, to today");
        assertEquals(LocalDate.of(2019, 10, 1), state.asAt().get());
        assertEquals(ChronoUnit.DAYS.between(START, LocalDate.of(2019, 10, 1)), slider.getValue());
    }

    @Test
    void theTicksAreAtTheDaysTheStructureChangedWhereTheThumbGoesForThem(FxRobot robot) {
        List<LocalDate> changes = Eras.changeDates(state.session().queries().lifetimes(), TODAY);
        List<Node> ticks = ticks(robot);
        assertEquals(changes, ticks.stream().map(n -> (LocalDate) n.getUserData()).toList());
        assertTrue(changes.contains(LocalDate.of(2022, 7, 1)), "the ICBs' first day is a change: " + changes);

        Node thumb = slider(robot).lookup(".thumb");
        for (int i : new int[] {0, changes.indexOf(LocalDate.of(2022, 7, 1)), changes.size() - 1}) {
            LocalDate d = changes.get(i);
            robot.interact(() -> state.asAt().set(d));
            assertEquals(centreX(thumb), centreX(ticks.get(i)), 1.5, "the tick of " + d + " is under the thumb");
        }
        // Spaced by time, not evenly: each gap is in proportion to the days between the changes.
        int jul2022 = changes.indexOf(LocalDate.of(2022, 7, 1));
        double x2019 = centreX(ticks.get(changes.indexOf(LocalDate.of(2019, 4, 1))));
        double x2020 = centreX(ticks.get(changes.indexOf(LocalDate.of(2020, 4, 1))));
        double xBefore = centreX(ticks.get(jul2022 - 1));
        double xJul2022 = centreX(ticks.get(jul2022));
        long days = ChronoUnit.DAYS.between(changes.get(jul2022 - 1), changes.get(jul2022));
        assertEquals((x2020 - x2019) / 366 * days, xJul2022 - xBefore, 2.0, changes.toString());
    }

    @Test
    void movingTheSliderSetsTheDateAndTheFieldFollows(FxRobot robot) {
        Slider slider = slider(robot);
        DatePicker picker = robot.lookup(".as-of-picker").queryAs(DatePicker.class);
        robot.interact(() -> slider.setValue(ChronoUnit.DAYS.between(START, LocalDate.of(2016, 8, 17))));
        assertEquals(LocalDate.of(2016, 8, 17), state.asAt().get(), "a click on the track sets the day");
        assertEquals(LocalDate.of(2016, 8, 17), picker.getValue());

        robot.interact(() -> {
            slider.setValueChanging(true); // the thumb is dragged
            slider.setValue(ChronoUnit.DAYS.between(START, LocalDate.of(2018, 4, 2)));
        });
        assertEquals(LocalDate.of(2018, 4, 2), picker.getValue(), "the field shows the day under the thumb");
        assertEquals(LocalDate.of(2016, 8, 17), state.asAt().get(), "not set until let go");
        robot.interact(() -> slider.setValueChanging(false));
        assertEquals(LocalDate.of(2018, 4, 1), state.asAt().get(), "let go beside the 2018 tick: on it");
        assertEquals(LocalDate.of(2018, 4, 1), picker.getValue());
    }

    @Test
    void draggingTheThumbWithTheMouseAndClickingATick(FxRobot robot) {
        Slider slider = slider(robot);
        robot.drag(slider.lookup(".thumb"), MouseButton.PRIMARY).moveBy(-60, 0).moveBy(-60, 0).drop();
        LocalDate after = state.asAt().get();
        assertTrue(after.isBefore(LocalDate.of(2019, 1, 1)) && after.isAfter(LocalDate.of(2013, 4, 1)),
                "120 pixels to the left of October 2019: " + after);
        assertEquals(ChronoUnit.DAYS.between(START, after), slider.getValue(), "the thumb stays where it was let go");

        List<LocalDate> changes = Eras.changeDates(state.session().queries().lifetimes(), TODAY);
        int i = changes.indexOf(LocalDate.of(2022, 7, 1));
        robot.clickOn(ticks(robot).get(i));
        assertEquals(LocalDate.of(2022, 7, 1), state.asAt().get(), "a click on a tick goes to its change");
    }

    @Test
    void arrowsGoFromChangeToChangeHomeAndEndToTheEnds(FxRobot robot) {
        robot.interact(() -> slider(robot).requestFocus());
        robot.type(KeyCode.LEFT);
        assertEquals(LocalDate.of(2019, 4, 1), state.asAt().get(), "from 1 October 2019, the change before");
        robot.type(KeyCode.RIGHT);
        assertEquals(LocalDate.of(2020, 4, 1), state.asAt().get());
        robot.push(KeyCode.SHIFT, KeyCode.RIGHT);
        assertEquals(LocalDate.of(2020, 5, 1), state.asAt().get(), "Shift: a month");
        robot.type(KeyCode.END);
        assertEquals(TODAY, state.asAt().get());
        robot.type(KeyCode.RIGHT);
        assertEquals(TODAY, state.asAt().get(), "nothing after today");
        robot.type(KeyCode.HOME);
        assertEquals(START, state.asAt().get());
    }

    @Test
    void draggingAlongTheTrackSetsTheDateOnceOnRelease(FxRobot robot) {
        Slider slider = slider(robot);
        List<LocalDate> set = new java.util.ArrayList<>();
        state.navigation().viewProperty().addListener((o, old, v) -> set.add(v.asOf()));
        Node track = slider.lookup(".track");
        Bounds b = track.localToScreen(track.getLayoutBounds());
        robot.moveTo(new javafx.geometry.Point2D(b.getMinX() + b.getWidth() * 0.2, b.getCenterY()));
        robot.press(MouseButton.PRIMARY);
        for (int i = 1; i <= 10; i++) {
            robot.moveBy(8, 0);
        }
        robot.release(MouseButton.PRIMARY);
        assertEquals(1, set.size(), () -> "one date set for a drag of 80 pixels along the track: " + set);
        DatePicker picker = robot.lookup(".as-of-picker").queryAs(DatePicker.class);
        assertEquals(state.asAt().get(), picker.getValue(), "the field shows the date set");
    }

    @Test
    void lettingGoBesideTheDateShownPutsTheFieldBackOnIt(FxRobot robot) {
        Slider slider = slider(robot);
        DatePicker picker = robot.lookup(".as-of-picker").queryAs(DatePicker.class);
        robot.interact(() -> state.asAt().set(LocalDate.of(2019, 4, 1)));
        robot.interact(() -> {
            slider.setValueChanging(true);
            slider.setValue(ChronoUnit.DAYS.between(START, LocalDate.of(2019, 4, 4)));
        });
        assertEquals(LocalDate.of(2019, 4, 4), picker.getValue());
        robot.interact(() -> slider.setValueChanging(false));
        assertEquals(LocalDate.of(2019, 4, 1), state.asAt().get(), "snapped back onto the change");
        assertEquals(LocalDate.of(2019, 4, 1), picker.getValue(), "and the field says so");
        assertEquals(ChronoUnit.DAYS.between(START, LocalDate.of(2019, 4, 1)), slider.getValue());
    }

    @Test
    void fromADateBeforeTheScaleLeftDoesNotJumpForward(FxRobot robot) {
        robot.interact(() -> state.asAt().set(LocalDate.of(2012, 11, 1)));
        robot.interact(() -> slider(robot).requestFocus());
        robot.type(KeyCode.LEFT);
        assertEquals(LocalDate.of(2012, 11, 1), state.asAt().get());
        robot.push(KeyCode.SHIFT, KeyCode.LEFT);
        assertEquals(LocalDate.of(2012, 11, 1), state.asAt().get());
        robot.type(KeyCode.RIGHT);
        assertTrue(state.asAt().get().isAfter(LocalDate.of(2012, 11, 1)), "Right still moves on");
    }

    @Test
    void theYearLabelsFitWithoutOverlapping(FxRobot robot) {
        List<Label> years = robot.lookup(".timeline-year").queryAllAs(Label.class).stream()
                .filter(Node::isVisible).sorted(Comparator.comparing(l -> l.localToScene(0, 0).getX())).toList();
        assertEquals("2013", years.get(0).getText());
        assertTrue(years.size() >= 7, "at least every second year at 1024 wide: " + years.size());
        double sceneWidth = years.get(0).getScene().getWidth();
        for (int i = 0; i < years.size(); i++) {
            Bounds b = years.get(i).localToScene(years.get(i).getLayoutBounds());
            assertTrue(b.getMinX() >= 0 && b.getMaxX() <= sceneWidth, years.get(i).getText() + " is cut off");
            if (i > 0) {
                Bounds before = years.get(i - 1).localToScene(years.get(i - 1).getLayoutBounds());
                assertTrue(before.getMaxX() < b.getMinX(), years.get(i).getText() + " overlaps the one before");
            }
        }
    }
}
