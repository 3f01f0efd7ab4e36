package org.commissioningexplorer.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.commissioningexplorer.ui.state.ExplorerState;
import org.commissioningexplorer.ui.testing.TestWindows;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * No visible label of the main views is cut short with "…", at the three common screen sizes: NHS England (the
 * first page), a CCG with many parts, an ICB, the tree opened on a region. A label's own text is compared with
 * the text JavaFX displays for it.
 */
@ExtendWith(ApplicationExtension.class)
class NothingClippedTest {

    private ExplorerState model;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        model = TestWindows.window().open(stage);
    }

    @AfterEach
    void close(FxRobot robot) {
        TestWindows.closeAll(robot);
    }

    @Test
    void at1024x640() {
        check(1024, 640);
    }

    @Test
    void at1366x768() {
        check(1366, 768);
    }

    @Test
    void at1920x1080() {
        check(1920, 1080);
    }

    /** View › Zoom at its largest, 250%, on a laptop's screen: long names may wrap, none is cut short. */
    @Test
    void at1366x768Zoomed250(FxRobot robot) {
        zoom(robot, 7, "Zoom 250%");
        check(1366, 768);
    }

    /** And at 250% on a full HD screen. */
    @Test
    void at1920x1080Zoomed250(FxRobot robot) {
        zoom(robot, 7, "Zoom 250%");
        check(1920, 1080);
    }

    private void zoom(FxRobot robot, int steps, String said) {
        for (int i = 0; i < steps; i++) {
            robot.push(KeyCode.CONTROL, KeyCode.EQUALS);
        }
        assertEquals(said, model.status().message());
    }

    private void check(double width, double height) {
        List<String> clipped = new ArrayList<>();
        FxRobot robot = new FxRobot();
        robot.interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        });
        look(robot, "NHS England on 2019-10-01", clipped);
        robot.interact(() -> model.navigation().select("ccg-06W"));
        look(robot, "Norwich CCG", clipped);
        robot.interact(() -> model.navigation().select("region-Y61"));
        look(robot, "the East of England region", clipped);
        robot.interact(() -> {
            model.asAt().set(LocalDate.of(2023, 1, 1));
            model.navigation().select("icb-QMM");
        });
        look(robot, "Norfolk and Waveney ICB in 2023", clipped);
        javafx.scene.control.TextField search = robot.lookup(".search-field").queryAs(javafx.scene.control.TextField.class);
        robot.interact(() -> search.setText("norfolk"));
        look(robot, "the search results for norfolk", clipped);
        robot.interact(() -> search.setText("sustainability transformation"));
        look(robot, "the search results for sustainability transformation", clipped);
        robot.interact(() -> search.setText(""));
        assertEquals(List.of(), clipped, "labels cut short at " + (int) width + "x" + (int) height);
    }

    private void look(FxRobot robot, String view, List<String> clipped) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
            collect(stage.getScene().getRoot(), view, clipped);
        });
    }

    /** Every visible label whose displayed text is its own text cut short (JavaFX then ends it with "…"). */
    private static void collect(Node node, String view, List<String> clipped) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled l && l.getText() != null && !l.getText().isEmpty()) {
            Text shown = (Text) l.lookup(".text");
            String ellipsis = l.getEllipsisString();
            if (shown != null && shown.getParent() == l && !shown.getText().equals(l.getText())
                    && !ellipsis.isEmpty() && shown.getText().endsWith(ellipsis)) {
                clipped.add(view + ": " + l.getClass().getSimpleName() + " " + l.getStyleClass() + " \""
                        + l.getText() + "\" shows as \"" + shown.getText() + "\"");
            }
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, view, clipped);
            }
        }
    }
}
