package org.commissioningexplorer.core.importer;

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
import org.commissioningexplorer.core.importer.ImportContext.Ccg;
import org.commissioningexplorer.core.importer.ImportContext.Utla;
import org.commissioningexplorer.core.importer.Timeline.Obs;
import org.commissioningexplorer.core.model.Period;

/**
 * The upper-tier local authorities of the yearly ONS lookups (utla_by_year.csv, with their districts from
 * ltla_utla_by_year.csv), a Health and Wellbeing Board for each, and the CCGs' coverage of them and membership of
 * the boards (ccg_lad_by_year.csv).
 */
final class LocalAuthorityImport {

    private final ImportContext ctx;
    /** The name of each district, by lookup year. */
    private final TreeMap<Integer, Map<String, String>> ltlaNames = new TreeMap<>();

    LocalAuthorityImport(ImportContext ctx) {
        this.ctx = ctx;
    }

    void read() {
        Map<String, TreeMap<Integer, CsvRow>> byCode = readUtlas();
        CsvTable l = ctx.table(InputFiles.LTLA_UTLA, "year", "ltla_code", "ltla_name", "utla_code");
        for (CsvRow r : l.rows()) {
            int year = r.year("year");
            String utla = r.code("utla_code");
            TreeMap<Integer, CsvRow> known = byCode.get(utla);
            if (known == null || !known.containsKey(year)) {
                throw r.error("utla_code", "upper-tier authority " + utla + " is not in " + InputFiles.UTLA + " for "
                        + year);
            }
            String ltla = r.code("ltla_code");
            if (ctx.utlaOfLtla.computeIfAbsent(year, k -> new HashMap<>()).put(ltla, utla) != null) {
                throw r.error("ltla_code", ltla + " is listed twice in " + year);
            }
            ltlaNames.computeIfAbsent(year, k -> new TreeMap<>()).put(ltla, r.required("ltla_name", "the name"));
        }
    }

    /** Reads the authorities and registers them and their HWBs; returns each one's rows by year. */
    private Map<String, TreeMap<Integer, CsvRow>> readUtlas() {
        CsvTable u = ctx.table(InputFiles.UTLA, "year", "utla_code", "utla_name", "utla_type");
        TreeSet<Integer> years = new TreeSet<>();
        Map<String, TreeMap<Integer, CsvRow>> byCode = new TreeMap<>();
        for (CsvRow r : u.rows()) {
            int year = r.year("year");
            years.add(year);
            String code = r.code("utla_code");
            if (byCode.computeIfAbsent(code, k -> new TreeMap<>()).put(year, r) != null) {
                throw r.error("utla_code", code + " is listed twice in " + year);
            }
        }
        for (var e : byCode.entrySet()) {
            TreeMap<Integer, CsvRow> rows = e.getValue();
            int first = rows.firstKey();
            int last = rows.lastKey();
            LocalDate from = first == years.first() ? null : LocalDate.of(first, 4, 1);
            Integer absent = years.higher(last);
            LocalDate to = absent == null ? null : LocalDate.of(absent, 4, 1).minusDays(1);
            String gap = null;
            List<String> missing = years.subSet(first, true, last, true).stream().filter(y -> !rows.containsKey(y))
                    .map(String::valueOf).toList();
            if (!missing.isEmpty()) {
                gap = "Not listed in " + Timeline.and(missing) + ", though listed before and after";
            }
            CsvRow latest = rows.lastEntry().getValue();
            Utla x = new Utla(e.getKey(), latest.required("utla_name", "the authority's name"),
                    latest.required("utla_type", "county, unitary authority, metropolitan district or London borough"),
                    from, to, first, last, gap);
            ctx.utlas.put(x.code(), x);
            ctx.register("la-" + x.code(), from, to, x.name());
            ctx.register("hwb-" + x.code(), from, to, x.name() + " Health and Wellbeing Board");
        }
        return byCode;
    }

    List<Body> bodies() {
        List<Body> out = new ArrayList<>();
        String utlaSrc = src(InputFiles.UTLA);
        for (Utla u : ctx.utlas.values()) {
            Body la = new Body("la-" + u.code(), u.name(), "local-authority").period(u.from(), u.to());
            la.source(utlaSrc);
            la.code("ONS", u.code(), u.from(), u.to());
            String range = u.firstYear() == u.lastYear() ? Integer.toString(u.firstYear())
                    : u.firstYear() + "–" + u.lastYear();
            la.summary = u.name() + ", an English upper-tier local authority (" + u.type() + ") in the ONS lookups of "
                    + range + ".";
            la.fact("Type", u.type(), utlaSrc);
            // The districts of the latest lookup that lists any.
            Map<String, String> ltlas = new TreeMap<>();
            int lastYear = 0;
            for (var e : ctx.utlaOfLtla.entrySet()) {
                Map<String, String> found = new TreeMap<>();
                e.getValue().forEach((ltla, utla) -> {
                    if (utla.equals(u.code())) {
                        found.put(ltlaNames.get(e.getKey()).get(ltla), ltla);
                    }
                });
                if (!found.isEmpty()) {
                    ltlas = found;
                    lastYear = e.getKey();
                }
            }
            if (ltlas.size() > 1 || (ltlas.size() == 1 && !ltlas.values().iterator().next().equals(u.code()))) {
                la.fact("Lower-tier authorities (" + lastYear + ")", String.join(", ", ltlas.keySet()),
                        src(InputFiles.LTLA_UTLA));
            }
            if (u.from() == null) {
                la.fact("Start", "In the first lookup (2018); the files do not say when it began", utlaSrc);
            }
            if (u.gapNote() != null) {
                la.fact("Gap", u.gapNote(), utlaSrc);
            }
            if (u.firstYear() > 2022) {
                la.fact("NHS bodies covering it", "Not derived: the files hold no LSOA lookup after July 2022, before "
                        + "this authority began", utlaSrc);
            }
            out.add(la);
            Body hwb = new Body("hwb-" + u.code(), u.name() + " Health and Wellbeing Board", "hwb")
                    .period(u.from(), u.to());
            hwb.parent = la.id;
            hwb.source(utlaSrc);
            hwb.summary = "The Health and Wellbeing Board of " + u.name() + ".";
            hwb.fact("Area", "The area of the upper-tier local authority " + u.name() + ". SOURCES.md, on "
                    + InputFiles.UTLA + ": 'Each area has one Health and Wellbeing Board (HWB) area.'", utlaSrc);
            out.add(hwb);
        }
        return out;
    }

