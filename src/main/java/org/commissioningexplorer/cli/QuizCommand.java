package org.commissioningexplorer.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.commissioningexplorer.core.model.Period;
import org.commissioningexplorer.core.quiz.Question;
import org.commissioningexplorer.core.quiz.Quiz;
import org.commissioningexplorer.core.quiz.QuizGenerator;
import org.commissioningexplorer.core.query.Succession;
import org.commissioningexplorer.core.search.Normaliser;

/**
 * {@code quiz --for PLACE [--as-of DATE] [--count N] [--seed S] [--answers]}: prints a multiple-choice quiz about
 * a place, then its answers with their sources (with --answers, each after its question).
 */
final class QuizCommand {

    static final int DEFAULT_COUNT = 10;
    static final int MAX_COUNT = 50;

    interface Usage {
        int error(String command, String message);
    }

    interface Loader {
        int load(Path data, CommandLine.DatasetCommand command);
    }

    private final PrintStream out;
    private final PrintStream err;

    QuizCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(Arguments p, Usage usage, Loader loader) {
        int count = DEFAULT_COUNT;
        Long seed = null;
        boolean answersInline = false;
        for (String o : p.operands()) {
            if (o.equals("--answers")) {
                answersInline = true;
            } else if (o.startsWith("--count=")) {
                String v = o.substring(8).strip();
                count = v.matches("\\d{1,3}") ? Integer.parseInt(v) : -1;
                if (count < 1 || count > MAX_COUNT) {
                    return usage.error("quiz", "--count needs a whole number from 1 to " + MAX_COUNT + ", not '"
                            + v + "'");
                }
            } else if (o.startsWith("--seed=")) {
                String v = o.substring(7).strip();
                try {
                    seed = Long.parseLong(v);
                } catch (NumberFormatException e) {
                    return usage.error("quiz", "--seed needs a whole number, not '" + v + "'");
                }
            } else {
                return usage.error("quiz", "quiz takes no arguments besides its options, not '" + o + "'");
            }
        }
        if (p.place() == null) {
            return usage.error("quiz", "quiz needs --for PLACE: the code, id or name of a CCG, ICB, local "
                    + "authority or region (e.g. --for 06W)");
        }
        LocalDate date = p.asOf() != null ? p.asOf() : LocalDate.now();
        long theSeed = seed != null ? seed : Math.floorMod(System.nanoTime(), 100_000L);
        int n = count;
        boolean inline = answersInline;
        return loader.load(p.data(), q -> {
            PlaceResolver.Outcome outcome = new PlaceResolver(q).resolve(p.place(), date);
            if (outcome instanceof PlaceResolver.Ambiguous a) {
                new PlacePrinter(q).printAmbiguousFor(err, p.place(), date, p.asOf() != null, a, "quiz");
                return CommandLine.FAILED;
            }
            if (!(outcome instanceof PlaceResolver.Found found)) {
                err.println("No body has the id, code or name '" + p.place() + "'. " + (Normaliser.isSearchable(
                        p.place()) ? "Try: find " + p.place() : "Give a code, id or name with a letter or digit."));
                return CommandLine.FAILED;
            }
            Quiz quiz = new QuizGenerator(q).generate(found.body(), date, n, theSeed);
            if (quiz.questions().isEmpty()) {
                err.println("The dataset has nothing to ask about " + Succession.named(found.body()) + " on "
                        + Period.format(date) + ". Try a CCG, ICB, council or region that existed then.");
                return CommandLine.FAILED;
            }
            print(quiz, inline);
            return CommandLine.OK;
        });
    }

    void print(Quiz quiz, boolean inline) {
        TextWrap.print(out, "Quiz: " + Succession.named(quiz.area()) + " on " + Period.format(quiz.date()) + " ("
                + quiz.questions().size() + " questions, seed " + quiz.seed() + ")", "", "  ");
        List<Question> qs = quiz.questions();
        for (int i = 0; i < qs.size(); i++) {
            Question q = qs.get(i);
            out.println();
            TextWrap.print(out, (i + 1) + ". " + q.text(), "", "   ");
            for (int k = 0; k < q.options().size(); k++) {
                TextWrap.print(out, Question.letter(k) + ") " + Succession.named(q.options().get(k)), "   ", "      ");
            }
            if (inline) {
                answer(i, q);
            }
        }
        if (!inline) {
            out.println();
            out.println("Answers");
            for (int i = 0; i < qs.size(); i++) {
                answer(i, qs.get(i));
            }
        }
        out.println();
        TextWrap.print(out, "Score: one point a question, out of " + qs.size() + ". The same quiz again: quiz --for "
                + quiz.area().primaryCode().orElse(quiz.area().id()) + " --as-of " + quiz.date() + " --count "
                + qs.size() + " --seed " + quiz.seed(), "", "  ");
    }

    private void answer(int i, Question q) {
        TextWrap.print(out, (i + 1) + ". " + Question.letter(q.right()) + ") " + Succession.named(q.answer()), "", "   ");
        TextWrap.print(out, q.explanation(), "   ", "   ");
        TextWrap.print(out, "Source: " + q.source().citation() + (q.source().url() == null ? ""
                : " " + q.source().url()), "   ", "     ");
    }
}
