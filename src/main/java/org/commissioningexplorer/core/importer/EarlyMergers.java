package org.commissioningexplorer.core.importer;

import static org.commissioningexplorer.core.importer.ImportContext.src;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.commissioningexplorer.core.importer.Generated.Body;
import org.commissioningexplorer.core.importer.Generated.Rel;
import org.commissioningexplorer.core.importer.ImportContext.Ccg;
import org.commissioningexplorer.core.model.Period;

/**
 * The one CCG merger before the first ONS LSOA lookup (July 2015), which ccg_successors_by_lsoa.csv therefore
 * cannot show: NHS Gateshead (00F), NHS Newcastle North and East (00G) and NHS Newcastle West (00H) closed in
 * ODS on 31 March 2015 and NHS Newcastle Gateshead CCG (13T), opened in ODS on 26 November 2014 at their address,
 * took over on 1 April 2015. The ONS CCG lists agree: 211 CCGs in April 2013, 209 in July 2015, the three
 * missing and 13T new, no other CCG changed.
 *
 * <p>The merger moves the successor's start to the day after its predecessors' last (its ODS open date is
 * administrative: the CCGs it replaced still commissioned until then), links each predecessor to it, and gives
 * the predecessors the councils the successor covered in July 2015, together, since the files do not say how
 * the three split that area. When the files lack any of the CCGs (a test fixture), nothing is changed.
 */
final class EarlyMergers {

    private record Merger(String successor, List<String> predecessors) {
    }

    private static final List<Merger> MERGERS = List.of(new Merger("13T", List.of("00F", "00G", "00H")));

    private final ImportContext ctx;
    /** The ODS open date each moved successor had, by its ODS code. */
    private final Map<String, LocalDate> odsOpen = new TreeMap<>();

    EarlyMergers(ImportContext ctx) {
        this.ctx = ctx;
    }

    /** Whether the CCG's whole area passed to a successor that the LSOA lookups cannot show. */
    static boolean isPredecessor(String ods) {
        return MERGERS.stream().anyMatch(m -> m.predecessors().contains(ods));
    }

    /** Run once ccg_master.csv is read: each successor starts the day after its predecessors' last day. */
    void moveStarts() {
        for (Merger m : applicable()) {
            Ccg s = ctx.ccgs.get(m.successor());
            LocalDate last = m.predecessors().stream().map(p -> ctx.ccgs.get(p).to()).max(LocalDate::compareTo)
                    .orElseThrow();
            if (!s.from().isAfter(last)) {
                odsOpen.put(s.ods(), s.from());
                ctx.ccgs.put(s.ods(), new Ccg(s.ods(), s.row(), last.plusDays(1), s.to(), s.noOdsCloseDate(),
                        s.odsName(), s.icbByLsoa()));
            }
        }
    }

    /** Run once the bodies are built and the coverage added: the successions, and the predecessors' councils. */
    void addLinks() {
        for (Merger m : applicable()) {
            Ccg s = ctx.ccgs.get(m.successor());
            Body successor = ctx.ccgBodies.get(s.ods());
            List<String> names = m.predecessors().stream().map(p -> ctx.name("ccg-" + p)).toList();
            LocalDate open = odsOpen.get(s.ods());
            if (open != null) {
                successor.fact("Start", "ODS gives " + Period.format(open) + ", an administrative open date; it took "
                        + "over from " + Timeline.and(names) + " on " + Period.format(s.from())
                        + ", the day after they closed in ODS", src(InputFiles.ECCG_2016));
            }
            List<Rel> covers = successor.relationships.stream()
                    .filter(r -> r.type().equals("covers") || r.type().equals("member-of")).toList();
            LocalDate firstFrom = covers.stream().map(Rel::from).min(LocalDate::compareTo).orElse(null);
            LocalDate firstLookup = ctx.ccgListDates.higher(s.from());
            for (String p : m.predecessors()) {
                Ccg c = ctx.ccgs.get(p);
                Body b = ctx.ccgBodies.get(p);
                List<String> others = new ArrayList<>(names);
                others.remove(ctx.name("ccg-" + p));
                b.rel(new Rel("succeeded-by", "ccg-" + s.ods(), c.to().plusDays(1), null, 1.0,
                        "Merged with " + Timeline.and(others) + " into " + ctx.name(successor.id) + ": all three "
                                + "closed in ODS on " + Period.format(c.to()) + " and " + s.ods() + " has their "
                                + "address; the ONS CCG lists of April 2013 and July 2015 differ by these four CCGs "
                                + "only (211 and 209 CCGs). The LSOA lookups start after this merger",
                        src(InputFiles.ECCG_2016)));
                for (Rel r : covers) {
                    if (!r.from().equals(firstFrom)) {
                        continue;
                    }
                    String council = ctx.nameOrId(r.target());
                    b.rel(new Rel(r.type(), r.target(), c.from(), c.to(), null, (r.type().equals("covers")
                            ? "Together with " + Timeline.and(others) + ", the area " + ctx.name(successor.id)
                            + " covered in the first ONS LSOA lookup (" + Period.format(firstLookup) + "), which "
                            + "includes " + council + "; how the three CCGs split it is not in these files"
                            : "A Health and Wellbeing Board's statutory membership includes each CCG for its area; "
                            + "the area is taken from " + ctx.name(successor.id) + "'s in the first ONS LSOA lookup ("
                            + Period.format(firstLookup) + "), as the three CCGs' split of it is not in these files"),
                            r.source()));
                }
            }
        }
    }

    private List<Merger> applicable() {
        return MERGERS.stream().filter(m -> ctx.ccgs.containsKey(m.successor())
                && m.predecessors().stream().allMatch(ctx.ccgs::containsKey)).toList();
    }
}