    /** Each CCG covers upper-tier areas (with shares) and is a member of their HWBs. */
    void addCcgCoverage() {
        CsvTable t = ctx.table(InputFiles.CCG_LAD, "year", "as_at", "ccg_ods_code", "lad_code", "lsoa_count",
                "ccg_lsoa_total");
        LocalDate sicblDate = ctx.subIcbListDate();
        Map<String, Map<LocalDate, Map<String, Integer>>> counts = new HashMap<>();
        Map<String, Map<LocalDate, Integer>> totals = new HashMap<>();
        Map<LocalDate, Set<Integer>> mapYears = new TreeMap<>();
        TreeSet<LocalDate> dates = new TreeSet<>();
        for (CsvRow r : t.rows()) {
            int year = r.year("year");
            LocalDate asAt = r.isoDate("as_at");
            if (asAt.equals(sicblDate)) {
                continue; // sub-ICB locations: their coverage comes from the LSOA panel
            }
            Ccg c = ctx.ccg(r, "ccg_ods_code");
            ctx.checkExists(c, asAt, r, "ccg_ods_code");
            dates.add(asAt);
            int[] used = new int[1];
            String utla = ctx.utlaOf(r.code("lad_code"), year, r, "lad_code", used);
            mapYears.computeIfAbsent(asAt, k -> new TreeSet<>()).add(used[0]);
            counts.computeIfAbsent(c.ods(), k -> new HashMap<>()).computeIfAbsent(asAt, k -> new TreeMap<>())
                    .merge(utla, r.integer("lsoa_count"), Integer::sum);
            int total = r.integer("ccg_lsoa_total");
            Integer known = totals.computeIfAbsent(c.ods(), k -> new HashMap<>()).putIfAbsent(asAt, total);
            if (known != null && known != total) {
                throw r.error("ccg_lsoa_total", "ccg_lsoa_total is " + total + " but another row of " + c.ods()
                        + " as at " + asAt + " says " + known);
            }
            if (total <= 0) {
                throw r.error("ccg_lsoa_total", "ccg_lsoa_total is " + total + "; expected a positive count");
            }
        }
        String lookupYears = mapYears.values().stream().flatMap(Set::stream).distinct().sorted().map(String::valueOf)
                .reduce((a, b) -> a + ", " + b).orElse("");
        CcgSeries series = new CcgSeries(ctx);
        for (Ccg c : ctx.ccgs.values()) {
            Map<LocalDate, Map<String, Integer>> byDate = counts.get(c.ods());
            TreeMap<LocalDate, Obs> share = new TreeMap<>();
            TreeMap<LocalDate, Obs> member = new TreeMap<>();
            if (byDate != null) {
                for (var e : byDate.entrySet()) {
                    int total = totals.get(c.ods()).get(e.getKey());
                    Map<String, Object> shares = new TreeMap<>();
                    Map<String, Object> hwbs = new TreeMap<>();
                    for (var u : e.getValue().entrySet()) {
                        double s = Generated.round4((double) u.getValue() / total);
                        if (s > 0) {
                            shares.put("la-" + u.getKey(), s);
                            hwbs.put("hwb-" + u.getKey(), "");
                        }
                    }
                    String label = Period.format(e.getKey());
                    String group = "ONS LSOA to CCG to district lookups as at";
                    share.put(e.getKey(), new Obs(e.getKey(), group, label, src(InputFiles.CCG_LAD), shares));
                    member.put(e.getKey(), new Obs(e.getKey(), group, label, src(InputFiles.CCG_LAD), hwbs));
                }
            }
            Body b = ctx.ccgBodies.get(c.ods());
            // The lookups start in July 2015; the CCGs were the same from April 2013 but for the Newcastle
            // Gateshead merger (EarlyMergers), so the first lookup is taken to hold from the CCG's start.
            String early = "the first lookup (" + Period.format(dates.first()) + ") is taken to hold from the "
                    + "CCG's start: the ONS CCG lists of April 2013 and July 2015 differ only by the Newcastle "
                    + "Gateshead merger of 1 April 2015";
            series.addRunsFromStart(b, c, "covers", CcgSeries.observations(c, dates, share, false), dates,
                    "Share of the CCG's 2011 LSOAs in this upper-tier area (districts grouped by "
                            + InputFiles.LTLA_UTLA + ", " + lookupYears + ")", early);
            series.addRunsFromStart(b, c, "member-of", CcgSeries.observations(c, dates, member, false), dates,
                    "The CCG covers part of this area, and a Health and Wellbeing Board's statutory membership "
                            + "includes each CCG for its area", early);
        }
    }
}
