package org.commissioningexplorer.core.importer;

import static org.commissioningexplorer.core.importer.ImportContext.CCG_LAST_DAY;
import static org.commissioningexplorer.core.importer.ImportContext.ICB_START;
import static org.commissioningexplorer.core.importer.ImportContext.src;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.commissioningexplorer.core.importer.Generated.Body;
import org.commissioningexplorer.core.importer.Generated.Rel;
import org.commissioningexplorer.core.importer.ImportContext.Ccg;
import org.commissioningexplorer.core.importer.Timeline.Obs;
import org.commissioningexplorer.core.model.Period;

/**
 * The Sustainability and Transformation Partnerships of the ONS CCG to STP lookups (ccg_stp_by_year.csv, with
 * ODS codes from ons_stp_2020_names_codes.csv): their bodies, their CCGs' membership and their successors.
 */
final class StpImport {

    private static final class Stp {
        final String id;
        String ods;
        final TreeMap<Integer, String> onsByYear = new TreeMap<>();
        final TreeMap<Integer, String> nameByYear = new TreeMap<>();
        final TreeMap<Integer, Set<String>> ccgsByYear = new TreeMap<>();
        LocalDate from;
        LocalDate to;

        Stp(String id) {
            this.id = id;
        }
    }

    private final ImportContext ctx;
    private final Map<String, Stp> stps = new TreeMap<>();
    /** The date of each year's lookup. */
    private final TreeMap<Integer, LocalDate> dates = new TreeMap<>();
    private final Map<String, TreeMap<LocalDate, Obs>> obs = new HashMap<>();
    /** The STP of each CCG, by lookup year. */
    private final Map<Integer, Map<String, String>> stpOfCcg = new HashMap<>();
    /** The 2020 list: the ODS code and name of each STP, by ONS code. */
    private final Map<String, String> odsOf = new HashMap<>();
    private final Map<String, String> name2020 = new HashMap<>();
    private final Map<String, Body> bodies = new TreeMap<>();

    StpImport(ImportContext ctx) {
        this.ctx = ctx;
    }

    void read() {
        CsvTable names2020 = ctx.table(InputFiles.STP_2020, "STP20CD", "STP20CDH", "STP20NM");
        for (CsvRow r : names2020.rows()) {
            odsOf.put(r.code("STP20CD"), r.code("STP20CDH"));
            name2020.put(r.code("STP20CD"), r.required("STP20NM", "the STP's name"));
        }
        CsvTable t = ctx.table(InputFiles.CCG_STP, "year", "as_at", "ccg_ods_code", "stp_ons_code", "stp_ods_code",
                "stp_name");
        for (CsvRow r : t.rows()) {
            int year = r.year("year");
            LocalDate asAt = r.isoDate("as_at");
            LocalDate known = dates.putIfAbsent(year, asAt);
            if (known != null && !known.equals(asAt)) {
                throw r.error("as_at", "column 'as_at' is " + asAt + " but other rows of " + year + " say " + known);
            }
            Ccg c = ctx.ccg(r, "ccg_ods_code");
            ctx.checkExists(c, asAt, r, "ccg_ods_code");
            String ons = r.code("stp_ons_code");
            String ods = r.optionalCode("stp_ods_code");
            if (ods == null) {
                ods = odsOf.get(ons);
            }
            String id = "stp-" + (ods != null ? ods : ons);
            Stp s = stps.computeIfAbsent(id, Stp::new);
            if (ods != null) {
                s.ods = ods;
            }
            s.onsByYear.put(year, ons);
            s.nameByYear.put(year, r.required("stp_name", "the STP's name"));
            s.ccgsByYear.computeIfAbsent(year, k -> new TreeSet<>()).add(c.ods());
            String earlier = stpOfCcg.computeIfAbsent(year, k -> new HashMap<>()).putIfAbsent(c.ods(), id);
            if (earlier != null) {
                throw r.error("ccg_ods_code", "CCG " + c.ods() + " is in two STPs in " + year + " (" + earlier + " and "
                        + id + "); a CCG belongs to one STP");
            }
            CcgSeries.add(obs, c.ods(), new Obs(asAt, "ONS CCG to STP lookups as at", Period.format(asAt),
                    src(InputFiles.CCG_STP), Map.of(id, "")));
        }
        for (Stp s : stps.values()) {
            s.from = dates.get(s.nameByYear.firstKey());
            Integer absent = dates.higherKey(s.nameByYear.lastKey());
            s.to = absent == null ? CCG_LAST_DAY : dates.get(absent).minusDays(1);
            ctx.register(s.id, s.from, s.to, s.nameByYear.lastEntry().getValue());
        }
    }

