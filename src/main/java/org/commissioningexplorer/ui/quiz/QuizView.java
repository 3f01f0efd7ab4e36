package org.commissioningexplorer.ui.quiz;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.commissioningexplorer.core.model.Period;
import org.commissioningexplorer.core.quiz.Question;
import org.commissioningexplorer.core.query.Succession;
import org.commissioningexplorer.ui.common.Texts;

/**
 * The quiz window's content: the question in large type, the options as big buttons, then right or wrong, why
 * and the source; the score at the end. It only draws {@link QuizViewModel} and passes keys and clicks to it.
 */
final class QuizView {

    private final QuizViewModel model;
    private final VBox root = new VBox();
    private final Label heading = label("quiz-heading");
    private final Label progress = label("quiz-progress");
    private final ToggleButton presenter = new ToggleButton(Texts.get("quiz.presenter"));
    private final Label question = label("quiz-question");
    private final List<Button> options = new ArrayList<>();
    private final Label feedback = label("quiz-feedback");
    private final Label explanation = label("quiz-explanation");
    private final Label source = label("quiz-source");
    private final Label hint = label("quiz-hint");
    private final Label score = label("quiz-score");
    private final Button reveal = new Button(Texts.get("quiz.reveal"));
    private final Button next = new Button(Texts.get("quiz.next"));
    private final Button again = new Button(Texts.get("quiz.again"));

    QuizView(QuizViewModel model) {
        this.model = model;
        root.getStyleClass().add("quiz");
        root.getStylesheets().add(QuizView.class.getResource("/org/commissioningexplorer/ui/quiz/quiz.css")
                .toExternalForm());
        presenter.getStyleClass().add("quiz-presenter");
        presenter.setTooltip(new Tooltip(Texts.get("quiz.presenter.tooltip")));
        presenter.setFocusTraversable(false);
        presenter.selectedProperty().addListener((obs, old, on) -> model.setPresenter(on));
        progress.setWrapText(false);
        progress.setMaxWidth(Region.USE_PREF_SIZE);
        progress.setMinWidth(Region.USE_PREF_SIZE);
        presenter.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(heading, Priority.ALWAYS);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(12, heading, gap, progress, presenter);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox optionBox = new VBox(8);
        for (int i = 0; i < 4; i++) {
            Button b = new Button();
            b.getStyleClass().add("quiz-option");
            b.setMaxWidth(Double.MAX_VALUE);
            b.setWrapText(true);
            int option = i;
            b.setOnAction(e -> model.choose(option));
            options.add(b);
            optionBox.getChildren().add(b);
        }
        reveal.getStyleClass().add("quiz-reveal");
        next.getStyleClass().add("quiz-next");
        again.getStyleClass().add("quiz-again");
        reveal.setOnAction(e -> model.reveal());
        next.setOnAction(e -> model.next());
        next.setDefaultButton(true);
        again.setOnAction(e -> model.newQuiz());
        HBox buttons = new HBox(10, reveal, next, again);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox body = new VBox(14, question, optionBox, feedback, explanation, source, score);
        body.getStyleClass().add("quiz-body");
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("quiz-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root.getChildren().addAll(top, scroll, hint, buttons);
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        model.changesProperty().addListener((obs, old, n) -> draw());
        draw();
    }

    VBox root() {
        return root;
    }

    /** 1–4 or A–D choose, R reveals, Enter or Space goes on once the answer shows. */
    private void key(KeyEvent e) {
        if (e.isControlDown() || e.isAltDown() || e.isMetaDown() || model.question() == null) {
            return;
        }
        KeyCode k = e.getCode();
        int option = switch (k) {
            case DIGIT1, NUMPAD1, A -> 0;
            case DIGIT2, NUMPAD2, B -> 1;
            case DIGIT3, NUMPAD3, C -> 2;
            case DIGIT4, NUMPAD4, D -> 3;
            default -> -1;
        };
        if (option >= 0) {
            model.choose(option);
            e.consume();
        } else if (k == KeyCode.R) {
            model.reveal();
            e.consume();
        } else if ((k == KeyCode.ENTER || k == KeyCode.SPACE) && model.showsAnswer()) {
            model.next();
            e.consume();
        }
    }

    private void draw() {
        Question q = model.question();
        boolean shows = model.showsAnswer();
        var quiz = model.quiz();
        heading.setText(quiz == null ? "" : Texts.format("quiz.heading", Succession.named(quiz.area()),
                Period.format(quiz.date())));
        progress.setText(q == null ? "" : Texts.format("quiz.progress", model.number(), quiz.questions().size()));
        if (presenter.isSelected() != model.presenter()) {
            presenter.setSelected(model.presenter());
        }
        question.setText(q != null ? q.text() : quiz == null ? Texts.get("quiz.none") : model.finished() ? ""
                : Texts.format("quiz.empty", Succession.named(quiz.area()), Period.format(quiz.date())));
        for (int i = 0; i < options.size(); i++) {
            Button b = options.get(i);
            boolean there = q != null && i < q.options().size();
            show(b, there);
            b.getStyleClass().removeAll("quiz-chosen", "quiz-right", "quiz-wrong");
            if (!there) {
                continue;
            }
            b.setText(Question.letter(i) + "   " + Succession.named(q.options().get(i)));
            Integer chosen = model.chosen();
            if (shows && i == q.right()) {
                b.getStyleClass().add("quiz-right");
            } else if (shows && chosen != null && chosen == i) {
                b.getStyleClass().add("quiz-wrong");
            } else if (chosen != null && chosen == i) {
                b.getStyleClass().add("quiz-chosen");
            }
        }
        feedback.getStyleClass().removeAll("quiz-right", "quiz-wrong");
        show(feedback, shows);
        show(explanation, shows);
        show(source, shows);
        if (shows) {
            String answer = Question.letter(q.right()) + "  " + Succession.named(q.answer());
            Integer chosen = model.chosen();
            boolean right = chosen != null && chosen == q.right();
            feedback.setText(Texts.format(chosen == null ? "quiz.revealed" : right ? "quiz.right" : "quiz.wrong",
                    answer));
            if (chosen != null) {
                feedback.getStyleClass().add(right ? "quiz-right" : "quiz-wrong");
            }
            explanation.setText(q.explanation());
            source.setText(Texts.format("quiz.source", q.source().citation()
                    + (q.source().url() == null ? "" : " " + q.source().url())));
        }
        show(score, model.finished());
        score.setText(model.finished() ? Texts.format("quiz.score", model.score(), quiz.questions().size()) : "");
        show(hint, q != null && !shows);
        hint.setText(Texts.get(model.presenter() ? "quiz.hint.presenter" : "quiz.hint"));
        show(reveal, q != null && model.presenter() && !shows);
        show(next, shows);
        show(again, q == null || model.finished());
    }

    private static void show(javafx.scene.Node n, boolean visible) {
        n.setVisible(visible);
        n.setManaged(visible);
    }

    private static Label label(String style) {
        Label l = new Label();
        l.getStyleClass().add(style);
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }
}
