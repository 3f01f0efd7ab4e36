package org.commissioningexplorer.ui.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.commissioningexplorer.core.quiz.Question;
import org.commissioningexplorer.ui.common.Settings;
import org.commissioningexplorer.ui.state.ExplorerState;
import org.commissioningexplorer.ui.testing.TestWindows;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Tools › Quiz…: a question at a time, right or wrong with the source after each, the score at the end. */
@ExtendWith(ApplicationExtension.class)
class QuizWindowTest {

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

    private static String text(FxRobot robot, String style) {
        Label l = robot.lookup("." + style).queryAs(Label.class);
        return l.isVisible() ? l.getText() : "";
    }

    /** A quiz window of a known seed for the selected body, shown. */
    private QuizWindow open(FxRobot robot, long seed) {
        QuizWindow[] w = new QuizWindow[1];
        robot.interact(() -> {
            w[0] = new QuizWindow(mainStage, model, Settings.inMemory());
            w[0].model().seed(seed);
            w[0].show();
            w[0].stage().requestFocus();
        });
        return w[0];
    }

    @Test
    void ctrlJOpensAQuizAboutTheSelectedBody(FxRobot robot) {
        robot.interact(() -> model.navigation().select("ccg-06W"));
        robot.push(KeyCode.CONTROL, KeyCode.J);
        assertTrue(text(robot, "quiz-heading").startsWith("Quiz: NHS Norwich CCG (06W) on 1 October 2019"),
                text(robot, "quiz-heading"));
        assertTrue(text(robot, "quiz-question").endsWith("?"), text(robot, "quiz-question"));
        assertEquals("Question 1 of 10", text(robot, "quiz-progress"));
        assertTrue(robot.lookup(".quiz-option").queryAllAs(Button.class).stream().filter(Button::isVisible)
                .count() >= 3);
    }

    @Test
    void answeringShowsRightOrWrongAndTheSourceAndTheScoreAtTheEnd(FxRobot robot) {
        robot.interact(() -> model.navigation().select("la-E10000020"));
        QuizWindow w = open(robot, 7);
        QuizViewModel quiz = w.model();
        int count = quiz.quiz().questions().size();
        assertEquals(10, count);
        for (int i = 0; i < count; i++) {
            Question q = quiz.question();
            assertEquals(q.text(), text(robot, "quiz-question"));
            assertEquals("", text(robot, "quiz-feedback"), "no answer before choosing");
            int choice = i == 0 ? (q.right() + 1) % q.options().size() : q.right(); // the first one wrong
            robot.type(new KeyCode[] {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4}[choice]);
            String feedback = text(robot, "quiz-feedback");
            assertTrue(feedback.startsWith(i == 0 ? "Not quite: the answer is " + Question.letter(q.right())
                    : "Right: " + Question.letter(q.right())), feedback);
            assertTrue(text(robot, "quiz-source").startsWith("Source: " + q.source().title()),
                    text(robot, "quiz-source"));
            assertEquals(q.explanation(), text(robot, "quiz-explanation"));
            robot.type(KeyCode.ENTER);
        }
        assertEquals("Score: " + (count - 1) + " out of " + count, text(robot, "quiz-score"));
        assertTrue(robot.lookup(".quiz-again").queryAs(Button.class).isVisible());
        robot.interact(() -> w.stage().hide());
    }

    @Test
    void presenterHidesTheAnswerUntilRevealed(FxRobot robot) {
        robot.interact(() -> model.navigation().select("ccg-06W"));
        QuizWindow w = open(robot, 3);
        robot.clickOn(".quiz-presenter");
        Question q = w.model().question();
        robot.type(KeyCode.B);
        assertEquals("", text(robot, "quiz-feedback"), "the choice is kept, the answer hidden");
        assertEquals("", text(robot, "quiz-source"));
        assertFalse(robot.lookup(".quiz-next").queryAs(Button.class).isVisible());
        robot.type(KeyCode.ENTER);
        assertEquals(1, w.model().number(), "Enter does not skip an unrevealed answer");
        robot.type(KeyCode.R);
        assertTrue(text(robot, "quiz-feedback").startsWith(q.right() == 1 ? "Right" : "Not quite"));
        assertTrue(text(robot, "quiz-source").startsWith("Source: "));
        assertEquals(q.right() == 1 ? 1 : 0, w.model().score());
        robot.type(KeyCode.SPACE);
        assertEquals(2, w.model().number());
        robot.interact(() -> w.stage().hide());
    }
}
