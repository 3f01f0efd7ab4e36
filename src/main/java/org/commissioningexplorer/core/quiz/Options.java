package org.commissioningexplorer.core.quiz;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.commissioningexplorer.core.model.Body;
import org.commissioningexplorer.core.query.DatasetQueries;
import org.commissioningexplorer.core.query.Succession;

/**
 * Chooses the options of a question: the right body and up to three wrong ones of the same kind that existed on
 * the date, never a body the data also makes right, never two with the same name.
 */
final class Options {

    /** Options offered at most; a question with fewer than {@link #MIN} is not asked. */
    static final int MAX = 4;
    static final int MIN = 3;

    /** The options in order and the index of the right one. */
    record Chosen(List<Body> options, int right) {
    }

    private final DatasetQueries queries;
    private final Map<String, List<Body>> byKindAndDate = new HashMap<>();
    private final Map<String, Optional<String>> regions = new HashMap<>();

    Options(DatasetQueries queries) {
        this.queries = queries;
    }

    /** The bodies of a kind that existed on the date, by id. */
    List<Body> ofKind(String kind, LocalDate date) {
        return byKindAndDate.computeIfAbsent(kind + "@" + date, k -> queries.dataset().bodies().stream()
                .filter(b -> b.kind().equals(kind) && queries.existedOn(b, date))
                .sorted(java.util.Comparator.comparing(Body::id)).toList());
    }

    /**
     * The bodies of the body's kind that were in the same NHS England region on the date ("in-region" links),
     * for wrong options near enough to be plausible; empty when the body has no region then.
     */
    List<Body> sameRegion(Body body, LocalDate date) {
        Optional<String> region = regionOf(body, date);
        if (region.isEmpty()) {
            return List.of();
        }
        return ofKind(body.kind(), date).stream().filter(b -> regionOf(b, date).equals(region)).toList();
    }

    private Optional<String> regionOf(Body body, LocalDate date) {
        return regions.computeIfAbsent(body.id() + "@" + date, k -> queries.links(body).stream()
                .filter(l -> l.outgoing() && "in-region".equals(l.type()) && l.heldOn(date)
                        && "region".equals(l.other().kind())).map(l -> l.other().id()).findFirst());
    }

    /**
     * The options: {@code right}, then wrong ones from {@code preferred} (nearer, more plausible) and then from
     * {@code pool}, leaving out every id in {@code alsoRight}; empty when fewer than {@link #MIN} options can be
     * found.
     */
    Optional<Chosen> choose(Random random, Body right, Collection<Body> preferred, Collection<Body> pool,
            Set<String> alsoRight) {
        List<Body> wrong = new ArrayList<>();
        Set<String> ids = new HashSet<>(alsoRight);
        ids.add(right.id());
        Set<String> labels = new HashSet<>(List.of(Succession.named(right)));
        for (Collection<Body> from : List.of(preferred, pool)) {
            List<Body> shuffled = new ArrayList<>(from);
            Collections.shuffle(shuffled, random);
            for (Body b : shuffled) {
                if (wrong.size() == MAX - 1) {
                    break;
                }
                if (ids.add(b.id()) && labels.add(Succession.named(b))) {
                    wrong.add(b);
                }
            }
        }
        if (wrong.size() + 1 < MIN) {
            return Optional.empty();
        }
        int at = random.nextInt(wrong.size() + 1);
        List<Body> options = new ArrayList<>(wrong);
        options.add(at, right);
        return Optional.of(new Chosen(options, at));
    }
}
