package org.commissioningexplorer.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.commissioningexplorer.ui.common.Settings;
import org.commissioningexplorer.ui.testing.TestWindows;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window as the app opens it at start-up: its first frame has the tree and the page, the menus and the timeline
 * come just after it, into a space kept for them, and then the window is the whole window.
 */
@ExtendWith(ApplicationExtension.class)
class StagedStartTest {

    private final Settings settings = Settings.inMemory();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close(FxRobot robot) {
        TestWindows.closeAll(robot);
    }

    @Test
    void theFirstFrameHasTheTreeAndThePageAndTheMenusComeRightAfter(FxRobot robot) throws TimeoutException {
        boolean[] before = new boolean[4];
        robot.interact(() -> {
            TestWindows.window().settings(settings).topAfterFirstFrame().open(stage);
            Scene scene = stage.getScene();
            // Nothing has been drawn yet: this is what the first frame will show.
            before[0] = scene.lookup(".menu-bar") == null && scene.lookup(".timeline-bar") == null;
            before[1] = scene.lookup(".top-kept") != null;
            before[2] = scene.lookup(".organisation-tree") instanceof TreeView<?> tree
                    && !tree.getRoot().getChildren().isEmpty();
            before[3] = scene.lookup(".detail-title") instanceof Label title && "NHS England".equals(title.getText());
        });
        assertTrue(before[0], "the menus and the timeline wait for the first frame");
        assertTrue(before[1], "their space is kept");
        assertTrue(before[2], "the tree has its rows in the first frame");
        assertTrue(before[3], "the page shows NHS England in the first frame");

        waitForTheTop(robot);
        assertNull(robot.lookup(".top-kept").tryQuery().orElse(null), "the kept space gives way to the menus");
        assertNotNull(robot.lookup(".timeline-bar").tryQuery().orElse(null));
        // The icons are read on a worker (here the calling thread): the window has one at each size.
        assertEquals(java.util.List.of(32.0, 64.0, 256.0), stage.getIcons().stream().map(i -> i.getWidth()).toList());
        // The menus work once they are in: Ctrl+F is the menu's View › Search.
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".search-field").query().isFocused(), "Ctrl+F, a menu accelerator, works");
    }

    @Test
    void theSpaceKeptIsAsTallAsTheMenusWereLastTimeSoNothingMoves(FxRobot robot) throws TimeoutException {
        // A first start measures the top and keeps its height when the window closes.
        robot.interact(() -> TestWindows.window().settings(settings).topAfterFirstFrame().open(stage));
        waitForTheTop(robot);
        robot.interact(stage::hide);
        assertFalse(settings.get(WindowTop.HEIGHT_KEY, "").isEmpty(), "the top's height is kept for the next start");

        double[] y = new double[2];
        Stage[] next = new Stage[1];
        robot.interact(() -> {
            next[0] = new Stage();
            TestWindows.window().settings(settings).topAfterFirstFrame().open(next[0]);
            Node root = next[0].getScene().getRoot();
            root.applyCss();
            ((javafx.scene.Parent) root).layout(); // the first frame's layout, before the top is in
            y[0] = split(next[0]).localToScene(0, 0).getY();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> next[0].getScene().lookup(".menu-bar") != null);
        robot.interact(() -> {
            Node root = next[0].getScene().getRoot();
            root.applyCss();
            ((javafx.scene.Parent) root).layout();
            y[1] = split(next[0]).localToScene(0, 0).getY();
        });
        assertTrue(y[0] > 50, "the tree and the page start below the kept space: " + y[0]);
        assertEquals(y[0], y[1], 1.0, "the tree and the page stay where they were when the menus come");
    }

    private static Node split(Stage s) {
        return s.getScene().lookup(".main-split");
    }

    private void waitForTheTop(FxRobot robot) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stage.getScene().lookup(".menu-bar") != null);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
