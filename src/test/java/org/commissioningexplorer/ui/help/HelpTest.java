package org.commissioningexplorer.ui.help;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.commissioningexplorer.ui.testing.TestWindows;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Help › Keyboard shortcuts lists every shortcut of the menus, read from the window's own menu bar. */
@ExtendWith(ApplicationExtension.class)
class HelpTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        TestWindows.window().open(stage);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(stage::close);
    }

    private static long withShortcuts(Menu m) {
        long n = 0;
        for (MenuItem i : m.getItems()) {
            n += i instanceof Menu sub ? withShortcuts(sub) : i.getAccelerator() != null ? 1 : 0;
        }
        return n;
    }

    @Test
    void everyMenuShortcutIsListedWithWhereItIs(FxRobot robot) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        List<HelpDialog.Shortcut> all = HelpDialog.shortcuts(bar);
        long onMenus = bar.getMenus().stream().mapToLong(HelpTest::withShortcuts).sum();
        assertTrue(onMenus >= 12, "the menus have their shortcuts: " + onMenus);
        assertEquals(onMenus, all.stream().filter(s -> s.action().contains(" › ")).count(), all.toString());
        assertTrue(all.stream().anyMatch(s -> s.action().equals("View › Search…") && s.keys().contains("F")),
                all.toString());
        assertTrue(all.stream().anyMatch(s -> s.action().equals("Help › Help") && s.keys().equals("F1")), all.toString());
        assertTrue(all.stream().anyMatch(s -> s.keys().equals("Esc")), "and the keys that are not on a menu");
        assertTrue(all.stream().noneMatch(s -> s.keys().contains("_")), "keys as their signs, not constants: " + all);
    }
}
