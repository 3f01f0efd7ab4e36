package org.commissioningexplorer.ui.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.commissioningexplorer.ui.state.ExplorerState;
import org.commissioningexplorer.ui.testing.TestWindows;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** View › Org chart: the selected body's chart on the as-at date; clicks select, double-clicks re-centre. */
@ExtendWith(ApplicationExtension.class)
class ChartWindowTest {

    @TempDir
    Path dir;
    private ExplorerState model;
    private Stage mainStage;

    @Start
    void start(Stage stage) {
        mainStage = stage;
        model = TestWindows.window().chooseImage(() -> dir.resolve("chart.png")).open(stage);
    }

    @AfterEach
    void close(FxRobot robot) {
        TestWindows.closeAll(robot);
    }

    private static Set<String> boxes(FxRobot robot) {
        return robot.lookup(".chart-box").queryAll().stream().map(n -> (String) n.getUserData())
                .collect(Collectors.toSet());
    }

    private static Node box(FxRobot robot, String key) {
        return robot.lookup(".chart-box").queryAll().stream().filter(n -> key.equals(n.getUserData()))
                .findFirst().orElseThrow(() -> new AssertionError("no box for " + key));
    }

    private static String centre(FxRobot robot) {
        return (String) robot.lookup(".chart-box.chart-centre").query().getUserData();
    }

    private void openChartForNorwich(FxRobot robot) {
        robot.interact(() -> model.navigation().select("ccg-06W"));
        robot.push(KeyCode.CONTROL, KeyCode.G);
    }

    @Test
    void norwichsChartShowsItsParentAndItsCommittees(FxRobot robot) {
        openChartForNorwich(robot);
        Set<String> shown = boxes(robot);
        assertEquals("ccg-06W", centre(robot));
        assertTrue(shown.containsAll(Set.of("nhs-england", "ccg-06W-governing-body", "ccg-06W-audit-committee",
                "ccg-06W-quality-committee", "stp-QMM")), shown::toString);
        assertTrue(robot.lookup(".chart-heading").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().equals("Member of")), "links grouped under their wording");
        Label caption = robot.lookup(".chart-caption").queryAs(Label.class);
        assertEquals("NHS Norwich CCG, 1 October 2019", caption.getText());
        Stage tool = (Stage) caption.getScene().getWindow();
        robot.type(KeyCode.ESCAPE);
        assertFalse(tool.isShowing(), "Esc closes the chart");
        assertTrue(mainStage.isShowing());
    }

    @Test
    void aClickSelectsTheBodyAndADoubleClickRedrawsTheChartRoundIt(FxRobot robot) {
        openChartForNorwich(robot);
        robot.clickOn(box(robot, "ccg-06W-audit-committee"), MouseButton.PRIMARY);
        assertEquals("ccg-06W-audit-committee", model.navigation().selected().id(), "selected in the main window");
        assertEquals("ccg-06W", centre(robot), "the chart stays round Norwich");
        assertTrue(box(robot, "ccg-06W-audit-committee").getPseudoClassStates().stream()
                .anyMatch(p -> p.getPseudoClassName().equals("selected")), "its box is marked");

        robot.interact(() -> robot.lookup(".chart-fit").queryButton().fire()); // the whole chart in view
        robot.doubleClickOn(box(robot, "nhs-england"), MouseButton.PRIMARY);
        assertEquals("nhs-england", model.navigation().selected().id());
        assertEquals("nhs-england", centre(robot), "redrawn round NHS England");
        assertTrue(boxes(robot).contains("region-Y61"), "with its regions below");

        robot.interact(() -> model.navigation().select("la-E10000020"));
        assertEquals("la-E10000020", centre(robot), "a body not in the chart, selected in the tree: redrawn round it");
    }

    @Test
    void spaceSelectsTheFocusedBoxAndEnterRedrawsRoundIt(FxRobot robot) {
        openChartForNorwich(robot);
        robot.interact(() -> box(robot, "ccg-06W-finance-committee").requestFocus());
        robot.type(KeyCode.SPACE);
        assertEquals("ccg-06W-finance-committee", model.navigation().selected().id());
        assertEquals("ccg-06W", centre(robot));
        robot.type(KeyCode.ENTER);
        assertEquals("ccg-06W-finance-committee", centre(robot));
    }

    @Test
    void anotherDateRedrawsTheChart(FxRobot robot) {
        openChartForNorwich(robot);
        assertTrue(boxes(robot).contains("stp-QMM"));
        robot.interact(() -> model.asAt().set(LocalDate.of(2014, 1, 1)));
        assertEquals("ccg-06W", centre(robot));
        assertFalse(boxes(robot).contains("stp-QMM"), "no STP in 2014");
        assertEquals("NHS Norwich CCG, 1 January 2014",
                robot.lookup(".chart-caption").queryAs(Label.class).getText());
    }

    @Test
    void exportWritesAPngForAProjector(FxRobot robot) throws Exception {
        openChartForNorwich(robot);
        Button export = robot.lookup(".chart-export").queryButton();
        robot.interact(export::fire);
        Path png = dir.resolve("chart.png");
        assertTrue(Files.exists(png), "written where the dialog said");
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(ChartExport.WIDTH, image.getWidth());
        assertTrue(image.getHeight() > 200);
    }

    @Test
    void theZoomButtonsZoomAndFitShowsTheWholeChart(FxRobot robot) {
        robot.interact(() -> model.navigation().select("nhs-england"));
        robot.push(KeyCode.CONTROL, KeyCode.G);
        Node canvas = robot.lookup(".chart-canvas").query();
        double before = canvas.localToScene(canvas.getLayoutBounds()).getWidth();
        robot.interact(() -> robot.lookup(".chart-zoom-out").queryButton().fire());
        double after = canvas.localToScene(canvas.getLayoutBounds()).getWidth();
        assertEquals(before / 1.25, after, 1, "zoomed out a step");
        robot.interact(() -> robot.lookup(".chart-fit").queryButton().fire());
        var port = robot.lookup(".chart-scroller").queryAs(javafx.scene.control.ScrollPane.class).getViewportBounds();
        assertTrue(canvas.localToScene(canvas.getLayoutBounds()).getWidth() <= port.getWidth() + 1, "fits across");
    }
}
