package org.commissioningexplorer.ui.commissioner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.commissioningexplorer.ui.testing.TestWindows;
import org.commissioningexplorer.core.query.ServiceCatalogue;
import org.commissioningexplorer.ui.state.ExplorerState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Tools › Who commissions…: follows the selected body and the as-at date; links go to the commissioner. */
@ExtendWith(ApplicationExtension.class)
class CommissionerWindowTest {

    private ExplorerState model;
    private Stage mainStage;

    @Start
    void start(Stage stage) {
        mainStage = stage;
        model = TestWindows.window().open(stage);
    }

    @AfterEach
    void close(FxRobot robot) {
        TestWindows.closeAll(robot);
    }

    /** The bodies named as commissioners (the first group of cards). */
    private List<String> commissioners(FxRobot robot) {
        return robot.lookup(".commissioner-answer-row .body-link").queryAllAs(Hyperlink.class).stream()
                .map(l -> (String) l.getUserData()).toList();
    }

    @SuppressWarnings("unchecked")
    private ComboBox<ServiceCatalogue.Service> services(FxRobot robot) {
        return robot.lookup(".service-box").queryAs(ComboBox.class);
    }

    private void pick(FxRobot robot, String serviceId) {
        robot.interact(() -> services(robot).setValue(
                ServiceCatalogue.standard().byId(serviceId).orElseThrow()));
    }

    @Test
    void answersForTheSelectedBodyOnTheAsAtDateAndFollowsBoth(FxRobot robot) {
        robot.interact(() -> model.navigation().select("ccg-06W"));
        robot.push(KeyCode.CONTROL, KeyCode.K);
        assertEquals("dentistry", services(robot).getValue().id(), "starts on the first service");
        assertEquals(List.of("nhs-england"), commissioners(robot), "dentistry in Norwich, October 2019");

        pick(robot, "public-health");
        assertEquals(List.of("la-E10000020"), commissioners(robot), "public health: Norfolk County Council");

        pick(robot, "dentistry");
        robot.interact(() -> model.asAt().set(LocalDate.of(2024, 1, 1)));
        assertEquals(List.of("icb-QMM"), commissioners(robot), "from April 2023 the ICB, for Norwich's area");

        robot.interact(() -> model.navigation().select("hwb-E10000020"));
        pick(robot, "mental-health");
        assertEquals(List.of("icb-QMM"), commissioners(robot));
    }

    @Test
    void opensOffTheTreeAndEscClosesAnOpenListFirstThenTheWindow(FxRobot robot) {
        robot.push(KeyCode.CONTROL, KeyCode.K);
        Stage tool = (Stage) services(robot).getScene().getWindow();
        assertTrue(tool.isShowing());
        assertTrue(tool.getX() >= mainStage.getX() + mainStage.getWidth() / 2
                || tool.getX() + tool.getWidth() <= mainStage.getX(), "not over the main window's left half");

        robot.push(KeyCode.ALT, KeyCode.DOWN); // opens the list of services
        assertTrue(services(robot).isShowing(), "the list is open");
        robot.type(KeyCode.ESCAPE);
        assertFalse(services(robot).isShowing(), "Esc closes the list first");
        assertTrue(tool.isShowing(), "and leaves the window open");

        robot.type(KeyCode.ESCAPE);
        assertFalse(tool.isShowing(), "a second Esc closes the window");
        assertTrue(mainStage.isFocused(), "the keyboard is back in the main window");
    }

    @Test
    void aCommissionerIsALinkToItsPage(FxRobot robot) {
        robot.interact(() -> model.navigation().select("ccg-06W"));
        robot.push(KeyCode.CONTROL, KeyCode.K);
        Hyperlink link = robot.lookup(".commissioner-answer-row .body-link").queryAllAs(Hyperlink.class).stream()
                .findFirst().orElseThrow();
        assertEquals("nhs-england", link.getUserData());

        robot.interact(link::fire);

        assertEquals("nhs-england", model.navigation().selected().id(), "the main window shows NHS England");
        assertEquals(List.of("nhs-england"), commissioners(robot), "the answer stays on screen");
        assertTrue(robot.lookup(".place-label").queryAllAs(javafx.scene.control.Label.class).stream()
                .anyMatch(l -> l.getText().startsWith("NHS Norwich CCG")), "still the question about Norwich");

        robot.interact(() -> model.navigation().select("icb-QMM"));
        pick(robot, "mental-health");
        assertEquals(List.of("ccg-06M", "ccg-06V", "ccg-06W", "ccg-06Y", "ccg-07J"),
                commissioners(robot).stream().sorted().toList(),
                "selecting another place asks again: in 2019, before the ICB, the CCGs that became it");
    }
}
