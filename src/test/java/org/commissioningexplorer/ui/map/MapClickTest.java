package org.commissioningexplorer.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.geometry.Point2D;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.commissioningexplorer.core.geo.MapProjection;
import org.commissioningexplorer.ui.state.ExplorerState;
import org.commissioningexplorer.ui.testing.TestWindows;
import org.commissioningexplorer.ui.tree.TreeEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The map in the window on the bundled boundary file: Ctrl+M opens it, and clicking Norwich on the map of 2023
 * selects NHS Norfolk and Waveney ICB in the tree and the detail pane; in 2019 the same click is Norwich CCG.
 */
@ExtendWith(ApplicationExtension.class)
class MapClickTest {

    private ExplorerState model;
    private Stage stage;
    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setWidth(1600);
        stage.setHeight(900);
        model = TestWindows.window().chooseImage(() -> dir.resolve("map.png")).open(stage);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(stage::close);
    }

    private MapCanvas openMap(FxRobot robot, LocalDate date) {
        robot.interact(() -> model.asAt().set(date));
        robot.push(KeyCode.CONTROL, KeyCode.M);
        WaitForAsyncUtils.waitForFxEvents();
        MapCanvas canvas = robot.lookup(n -> n instanceof MapCanvas).queryAs(MapCanvas.class);
        assertNotNull(canvas.frame(), "the map is drawn");
        return canvas;
    }

    private void clickPlace(FxRobot robot, MapCanvas canvas, double lon, double lat) {
        MapFrame f = canvas.frame();
        Point2D screen = canvas.localToScreen(f.px(MapProjection.x(lon)), f.py(MapProjection.y(lat)));
        robot.clickOn(screen);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private String selectedInTree(FxRobot robot) {
        TreeView<TreeEntry> tree = robot.lookup(".organisation-tree").queryAs(TreeView.class);
        TreeItem<TreeEntry> item = tree.getSelectionModel().getSelectedItem();
        return item == null || item.getValue().bodyOrNull() == null ? null : item.getValue().bodyOrNull().id();
    }

    @Test
    void clickingNorfolkIn2023SelectsTheIcb(FxRobot robot) {
        MapCanvas canvas = openMap(robot, LocalDate.of(2023, 6, 1));
        clickPlace(robot, canvas, 1.2974, 52.6309);
        assertEquals("icb-QMM", model.navigation().selected().id());
        assertEquals("icb-QMM", selectedInTree(robot));
        Label caption = robot.lookup(".map-caption").queryAs(Label.class);
        assertTrue(caption.getText().contains("42"), caption.getText());
    }

    @Test
    void clickingNorwichIn2019SelectsItsCcg(FxRobot robot) {
        MapCanvas canvas = openMap(robot, LocalDate.of(2019, 6, 1));
        clickPlace(robot, canvas, 1.2974, 52.6309);
        assertEquals("ccg-06W", model.navigation().selected().id());
        assertEquals("ccg-06W", selectedInTree(robot));
    }

    /**
     * The trainer's walk: the CCGs of 1 April 2019, the years played forward (each step a day the areas changed)
     * to the 42 ICBs, a click on Norfolk, and the picture exported for a slide, 1920 pixels wide.
     */
    @Test
    void playForwardClickNorfolkAndExport(FxRobot robot) throws IOException {
        MapCanvas canvas = openMap(robot, LocalDate.of(2019, 4, 1));
        Label caption = robot.lookup(".map-caption").queryAs(Label.class);
        assertEquals("1 April 2019 · 191 CCGs", caption.getText());
        MapViewModel map = ((MapPane) robot.lookup(".map-pane").query()).model();
        LocalDate date = LocalDate.of(2019, 4, 1);
        int steps = 0;
        while (date.isBefore(LocalDate.of(2022, 7, 1))) {
            date = map.nextPlayDate(date);
            LocalDate d = date;
            robot.interact(() -> map.moveTo(d));
            steps++;
        }
        assertEquals(3, steps, "1 April 2020, 1 April 2021, 1 July 2022");
        assertEquals("1 July 2022 · 42 ICBs", caption.getText());
        clickPlace(robot, canvas, 1.2974, 52.6309);
        assertEquals("icb-QMM", model.navigation().selected().id());
        robot.interact(() -> robot.lookup(".map-export").queryAs(Button.class).fire());
        WaitForAsyncUtils.waitForFxEvents();
        Path png = dir.resolve("map.png");
        assertTrue(Files.size(png) > 10_000, "a picture was written");
        try (DataInputStream in = new DataInputStream(Files.newInputStream(png))) {
            in.skipNBytes(16); // signature (8) and the IHDR chunk's length and type (8)
            assertTrue(in.readInt() >= 1920, "at least 1920 pixels wide");
        }
    }

    /** Ctrl+M closes the map and opens it again, as often as it is pressed (the menu item's tick follows). */
    @Test
    void ctrlMTogglesTheMapEveryTime(FxRobot robot) {
        openMap(robot, LocalDate.of(2019, 6, 1));
        for (int i = 0; i < 4; i++) {
            robot.push(KeyCode.CONTROL, KeyCode.M);
            WaitForAsyncUtils.waitForFxEvents();
            boolean shown = robot.lookup(n -> n instanceof MapCanvas).tryQuery().map(n -> n.getScene() != null)
                    .orElse(false);
            assertEquals(i % 2 == 1, shown, "after pressing Ctrl+M " + (i + 2) + " times");
        }
    }
}
