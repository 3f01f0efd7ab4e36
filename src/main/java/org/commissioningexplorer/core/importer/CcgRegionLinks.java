package org.commissioningexplorer.core.importer;

import static org.commissioningexplorer.core.importer.ImportContext.LOCAL_OFFICE_CODE;
import static org.commissioningexplorer.core.importer.ImportContext.src;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.commissioningexplorer.core.importer.Generated.Body;
import org.commissioningexplorer.core.importer.Generated.Rel;
import org.commissioningexplorer.core.importer.ImportContext.Ccg;
import org.commissioningexplorer.core.importer.Timeline.Obs;
import org.commissioningexplorer.core.model.Period;

/**
 * Each CCG's area team (2013), local offices (2016–2018) and regions (2013 onwards), from the ONS CCG to region
 * lookups and the ODS eccg extracts, as dated "in-region" relationships.
 */
final class CcgRegionLinks {

    /** The latest region that ods_eccg_2025 gives a CCG is taken to apply from the 2019 regions onwards. */
    private static final LocalDate SEVEN_REGIONS = LocalDate.of(2019, 4, 1);
    /** The eccg extracts are dated by month only; they are taken as at the first of the month. */
    private static final LocalDate ECCG_2016_DATE = LocalOfficeImport.ECCG_2016;
    private static final LocalDate ECCG_2018_DATE = LocalDate.of(2018, 11, 1);

    private final ImportContext ctx;
    private final CcgSeries series;
    private final Map<String, TreeMap<LocalDate, Obs>> regionObs = new HashMap<>();
    private final Map<String, TreeMap<LocalDate, Obs>> officeObs = new HashMap<>();
    private final Map<String, Obs> areaTeamObs = new HashMap<>();
    private final TreeSet<LocalDate> regionDates = new TreeSet<>();
    private final TreeSet<LocalDate> officeDates = new TreeSet<>();
    /** Notes on local office codes in the eccg extracts that no local office has, by CCG. */
    private final Map<String, String> unknownOffices = new TreeMap<>();

    CcgRegionLinks(ImportContext ctx) {
        this.ctx = ctx;
        this.series = new CcgSeries(ctx);
    }

    void add() {
        readOnsLookups();
        readEccgSnapshot(InputFiles.ECCG_2016, ECCG_2016_DATE, "ODS eccg file of February 2016");
        readEccgSnapshot(InputFiles.ECCG_2018, ECCG_2018_DATE, "ODS eccg file of November 2018");
        readLatestRegions();
        for (Ccg c : ctx.ccgs.values()) {
            Body b = ctx.ccgBodies.get(c.ods());
            Obs at = areaTeamObs.get(c.ods());
            if (at != null) {
                series.addRuns(b, c, "in-region", List.of(at), null, "");
            }
            series.addRuns(b, c, "in-region", CcgSeries.observations(c, regionDates, regionObs.get(c.ods()), true),
                    regionDates, "");
            addOfficeRuns(b, c);
            String unknown = unknownOffices.get(c.ods());
            if (unknown != null) {
                b.fact("Local office (ODS)", unknown, src(InputFiles.ECCG_2016));
            }
        }
    }

    /**
     * The CCG's local offices. The first file that shows them is of February 2016, but the local offices took over
     * from the area teams on 1 April 2015: what it shows is taken to hold from then (or from the CCG's start). A
     * local office that ended before the next file showed the CCG's next one (Q73, followed by Q83 and Q84 on
     * 1 April 2016) is followed from the day after, when the next one had opened by then.
     */
    private void addOfficeRuns(Body b, Ccg c) {
        List<Obs> obs = CcgSeries.observations(c, officeDates, officeObs.get(c.ods()), false);
        LocalDate start = c.from().isAfter(LocalOfficeImport.LOCAL_OFFICES_START) ? c.from()
                : LocalOfficeImport.LOCAL_OFFICES_START;
        if (!c.to().isBefore(start)) {
            Ccg fromStart = new Ccg(c.ods(), c.row(), start, c.to(), c.noOdsCloseDate(), c.odsName(), c.icbByLsoa());
            series.addRunsFromStart(b, fromStart, "in-region", obs, officeDates, "", "from "
                    + Period.format(start) + (start.equals(c.from()) ? ", the CCG's start" : ", when the local "
                    + "offices took over from the area teams") + ": the first file that shows the CCG's local "
                    + "office is of February 2016");
        }
        List<Rel> offices = new ArrayList<>(b.relationships.stream().filter(r -> r.target().startsWith(
                "local-office-")).sorted(Generated.REL_ORDER).toList());
        for (int i = 1; i < offices.size(); i++) {
            Rel before = offices.get(i - 1);
            Rel next = offices.get(i);
            LocalDate dayAfter = before.to() == null ? null : before.to().plusDays(1);
            ImportContext.Lifetime life = ctx.lifetime(next.target());
            if (dayAfter != null && next.from().isAfter(dayAfter) && life.from() != null
                    && !life.from().isAfter(dayAfter)) {
                Rel filled = new Rel(next.type(), next.target(), dayAfter, next.to(), next.share(), next.notes()
                        + "; from the day after " + ctx.name(before.target()) + " ended", next.source());
                b.relationships.set(b.relationships.indexOf(next), filled);
                offices.set(i, filled);
            }
        }
        if (!offices.isEmpty()) {
            Rel last = offices.get(offices.size() - 1);
            LocalDate end = c.to().isBefore(LocalOfficeImport.LOCAL_OFFICES_LAST_DAY) ? c.to()
                    : LocalOfficeImport.LOCAL_OFFICES_LAST_DAY;
            if (last.to() != null && last.to().isBefore(end)) {
                b.fact("Local office", "Not recorded from " + Period.format(last.to().plusDays(1)) + " to "
                        + Period.format(end) + ": " + ctx.name(last.target()) + " had ended, and no later file "
                        + "shows this CCG's local office", src(InputFiles.CCG_REGION));
            }
        }
    }