    /** The STPs' bodies; an STP that lasted to the end is succeeded by the ICB with its ODS code. */
    List<Body> bodies() {
        int lastYear = dates.isEmpty() ? 0 : dates.lastKey();
        for (Stp s : stps.values()) {
            Body b = new Body(s.id, s.nameByYear.lastEntry().getValue(), "stp").period(s.from, s.to);
            b.parent = "nhs-england";
            b.source(src(InputFiles.CCG_STP));
            s.nameByYear.values().forEach(b.formerNames::add);
            if (s.ods != null) {
                b.code("ODS", s.ods, s.from, s.to);
                b.source(src(InputFiles.STP_2020));
                String n2020 = name2020.get(s.onsByYear.values().stream().filter(odsOf::containsKey).findFirst()
                        .orElse(""));
                if (n2020 != null) {
                    b.formerNames.add(n2020);
                }
            }
            ImportContext.addOnsCodes(b, s.onsByYear, s.from, s.to, dates::get);
            List<String> years = s.nameByYear.keySet().stream().map(String::valueOf).toList();
            b.summary = "The Sustainability and Transformation Partnership " + b.name + ", in the ONS CCG to STP "
                    + "lookups of " + Timeline.and(years) + ".";
            b.fact("Dates", "From the first ONS lookup that lists it (" + Period.format(s.from) + ")"
                    + (s.nameByYear.lastKey() == lastYear
                    ? "; STPs were replaced by Integrated Care Boards on 1 July 2022, so it is taken to have ended on "
                    + "30 June 2022"
                    : "; not in the lookup of " + dates.higherKey(s.nameByYear.lastKey())
                    + ", so taken to have ended the day before"), src(InputFiles.CCG_STP));
            if (s.ods != null && ctx.made("icb-" + s.ods) && s.to.equals(CCG_LAST_DAY)) {
                b.rel(new Rel("succeeded-by", "icb-" + s.ods, ICB_START, null, null, "The Integrated Care Board with "
                        + "the same ODS code (" + InputFiles.STP_2020 + ", " + InputFiles.ICB_2022 + ") took over on "
                        + "1 July 2022", src(InputFiles.ICB_2022)));
            }
            bodies.put(s.id, b);
        }
        return new ArrayList<>(bodies.values());
    }

    void addCcgMembership() {
        TreeSet<LocalDate> lookupDates = new TreeSet<>(dates.values());
        CcgSeries series = new CcgSeries(ctx);
        for (Ccg c : ctx.ccgs.values()) {
            series.addRuns(ctx.ccgBodies.get(c.ods()), c, "member-of",
                    CcgSeries.observations(c, lookupDates, obs.get(c.ods()), false), lookupDates, "");
        }
    }

    /** An STP that is not in the next lookup is succeeded by the STPs its CCGs' areas went to. */
    void addSuccessors() {
        Map<Integer, Map<String, List<CsvRow>>> moves = successorRows();
        for (Stp s : stps.values()) {
            int last = s.nameByYear.lastKey();
            Integer next = dates.higherKey(last);
            if (next == null) {
                continue;
            }
            Map<String, List<CsvRow>> step = moves.getOrDefault(last, Map.of());
            Map<String, String> nextStp = stpOfCcg.getOrDefault(next, Map.of());
            Map<String, Integer> shared = new TreeMap<>();
            int total = 0;
            boolean complete = true;
            for (String ccg : s.ccgsByYear.get(last)) {
                List<CsvRow> rows = step.get(ccg);
                if (rows == null || rows.isEmpty()) {
                    complete = false;
                    continue;
                }
                total += rows.get(0).integer("from_lsoa_total");
                for (CsvRow r : rows) {
                    if (r.year("to_year") != next) {
                        continue;
                    }
                    String to = nextStp.get(r.code("to_ods_code"));
                    if (to != null) {
                        shared.merge(to, r.integer("lsoas_shared"), Integer::sum);
                    }
                }
            }
            if (!complete || total == 0) {
                continue;
            }
            for (var e : shared.entrySet()) {
                if (e.getKey().equals(s.id)) {
                    continue;
                }
                double share = Generated.round4((double) e.getValue() / total);
                if (share <= 0) {
                    continue;
                }
                bodies.get(s.id).rel(new Rel("succeeded-by", e.getKey(), s.to.plusDays(1), null, share,
                        "Derived: of the 2011 LSOAs of its CCGs in the ONS lookup of " + last + ", this share lies in "
                                + "CCGs of " + ctx.name(e.getKey()) + " in the lookup of " + next + " ("
                                + InputFiles.CCG_SUCCESSORS + " with " + InputFiles.CCG_STP + ")",
                        src(InputFiles.CCG_STP)));
                bodies.get(s.id).source(src(InputFiles.CCG_SUCCESSORS));
            }
        }
    }

    /** ccg_successors_by_lsoa.csv rows by from_year and from-CCG. */
    private Map<Integer, Map<String, List<CsvRow>>> successorRows() {
        Map<Integer, Map<String, List<CsvRow>>> out = new TreeMap<>();
        for (CsvRow r : ctx.ccgSuccessors().rows()) {
            out.computeIfAbsent(r.year("from_year"), k -> new HashMap<>())
                    .computeIfAbsent(r.code("from_ods_code"), k -> new ArrayList<>()).add(r);
        }
        return out;
    }
}
