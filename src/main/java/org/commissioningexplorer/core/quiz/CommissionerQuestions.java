package org.commissioningexplorer.core.quiz;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.commissioningexplorer.core.model.Body;
import org.commissioningexplorer.core.model.Period;
import org.commissioningexplorer.core.model.Responsibility;
import org.commissioningexplorer.core.query.Commissioners;
import org.commissioningexplorer.core.query.DatasetQueries;
import org.commissioningexplorer.core.query.ServiceCatalogue;
import org.commissioningexplorer.core.query.Succession;

/**
 * "Who commissioned SERVICE for PLACE on DATE?", answered by {@link Commissioners}: asked only when exactly one
 * body answers. Wrong options are the place's other bodies that day (its councils, NHS England, its CCGs) that
 * did not commission it, then other bodies of the right one's kind; no body that also commissions it there
 * (NHS England keeping accountability for what it delegates) is offered.
 */
final class CommissionerQuestions {

    private static final Set<String> COMMISSIONING = Set.of(Responsibility.COMMISSIONS, "arranges",
            Responsibility.COMMISSIONS_WHERE_DELEGATED);

    private final DatasetQueries queries;
    private final Commissioners commissioners;
    private final Options options;

    CommissionerQuestions(DatasetQueries queries, Commissioners commissioners, Options options) {
        this.queries = queries;
        this.commissioners = commissioners;
        this.options = options;
    }

    /** The ids of the bodies that the answer makes right, or that also commission the service there. */
    static Set<String> alsoRight(Commissioners.Answer a) {
        Set<String> ids = new HashSet<>();
        a.answer().forEach(f -> ids.add(f.body().id()));
        a.also().stream().filter(f -> COMMISSIONING.contains(f.responsibility().role()))
                .forEach(f -> ids.add(f.body().id()));
        return ids;
    }

    Optional<Question> ask(Random random, ServiceCatalogue.Service service, Body place, LocalDate date) {
        Commissioners.Answer a = commissioners.ask(service, place, date);
        List<Body> who = a.answer().stream().map(Commissioners.Finding::body).distinct().toList();
        if (who.size() != 1 || a.note() != null) {
            return Optional.empty();
        }
        Body right = who.get(0);
        Commissioners.Finding finding = a.answer().stream().filter(f -> f.source() != null).findFirst().orElse(null);
        if (finding == null) {
            return Optional.empty();
        }
        List<Body> near = new ArrayList<>(a.bodies());
        queries.dataset().bodies().stream().filter(b -> "nhs-england".equals(b.kind()) && queries.existedOn(b, date))
                .forEach(near::add);
        Optional<Options.Chosen> chosen = options.choose(random, right, near, options.ofKind(right.kind(), date),
                alsoRight(a));
        if (chosen.isEmpty()) {
            return Optional.empty();
        }
        Responsibility r = finding.responsibility();
        String text = "Who commissioned " + lower(service.label()) + " for " + Succession.named(place) + " on "
                + Period.format(date) + "?";
        String why = Succession.named(right) + (finding.via() == null ? "" : ", " + finding.via()) + ": "
                + finding.roleText() + " " + lower(r.service()) + (r.scope() == null ? "" : " (" + r.scope() + ")")
                + (finding.standard() ? ", as every " + lower(queries.dataset().kind(right.kind()).label())
                + " does" : "") + ".";
        return Optional.of(new Question(Question.Type.COMMISSIONER, place, service, date, text,
                chosen.get().options(), chosen.get().right(), why, finding.source()));
    }

    /**
     * "Dentistry" → "dentistry", "Executive team" → "executive team"; a name with capitals after its first
     * letter ("National Child Measurement Programme", "NHS Health Check", "GP services") is kept as it is.
     */
    static String lower(String s) {
        if (s.isEmpty() || s.substring(1).chars().anyMatch(Character::isUpperCase)) {
            return s;
        }
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
