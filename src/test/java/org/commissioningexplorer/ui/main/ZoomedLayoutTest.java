package org.commissioningexplorer.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
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
 * View › Zoom at 250%: the detail pane's header keeps inside the pane (not over the era line above it, not past
 * its right edge) and no two of its visible parts overlap: breadcrumb, buttons, title, chips, section bar.
 */
@ExtendWith(ApplicationExtension.class)
class ZoomedLayoutTest {

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
    void at1366x768Zoomed250(FxRobot robot) {
        check(robot, 1366, 768);
    }

    @Test
    void at1920x1080Zoomed250(FxRobot robot) {
        check(robot, 1920, 1080);
    }

    private void check(FxRobot robot, double width, double height) {
        for (int i = 0; i < 7; i++) {
            robot.push(KeyCode.CONTROL, KeyCode.EQUALS);
        }
        assertEquals("Zoom 250%", model.status().message());
        robot.interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        });
        List<String> wrong = new ArrayList<>();
        for (String id : List.of("nhs-england", "ccg-06W", "hwb-E10000020")) {
            robot.interact(() -> model.navigation().select(id));
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> {
                stage.getScene().getRoot().applyCss();
                stage.getScene().getRoot().layout();
                Node pane = stage.getScene().lookup(".detail-pane");
                Node header = stage.getScene().lookup(".detail-header");
                Bounds room = pane.localToScene(pane.getLayoutBounds());
                Bounds head = header.localToScene(header.getLayoutBounds());
                if (head.getMinY() < room.getMinY() - 0.5) {
                    wrong.add(id + ": the header starts " + (room.getMinY() - head.getMinY()) + "px above the pane");
                }
                inside(header, room, id, wrong);
                overlaps(header, id, wrong);
            });
        }
        assertEquals(List.of(), wrong, "at " + (int) width + "x" + (int) height + " zoomed 250%");
    }

    /** Every visible control of the header ends inside the pane's right edge. */
    private static void inside(Node node, Bounds room, String id, List<String> wrong) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Control c) {
            Bounds b = c.localToScene(c.getLayoutBounds());
            if (b.getMaxX() > room.getMaxX() + 0.5) {
                wrong.add(id + ": " + describe(c) + " ends " + (b.getMaxX() - room.getMaxX()) + "px past the pane");
            }
            return;
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(child -> inside(child, room, id, wrong));
        }
    }

    /** No two visible, laid-out children of a pane of the header overlap (a stack's children are meant to). */
    private static void overlaps(Node node, String id, List<String> wrong) {
        if (!node.isVisible() || !(node instanceof Parent p) || node instanceof Control) {
            return;
        }
        if (node instanceof Pane && !(node instanceof StackPane)) {
            List<Node> shown = p.getChildrenUnmodifiable().stream().filter(n -> n.isVisible() && n.isManaged()).toList();
            for (int i = 0; i < shown.size(); i++) {
                for (int j = i + 1; j < shown.size(); j++) {
                    Bounds a = shown.get(i).getBoundsInParent();
                    Bounds b = shown.get(j).getBoundsInParent();
                    double w = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
                    double h = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
                    if (w > 1 && h > 1) {
                        wrong.add(id + ": " + describe(shown.get(i)) + " overlaps " + describe(shown.get(j)));
                    }
                }
            }
        }
        p.getChildrenUnmodifiable().forEach(child -> overlaps(child, id, wrong));
    }

    private static String describe(Node n) {
        String text = n instanceof Labeled l ? " \"" + l.getText() + "\"" : "";
        return n.getClass().getSimpleName() + n.getStyleClass() + text;
    }
}
