package org.commissioningexplorer.core.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.commissioningexplorer.core.data.DatasetLoader;
import org.commissioningexplorer.core.model.Body;
import org.commissioningexplorer.core.model.Responsibility;
import org.commissioningexplorer.core.query.Commissioners;
import org.commissioningexplorer.core.query.DatasetQueries;
import org.commissioningexplorer.core.query.Link;
import org.commissioningexplorer.core.query.Succession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Quizzes from the bundled dataset, for many seeds, areas and dates: every question has exactly one option that
 * the data makes right, checked again here from the query classes without the generator's own code.
 */
class QuizGeneratorTest {

    static DatasetQueries queries;
    static QuizGenerator generator;

    private static final List<String> AREAS = List.of("ccg-06W", "ccg-26A", "icb-QMM", "la-E10000020",
            "region-Y61");
    private static final List<LocalDate> DATES = List.of(LocalDate.of(2015, 1, 1), LocalDate.of(2019, 10, 1),
            LocalDate.of(2023, 1, 1));
    private static final int SEEDS = 200;

    @BeforeAll
    static void load() {
        queries = new DatasetQueries(DatasetLoader.loadBundled().dataset().orElseThrow());
        generator = new QuizGenerator(queries);
    }

    @Test
    void everyQuestionHasExactlyOneRightOptionByTheData() {
        Set<Question.Type> seen = EnumSet.noneOf(Question.Type.class);
        int questions = 0;
        for (String id : AREAS) {
            Body area = queries.lookup(id).orElseThrow();
            for (LocalDate date : DATES) {
                for (long seed = 0; seed < SEEDS; seed++) {
                    Quiz quiz = generator.generate(area, date, 6, seed);
                    if (queries.existedOn(area, date) || !"region".equals(area.kind())) {
                        assertFalse(quiz.questions().isEmpty(), id + " on " + date + " gave no questions");
                    }
                    assertEquals(quiz.questions().size(), quiz.questions().stream().map(Question::text).distinct()
                            .count(), "a question asked twice");
                    for (Question q : quiz.questions()) {
                        check(q, id + " " + date + " seed " + seed);
                        seen.add(q.type());
                        questions++;
                    }
                }
            }
        }
        assertEquals(EnumSet.allOf(Question.Type.class), seen, "every kind of question is asked somewhere");
        assertTrue(questions > 10_000, "questions checked: " + questions);
    }

    @Test
    void theSameSeedGivesTheSameQuizAndAnotherSeedAnotherOne() {
        Body area = queries.lookup("ccg-06W").orElseThrow();
        LocalDate date = LocalDate.of(2019, 10, 1);
        Quiz a = generator.generate(area, date, 8, 42);
        Quiz b = new QuizGenerator(queries).generate(area, date, 8, 42);
        assertEquals(a.questions(), b.questions());
        assertEquals(8, a.questions().size());
        Set<List<String>> different = new HashSet<>();
        for (long seed = 0; seed < 10; seed++) {
            different.add(generator.generate(area, date, 8, seed).questions().stream().map(Question::text).toList());
        }
        assertTrue(different.size() > 5, "seeds give different quizzes");
    }

    @Test
    void aQuizMixesTheKindsOfQuestion() {
        Quiz quiz = generator.generate(queries.lookup("ccg-06W").orElseThrow(), LocalDate.of(2019, 10, 1), 7, 1);
        assertEquals(7, quiz.questions().stream().map(Question::type).distinct().count(),
                quiz.questions().stream().map(Question::text).collect(Collectors.joining("\n")));
    }

    private static void check(Question q, String where) {
        String what = where + ": " + q.text();
        assertTrue(q.options().size() >= 3 && q.options().size() <= 4, what + " has " + q.options().size());
        assertEquals(q.options().size(), q.options().stream().map(Body::id).distinct().count(), what + " repeats");
        assertEquals(q.options().size(), q.options().stream().map(Succession::named).distinct().count(),
                what + " repeats a name");
        assertNotNull(q.source(), what);
        assertFalse(q.source().title().isBlank(), what + " names no source");
        assertFalse(q.explanation().isBlank(), what);
        List<Integer> right = new java.util.ArrayList<>();
        for (int i = 0; i < q.options().size(); i++) {
            if (rightByTheData(q, q.options().get(i))) {
                right.add(i);
            }
        }
        assertEquals(List.of(q.right()), right, what + " options " + q.options().stream().map(Body::id).toList());
        for (Body o : q.options()) {
            assertTrue(queries.existedOn(o, q.date()), what + ": " + o.id() + " did not exist then");
            if (q.type() != Question.Type.COMMISSIONER && q.type() != Question.Type.RESPONSIBLE_PART) {
                // (those mix kinds: the bodies that commission; a body's committees, board and joint committee)
                assertEquals(q.answer().kind(), o.kind(), what + ": " + o.id() + " is of another kind");
            }
        }
    }

    /** Whether the data makes {@code option} a right answer to the question, worked out from the queries. */
    private static boolean rightByTheData(Question q, Body option) {
        Body s = q.subject();
        LocalDate d = q.date();
        return switch (q.type()) {
            case COMMISSIONER -> {
                Commissioners.Answer a = new Commissioners(queries).ask(q.service(), s, d);
                yield a.answer().stream().anyMatch(f -> f.body().id().equals(option.id()))
                        || a.also().stream().anyMatch(f -> f.body().id().equals(option.id())
                        && !Responsibility.DOES_NOT_COMMISSION.equals(f.responsibility().role()));
            }
            case REGION -> linked(s, "in-region", option, d);
            case PARTNERSHIP -> linked(s, "member-of", option, d);
            case PARENT -> option.id().equals(s.parent());
            case SUCCESSOR -> queries.successors(s).stream().anyMatch(l -> l.other().id().equals(option.id()));
            case JOINT_COMMITTEE -> linked(s, "joint-committee-of", option, d);
            case COVERS -> covers(option, s, d) || queries.children(option.id()).stream()
                    .anyMatch(sub -> covers(sub, s, d));
            case RESPONSIBLE_PART -> {
                String quoted = q.text().substring(q.text().indexOf('“') + 1, q.text().lastIndexOf('”'));
                yield option.id() != null && s.id().equals(option.parent()) && option.responsibilities().stream()
                        .anyMatch(r -> quoted.equals(r.service()) && (r.period() == null || r.period().contains(d)));
            }
        };
    }

    private static boolean linked(Body from, String type, Body to, LocalDate date) {
        return from.relationships().stream().anyMatch(r -> r.type().equals(type) && r.target().equals(to.id())
                && r.period().contains(date));
    }

    private static boolean covers(Body nhs, Body council, LocalDate date) {
        return queries.existedOn(nhs, date) && queries.links(nhs).stream().anyMatch((Link l) -> l.outgoing()
                && "covers".equals(l.type()) && l.other().id().equals(council.id()) && l.period().contains(date));
    }
}