    private void readOnsLookups() {
        CsvTable ccgRegion = ctx.table(InputFiles.CCG_REGION);
        String regionSrc = src(InputFiles.CCG_REGION);
        for (CsvRow r : ccgRegion.rows()) {
            int year = r.year("year");
            LocalDate asAt = r.isoDate("as_at");
            Ccg c = ctx.ccg(r, "ccg_ods_code");
            ctx.checkExists(c, asAt, r, "ccg_ods_code");
            String y = r.optionalCode("region_ods_code");
            String e40 = r.code("region_ons_code");
            if (y == null) {
                y = ctx.regionByOnsCode.get(e40);
                if (y == null) {
                    throw r.error("region_ons_code", "region " + e40 + " is not in " + InputFiles.REGIONS);
                }
            }
            ctx.requireRegion(r, "region_ods_code", y);
            String label = Period.format(asAt);
            regionDates.add(asAt);
            CcgSeries.add(regionObs, c.ods(), new Obs(asAt, "ONS CCG to NHS England region lookups as at", label,
                    regionSrc, Map.of("region-" + y, "")));
            String sub = r.code("subregion_ons_code");
            if (year == 2013) {
                if (!ctx.made("area-team-" + sub)) {
                    throw r.error("subregion_ons_code", "area team " + sub + " is not in " + InputFiles.AREA_TEAMS);
                }
                areaTeamObs.put(c.ods(), new Obs(asAt, "ONS CCG to area team lookup as at", label, regionSrc,
                        Map.of("area-team-" + sub, "")));
            } else {
                String q = ctx.localOfficeByOnsCode.get(sub);
                if (q == null || !ctx.made("local-office-" + q)) {
                    throw r.error("subregion_ons_code", "local office " + sub + " has no ODS code in "
                            + InputFiles.EAUTH);
                }
                officeDates.add(asAt);
                CcgSeries.add(officeObs, c.ods(), new Obs(asAt, "ONS CCG to NHS England local office lookups as at",
                        label, regionSrc, Map.of("local-office-" + q, "")));
            }
        }
    }

    private void readEccgSnapshot(String file, LocalDate date, String group) {
        CsvTable t = ctx.table(file, "org_code", "name", "national_grouping", "high_level_health_geography",
                "open_date", "close_date", "col14_subtype_or_role");
        regionDates.add(date);
        officeDates.add(date);
        for (CsvRow r : t.rows()) {
            if (!"C".equals(r.get("col14_subtype_or_role").trim())) {
                continue; // commissioning hubs
            }
            LocalDate close = r.odsDate("close_date");
            r.odsDate("open_date");
            if (close != null && close.isBefore(date)) {
                continue; // closed before the extract: it shows the CCG's last area team, not a local office
            }
            Ccg c = ctx.ccg(r, "org_code");
            if (!c.from().isAfter(date) && !c.to().isBefore(date)) {
                String y = r.code("national_grouping");
                ctx.requireRegion(r, "national_grouping", y);
                CcgSeries.add(regionObs, c.ods(), new Obs(date, group, "", src(file), Map.of("region-" + y, "")));
                String q = r.code("high_level_health_geography");
                if (ctx.made("local-office-" + q)) {
                    CcgSeries.add(officeObs, c.ods(), new Obs(date, group, "", src(file),
                            Map.of("local-office-" + q, "")));
                } else if (LOCAL_OFFICE_CODE.matcher(q).matches()) {
                    // A local office code the November 2018 eauth file does not list (Q73 in February 2016).
                    unknownOffices.merge(c.ods(), q + " in the " + group + ", a code that " + InputFiles.EAUTH
                            + " does not list, so no relationship is recorded", (a, b) -> a + "; " + b);
                } else {
                    throw r.error("high_level_health_geography", "column 'high_level_health_geography' is '" + q
                            + "'; expected an NHS England local office code such as Q79");
                }
            }
        }
    }

    /** From 2019 the latest region ODS gives (ods_eccg_2025). */
    private void readLatestRegions() {
        CsvTable latest = ctx.table(InputFiles.ECCG_2025, "org_code", "national_grouping");
        regionDates.add(SEVEN_REGIONS);
        for (CsvRow r : latest.rows()) {
            Ccg c = ctx.ccgs.get(r.code("org_code"));
            if (c == null || c.to().isBefore(SEVEN_REGIONS)) {
                continue;
            }
            String y = r.code("national_grouping");
            ctx.requireRegion(r, "national_grouping", y);
            LocalDate from = c.from().isAfter(SEVEN_REGIONS) ? c.from() : SEVEN_REGIONS;
            CcgSeries.add(regionObs, c.ods(), new Obs(from, "ODS eccg 2025, whose latest region is taken to apply "
                    + "from 1 April 2019 or the CCG's start", "", src(InputFiles.ECCG_2025),
                    Map.of("region-" + y, "")));
        }
    }
}
