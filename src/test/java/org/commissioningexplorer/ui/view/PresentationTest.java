package org.commissioningexplorer.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.commissioningexplorer.ui.common.Settings;
import org.commissioningexplorer.ui.state.ExplorerState;
import org.commissioningexplorer.ui.testing.TestWindows;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Zoom, themes, presenter mode and full screen in the main window, driven by their keys and menu items. */
@ExtendWith(ApplicationExtension.class)
class PresentationTest {

    private final Settings settings = Settings.inMemory();
    private ExplorerState model;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        model = TestWindows.window().settings(settings).open(stage);
    }

    @AfterEach
    void close(FxRobot robot) {
        TestWindows.closeAll(robot);
    }

    private double rootFont(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        double[] size = new double[1];
        robot.interact(() -> {
            stage.getScene().getRoot().applyCss();
            size[0] = robot.lookup(".detail-title").queryAs(Label.class).getFont().getSize();
        });
        return size[0];
    }

    @Test
    void ctrlPlusZoomsInEverythingAndCtrlZeroResetsRememberedForTheNextWindow(FxRobot robot) {
        double title = rootFont(robot);
        robot.push(KeyCode.CONTROL, KeyCode.EQUALS); // Ctrl+= is Ctrl+Plus without Shift
        assertEquals("110", settings.get("view.zoom", null));
        robot.push(KeyCode.CONTROL, KeyCode.PLUS);
        assertEquals("125", settings.get("view.zoom", null));
        assertEquals(title * 1.25, rootFont(robot), 0.05, "the title grows with the root's font");
        assertEquals("Zoom 125%", model.status().message());
        robot.push(KeyCode.CONTROL, KeyCode.MINUS);
        assertEquals("110", settings.get("view.zoom", null));
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT0);
        assertEquals("100", settings.get("view.zoom", null));
        assertEquals(title, rootFont(robot), 0.05);

        for (int i = 0; i < 12; i++) {
            robot.push(KeyCode.CONTROL, KeyCode.EQUALS);
        }
        assertEquals("250", settings.get("view.zoom", null), "the steps stop at 250%");
        robot.interact(stage::close);
        Stage[] next = new Stage[1];
        robot.interact(() -> {
            next[0] = new Stage();
            TestWindows.window().settings(settings).open(next[0]);
        });
        stage = next[0];
        assertEquals(title * 2.5, rootFont(robot), 0.05, "a new window opens at the zoom chosen");
    }

    @Test
    void aThemeChosenInTheMenuRestylesTheWindowAtOnceAndIsRemembered(FxRobot robot) {
        Region tree = robot.lookup(".organisation-tree").queryAs(Region.class);
        assertTrue(brightness(tree) > 0.9, "the light theme's tree is white");
        robot.interact(() -> radio(robot, "viewThemeDark").fire());
        assertTrue(brightness(tree) < 0.2, "the dark theme's tree is dark");
        assertEquals("dark", settings.get("view.theme", null));
        robot.interact(() -> radio(robot, "viewThemeContrast").fire());
        assertEquals(0.0, brightness(tree), 0.01, "high contrast: black");
        assertTrue(radio(robot, "viewThemeContrast").isSelected());
        assertFalse(radio(robot, "viewThemeDark").isSelected());
        robot.interact(() -> radio(robot, "viewThemeLight").fire());
        assertTrue(brightness(tree) > 0.9);
        assertEquals("light", settings.get("view.theme", null));
    }

    @Test
    void dialogsAndToolWindowsShowTheThemeAndTheZoomToo(FxRobot robot) {
        robot.interact(() -> radio(robot, "viewThemeDark").fire());
        robot.push(KeyCode.CONTROL, KeyCode.EQUALS);
        robot.push(KeyCode.CONTROL, KeyCode.L); // Documents › Library, a tool window
        WaitForAsyncUtils.waitForFxEvents();
        Region library = robot.lookup(".library").queryAs(Region.class);
        assertTrue(brightness(library) < 0.3, "the library is dark");
        assertEquals(13 * 1.1, library.lookup(".library-summary") instanceof Label l ? l.getFont().getSize() : 0,
                0.05, "and zoomed");
        robot.interact(() -> library.getScene().getWindow().hide());
        robot.push(KeyCode.F1); // Help › Guide, a dialog
        WaitForAsyncUtils.waitForFxEvents();
        Region pane = robot.lookup(".dialog-pane").queryAs(Region.class);
        assertTrue(brightness(pane) < 0.3, "the dialog is dark");
        robot.interact(() -> radio(robot, "viewThemeLight").fire());
        assertTrue(brightness(pane) > 0.8, "an open dialog follows a new theme at once");
    }

    @Test
    void presenterModeHidesTheChromeKeepsTheShortcutsAndF5OrEscLeavesIt(FxRobot robot) {
        Node menuBar = robot.lookup(".menu-bar").query();
        Node statusBar = robot.lookup(".status-bar").query();
        robot.push(KeyCode.F5);
        assertFalse(menuBar.isVisible() || menuBar.isManaged() || statusBar.isVisible());
        assertEquals("150", settings.get("view.zoom", null), "at least 150%");
        assertTrue(((CheckMenuItem) ViewMenu.item((MenuBar) menuBar, "viewPresenter").orElseThrow()).isSelected());

        TextField search = robot.lookup(".search-field").queryAs(TextField.class);
        robot.push(KeyCode.CONTROL, KeyCode.F); // the hidden menu's accelerator
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(search.isFocused(), "Ctrl+F still goes to the search box");
        robot.interact(() -> search.setText("norwich"));
        robot.push(KeyCode.ESCAPE);
        assertTrue(robot.lookup(".organisation-tree").query().isVisible(), "the search box's Esc came first");
        assertTrue(menuBar.isVisible() == false, "and did not leave presenter mode");

        robot.push(KeyCode.F5);
        assertTrue(menuBar.isVisible() && menuBar.isManaged() && statusBar.isVisible());
        assertEquals("100", settings.get("view.zoom", null), "the zoom goes back");

        robot.push(KeyCode.F5);
        assertFalse(menuBar.isVisible());
        robot.push(KeyCode.ESCAPE); // the tree has the focus: nothing else wants Esc
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(menuBar.isVisible() && statusBar.isVisible());
    }

    @Test
    void ctrlWheelZoomsAndAPlainWheelStillScrolls(FxRobot robot) {
        Node tree = robot.lookup(".organisation-tree").query();
        robot.interact(() -> javafx.event.Event.fireEvent(tree, wheel(40, true)));
        assertEquals("110", settings.get("view.zoom", null));
        robot.interact(() -> javafx.event.Event.fireEvent(tree, wheel(-40, true)));
        robot.interact(() -> javafx.event.Event.fireEvent(tree, wheel(-40, true)));
        assertEquals("90", settings.get("view.zoom", null));
        robot.interact(() -> javafx.event.Event.fireEvent(tree, wheel(-40, false)));
        assertEquals("90", settings.get("view.zoom", null), "without Ctrl the wheel is the tree's");
    }

    private static javafx.scene.input.ScrollEvent wheel(double deltaY, boolean ctrl) {
        return new javafx.scene.input.ScrollEvent(javafx.scene.input.ScrollEvent.SCROLL, 10, 10, 10, 10, false,
                ctrl, false, false, false, false, 0, deltaY, 0, deltaY,
                javafx.scene.input.ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                javafx.scene.input.ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null);
    }

    @Test
    void f11TogglesFullScreen(FxRobot robot) {
        assertFalse(stage.isFullScreen());
        robot.push(KeyCode.F11);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(stage.isFullScreen());
        assertTrue(((CheckMenuItem) ViewMenu.item(robot.lookup(".menu-bar").queryAs(MenuBar.class),
                "viewFullScreen").orElseThrow()).isSelected());
        robot.push(KeyCode.F11);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(stage.isFullScreen());
    }

    private static RadioMenuItem radio(FxRobot robot, String id) {
        return (RadioMenuItem) ViewMenu.item(robot.lookup(".menu-bar").queryAs(MenuBar.class), id).orElseThrow();
    }

    private double brightness(Region r) {
        WaitForAsyncUtils.waitForFxEvents();
        double[] b = new double[1];
        new FxRobot().interact(() -> {
            r.getScene().getRoot().applyCss();
            b[0] = ((Color) r.getBackground().getFills().get(0).getFill()).getBrightness();
        });
        return b[0];
    }
}
