package org.commissioningexplorer.ui.quiz;

import java.time.LocalDate;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import org.commissioningexplorer.core.model.Body;
import org.commissioningexplorer.core.query.DatasetQueries;
import org.commissioningexplorer.core.quiz.Question;
import org.commissioningexplorer.core.quiz.Quiz;
import org.commissioningexplorer.core.quiz.QuizGenerator;
import org.commissioningexplorer.ui.state.ExplorerState;
import org.commissioningexplorer.ui.state.View;

/**
 * Tools › Quiz…: a quiz about the body selected in the main window on the as-at date, one question at a time.
 * Choosing an option answers the question and scores it; in presenter mode the choice is shown only when the
 * answer is revealed, so a room can answer before anyone sees which is right. Every change bumps
 * {@link #changesProperty()}, which the view redraws on.
 */
public final class QuizViewModel {

    /** Questions in a quiz. */
    static final int COUNT = 10;

    private final ExplorerState state;
    private final ReadOnlyIntegerWrapper changes = new ReadOnlyIntegerWrapper();
    private QuizGenerator generator;
    private DatasetQueries generatedFor;
    private Quiz quiz;
    private long nextSeed = System.nanoTime() % 100_000;
    private int index;
    private Integer chosen;
    private boolean presenter;
    private boolean revealed;
    private int score;

    public QuizViewModel(ExplorerState state) {
        this.state = state;
    }

    /** Seeds later quizzes from {@code seed} (tests, so they know the questions). */
    void seed(long seed) {
        nextSeed = seed;
    }

    public ReadOnlyIntegerProperty changesProperty() {
        return changes.getReadOnlyProperty();
    }

    /** A new quiz for the selected body on the as-at date; none when nothing is selected. */
    public void newQuiz() {
        View view = state.navigation().view();
        Body area = view.selected();
        LocalDate date = view.asOf();
        quiz = null;
        if (view.queries() != null && area != null && date != null) {
            if (view.queries() != generatedFor) {
                generator = new QuizGenerator(view.queries());
                generatedFor = view.queries();
            }
            quiz = generator.generate(area, date, COUNT, nextSeed++);
        }
        index = 0;
        score = 0;
        clearAnswer();
        changed();
    }

    /** Starts a quiz when there is none, or the selection or date moved on since it was made. */
    public void newQuizIfStale() {
        View view = state.navigation().view();
        if (quiz == null || view.selected() == null || !view.selected().id().equals(quiz.area().id())
                || !quiz.date().equals(view.asOf())) {
            newQuiz();
        }
    }

    /** The quiz, or null when nothing was selected. */
    public Quiz quiz() {
        return quiz;
    }

    public boolean hasQuestions() {
        return quiz != null && !quiz.questions().isEmpty();
    }

    public boolean finished() {
        return hasQuestions() && index >= quiz.questions().size();
    }

    /** The question on screen, or null at the end. */
    public Question question() {
        return hasQuestions() && !finished() ? quiz.questions().get(index) : null;
    }

    public int number() {
        return index + 1;
    }

    public int score() {
        return score;
    }

    public Integer chosen() {
        return chosen;
    }

    public boolean presenter() {
        return presenter;
    }

    public void setPresenter(boolean on) {
        presenter = on;
        changed();
    }

    /** Whether the right answer, the choice's right or wrong and the source are shown. */
    public boolean showsAnswer() {
        return question() != null && (presenter ? revealed : chosen != null);
    }

    /** Chooses an option; ignored once the answer is shown, or when there is no such option. */
    public void choose(int option) {
        Question q = question();
        if (q == null || option < 0 || option >= q.options().size() || showsAnswer()) {
            return;
        }
        chosen = option;
        if (!presenter) {
            countChoice();
        }
        changed();
    }

    /** Presenter mode: shows the answer (and scores the choice, if one was made). */
    public void reveal() {
        if (question() == null || !presenter || revealed) {
            return;
        }
        revealed = true;
        countChoice();
        changed();
    }

    /** On to the next question (or the score), once this one's answer is shown. */
    public void next() {
        if (!showsAnswer()) {
            return;
        }
        index++;
        clearAnswer();
        changed();
    }

    private void countChoice() {
        if (chosen != null && chosen == question().right()) {
            score++;
        }
    }

    private void clearAnswer() {
        chosen = null;
        revealed = false;
    }

    private void changed() {
        changes.set(changes.get() + 1);
    }
}
