package org.commissioningexplorer.core.quiz;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import org.commissioningexplorer.core.model.Body;
import org.commissioningexplorer.core.query.Commissioners;
import org.commissioningexplorer.core.query.DatasetQueries;
import org.commissioningexplorer.core.query.ServiceCatalogue;

/**
 * Makes a quiz about an area (a CCG, ICB, council or region, or a body inside one) on a date, from the dataset
 * alone. Every question has up to four options of which exactly one is right by the data, the answer's source,
 * and a sentence saying why. The kinds of question take turns, so a quiz mixes them; one the data cannot support
 * for the area (no committees, no successor, fewer than three plausible options) is not asked. The same seed
 * gives the same quiz.
 */
public final class QuizGenerator {

    /** A question that may be asked, worked out only when its turn comes. */
    private interface Candidate extends Function<Random, List<Question>> {
    }

    private final DatasetQueries queries;
    private final ServiceCatalogue catalogue;
    private final CommissionerQuestions commissionerQuestions;
    private final LinkQuestions linkQuestions;

    public QuizGenerator(DatasetQueries queries, ServiceCatalogue catalogue) {
        this.queries = queries;
        this.catalogue = catalogue;
        Options options = new Options(queries);
        this.commissionerQuestions = new CommissionerQuestions(queries, new Commissioners(queries, catalogue), options);
        this.linkQuestions = new LinkQuestions(queries, options);
    }

    public QuizGenerator(DatasetQueries queries) {
        this(queries, ServiceCatalogue.standard());
    }

    /** Up to {@code count} questions about {@code area} on {@code date}; fewer when the data has fewer. */
    public Quiz generate(Body area, LocalDate date, int count, long seed) {
        Random random = new Random(seed);
        Map<Question.Type, List<Candidate>> byType = candidates(new QuizArea(queries, area, date), date);
        for (List<Candidate> list : byType.values()) {
            Collections.shuffle(list, random);
        }
        List<Question.Type> turns = new ArrayList<>(byType.keySet());
        Collections.shuffle(turns, random);
        List<Question> out = new ArrayList<>();
        Set<String> asked = new HashSet<>();
        while (out.size() < count && !turns.isEmpty()) {
            for (Question.Type t : List.copyOf(turns)) {
                if (out.size() >= count) {
                    break;
                }
                Optional<Question> next = nextOf(byType.get(t), random, asked);
                if (next.isPresent()) {
                    out.add(next.get());
                } else {
                    turns.remove(t);
                }
            }
        }
        return new Quiz(area, date, seed, out);
    }

    /** The next question of a type not asked yet, or empty when the type has none left. */
    private static Optional<Question> nextOf(List<Candidate> list, Random random, Set<String> asked) {
        while (!list.isEmpty()) {
            for (Question q : list.remove(list.size() - 1).apply(random)) {
                if (asked.add(q.text())) {
                    return Optional.of(q);
                }
            }
        }
        return Optional.empty();
    }

    private Map<Question.Type, List<Candidate>> candidates(QuizArea area, LocalDate date) {
        Map<Question.Type, List<Candidate>> out = new EnumMap<>(Question.Type.class);
        List<Body> places = new ArrayList<>(area.nhs.sorted());
        places.addAll(area.councils.sorted());
        for (Body place : places) {
            for (ServiceCatalogue.Service s : catalogue.all()) {
                add(out, Question.Type.COMMISSIONER, r -> list(commissionerQuestions.ask(r, s, place, date)));
            }
        }
        for (Body b : area.nhs.sorted()) {
            add(out, Question.Type.REGION, r -> list(linkQuestions.within(r, b, "in-region", "region", date)));
            if ("ccg".equals(b.kind())) {
                add(out, Question.Type.PARTNERSHIP, r -> list(linkQuestions.within(r, b, "member-of", "stp", date)));
            }
        }
        for (Body part : area.parts.sorted()) {
            add(out, Question.Type.PARENT, r -> list(linkQuestions.parent(r, part, date)));
            add(out, Question.Type.JOINT_COMMITTEE, r -> list(linkQuestions.jointCommittee(r, part, date)));
        }
        for (Body b : area.nhs.sorted()) {
            add(out, Question.Type.RESPONSIBLE_PART, r -> linkQuestions.responsibleParts(r, b, date));
        }
        for (Body b : area.closing.sorted()) {
            add(out, Question.Type.SUCCESSOR, r -> linkQuestions.successors(r, b));
        }
        for (Body council : area.councils.sorted()) {
            for (String kind : QuizArea.NHS_KINDS.stream().sorted().toList()) {
                add(out, Question.Type.COVERS, r -> list(linkQuestions.covers(r, council, kind, date)));
            }
        }
        return out;
    }

    private static void add(Map<Question.Type, List<Candidate>> out, Question.Type type, Candidate c) {
        out.computeIfAbsent(type, k -> new ArrayList<>()).add(c);
    }

    private static List<Question> list(Optional<Question> q) {
        return q.map(List::of).orElse(List.of());
    }
}
