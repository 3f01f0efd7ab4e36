package org.commissioningexplorer.core.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.commissioningexplorer.core.model.Body;
import org.commissioningexplorer.core.model.Period;
import org.commissioningexplorer.core.query.DatasetQueries;
import org.commissioningexplorer.core.query.Link;

/**
 * Councils and NHS England regions by name, and the NHS bodies that covered each council: what a query that
 * names a place ("leeds", "london") brings. A council or region named by the whole query comes before the
 * bodies whose names merely contain the words; the CCGs, ICBs and STPs that covered a council on the date
 * searched (any date without one) are found beside it, even when their names do not have the words (West
 * Yorkshire ICB for "leeds").
 *
 * <p>Coverage is read from the dataset's "covers" links: a CCG's to a council or to one of its districts
 * (the county's CCGs are recorded against its districts), a sub-ICB location's for its ICB, and the STPs the
 * covering CCGs were members of at the time. As in the commissioner question, when no link held on the date
 * (the lookups start in July 2015), the bodies that covered the council at any time are taken and the date
 * keeps those that existed then.
 */
final class Places {

    /** Kinds of body that are councils: their names bring the bodies that covered them. */
    static final Set<String> COUNCILS = Set.of("local-authority", "district");
    /** Kinds of body that are NHS England's regions and areas: named exactly, they come first too. */
    static final Set<String> REGIONS = Set.of("region", "area-team", "local-office");

    /** Added to a council or region that the query names, on top of the bonus for a whole name. */
    static final int PLACE_BONUS = 150;
    /**
     * The score of a body found only because it covered the council named: below a name that starts with
     * the query (one word, 350) and above one that merely contains it (220).
     */
    static final int COVERED_SCORE = 300;

    private static final Pattern COUNCIL = Pattern.compile("(?i)\\s+(county |city |borough |district |metropolitan "
            + "borough )?council\\s*$");
    /** What follows the comma in the ONS's inverted names: "Bristol, City of". */
    private static final Pattern INVERTED = Pattern.compile("(?i)\\s*(city|county|city and county) of\\s*");

    /** The bodies that covered one council, with when: parallel arrays, epoch days. */
    private record Coverage(int[] bodies, int[] from, int[] to) {
    }

    private final Map<String, int[]> byName;
    private final Map<Integer, Coverage> coverage;
    private final BodyTable table;

    private Places(Map<String, int[]> byName, Map<Integer, Coverage> coverage, BodyTable table) {
        this.byName = byName;
        this.coverage = coverage;
        this.table = table;
    }

    static Places build(DatasetQueries queries, BodyTable table) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < table.size(); i++) {
            index.putIfAbsent(table.bodies[i].id(), i);
        }
        Map<String, IntList> names = new HashMap<>();
        Map<Integer, Coverage> coverage = new HashMap<>();
        for (int i = 0; i < table.size(); i++) {
            Body b = table.bodies[i];
            boolean council = COUNCILS.contains(b.kind());
            if (!council && !REGIONS.contains(b.kind())) {
                continue;
            }
            for (String key : keys(b.name())) {
                names.computeIfAbsent(key, k -> new IntList(1)).addOnce(i);
            }
            if (council) {
                Coverage c = coverage(queries, b, index);
                if (c.bodies().length > 0) {
                    coverage.put(i, c);
                }
            }
        }
        Map<String, int[]> byName = new HashMap<>(names.size() * 2);
        names.forEach((k, v) -> byName.put(k, v.toArray()));
        return new Places(byName, coverage, table);
    }

    /**
     * What a query must be to name a place: its name; without what is in brackets ("Norwich (district)"); without
     * "County Council" and the like ("Norfolk County Council"); without the ", City of" of an inverted name
     * ("Kingston upon Hull, City of"); without a leading "County" ("County Durham"); each normalised.
     */
    static List<String> keys(String name) {
        String plain = Acronyms.BRACKETS.matcher(name).replaceAll(" ");
        Set<String> keys = new LinkedHashSet<>();
        keys.add(key(plain));
        keys.add(key(COUNCIL.matcher(plain).replaceFirst("")));
        if (plain.regionMatches(true, 0, "County ", 0, 7)) {
            keys.add(key(plain.substring(7))); // "County Durham" is named by "durham"
        }
        int comma = plain.indexOf(',');
        if (comma > 0 && INVERTED.matcher(plain.substring(comma + 1)).matches()) {
            keys.add(key(plain.substring(0, comma)));
        }
        keys.remove("");
        return List.copyOf(keys);
    }

    private static String key(String text) {
        return String.join(" ", Normaliser.words(Acronyms.joinAmpersands(text)));
    }

    private static Coverage coverage(DatasetQueries queries, Body council, Map<String, Integer> index) {
        List<Body> areas = new ArrayList<>();
        areas.add(council);
        for (Body child : queries.children(council.id())) {
            if ("district".equals(child.kind())) {
                areas.add(child);
            }
        }
        IntList bodies = new IntList();
        IntList from = new IntList();
        IntList to = new IntList();
        for (Body area : areas) {
            for (Link l : queries.links(area)) {
                if (l.outgoing() || !"covers".equals(l.type())) {
                    continue;
                }
                Body nhs = l.other();
                if ("sub-icb-location".equals(nhs.kind())) {
                    nhs = queries.parent(nhs).orElse(nhs);
                }
                add(index.get(nhs.id()), l.period(), bodies, from, to);
                for (Link m : queries.links(l.other())) {
                    if (m.outgoing() && "member-of".equals(m.type()) && "stp".equals(m.other().kind())) {
                        Period both = l.period().overlap(m.period());
                        if (both != null) {
                            add(index.get(m.other().id()), both, bodies, from, to);
                        }
                    }
                }
            }
        }
        return new Coverage(bodies.toArray(), from.toArray(), to.toArray());
    }

    private static void add(Integer body, Period p, IntList bodies, IntList from, IntList to) {
        if (body != null) {
            bodies.add(body);
            from.add(p.from() == null ? Integer.MIN_VALUE : BodyTable.epochDay(p.from()));
            to.add(p.to() == null ? Integer.MAX_VALUE : BodyTable.epochDay(p.to()));
        }
    }

    /**
     * For a query that names councils or regions: raises each one's bonus (when it matched), and lists in
     * {@code scratch.placed}, with {@code scratch.via}, the bodies that covered the councils on {@code day}
     * (an epoch day; any day when {@code anyDay}).
     */
    void apply(Query query, Scratch scratch, int day, boolean anyDay) {
        int[] named = byName.get(query.placeKey);
        if (named == null) {
            return;
        }
        int words = query.words.length;
        for (int p : named) {
            if (scratch.stage[p] != words || words == 0) {
                continue;
            }
            scratch.bonus[p] = Math.max(scratch.bonus[p], Query.WHOLE_NAME_BONUS) + PLACE_BONUS;
            Coverage c = coverage.get(p);
            if (c == null) {
                continue;
            }
            boolean held = anyDay;
            for (int k = 0; k < c.bodies().length && !held; k++) {
                held = c.from()[k] <= day && day <= c.to()[k];
            }
            for (int k = 0; k < c.bodies().length; k++) {
                int b = c.bodies()[k];
                boolean then = anyDay || !held || (c.from()[k] <= day && day <= c.to()[k]);
                // A body that covered the council only at other times is kept if it did not exist on the day
                // (it is listed under other dates), not if it existed then but covered elsewhere.
                if (scratch.via[b] == 0 && (then || !table.existedOn(b, day))) {
                    scratch.via[b] = p + 1;
                    scratch.placed.add(b);
                }
            }
        }
    }
}
