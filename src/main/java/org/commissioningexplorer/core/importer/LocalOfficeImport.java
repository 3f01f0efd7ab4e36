package org.commissioningexplorer.core.importer;

import static org.commissioningexplorer.core.importer.ImportContext.LOCAL_OFFICE_CODE;
import static org.commissioningexplorer.core.importer.ImportContext.src;
import static org.commissioningexplorer.core.importer.ImportContext.titleCase;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.commissioningexplorer.core.importer.Generated.Body;
import org.commissioningexplorer.core.model.Period;

/**
 * NHS England's local offices (ODS Q codes) of April 2015 to March 2019: those of the ODS eauth file of November
 * 2018, with their ONS E39 codes from the 2017 and 2018 lookups, and those that only the February 2016 eccg file
 * shows (Q73). The CCGs' relationships to them are {@link CcgRegionLinks}'.
 */
final class LocalOfficeImport {

    /** The February 2016 eccg extract, taken as at the first of the month. */
    static final LocalDate ECCG_2016 = LocalDate.of(2016, 2, 1);
    /** The local offices opened in ODS on 1 April 2015, as the area teams closed. */
    static final LocalDate LOCAL_OFFICES_START = RegionImport.AREA_TEAM_END.plusDays(1);
    /** No file shows a local office after November 2018; NHS England's seven regions began on 1 April 2019. */
    static final LocalDate LOCAL_OFFICES_LAST_DAY = LocalDate.of(2019, 3, 31);
    /**
     * Local offices that the February 2016 eccg file gives CCGs but the November 2018 eauth file no longer lists,
     * with the name ODS gives them (the eccg file gives only the code).
     */
    private static final Map<String, String> CLOSED_BEFORE_2018 = Map.of("Q73",
            "NHS England North (Lancashire and Greater Manchester)");

    /** {@code endNote} says how the end was found when ODS gives no close date, else null. */
    private record LocalOffice(String q, String name, String region, LocalDate from, LocalDate to, String endNote) {
    }

    private final ImportContext ctx;
    private final Map<String, LocalOffice> offices = new TreeMap<>();
    /** The ONS code (E39) of each local office, by its ODS code. */
    private final Map<String, String> officeOns = new HashMap<>();
    private Map<String, RegionImport.Region> regions = Map.of();

    LocalOfficeImport(ImportContext ctx) {
        this.ctx = ctx;
    }

    /** The local offices: the ODS Q codes, with their ONS E39 codes from the 2017 and 2018 lookups. */
    void read(Map<String, CsvRow> officeRows, Map<String, RegionImport.Region> regions) {
        this.regions = regions;
        CsvTable ccgRegion = ctx.table(InputFiles.CCG_REGION, "year", "as_at", "ccg_ods_code", "subregion_ons_code",
                "subregion_ods_code", "subregion_name", "region_ons_code", "region_ods_code");
        for (CsvRow r : ccgRegion.rows()) {
            String q = r.optionalCode("subregion_ods_code");
            if (q != null) {
                String e39 = r.code("subregion_ons_code");
                ctx.localOfficeByOnsCode.put(e39, q);
                officeOns.put(q, e39);
            }
        }
        for (CsvRow r : ccgRegion.rows()) {
            int year = r.year("year");
            String e39 = r.code("subregion_ons_code");
            if (year == 2013 || ctx.localOfficeByOnsCode.containsKey(e39)) {
                continue;
            }
            String name = r.required("subregion_name", "the name of the area team or local office");
            String q = null;
            for (var e : officeRows.entrySet()) {
                if (e.getValue().get("name").trim().equalsIgnoreCase(name)) {
                    q = e.getKey();
                }
            }
            if (q == null) {
                throw r.error("subregion_ons_code", "cannot tell which NHS England local office " + e39 + " '" + name
                        + "' is: no 2018 row gives its ODS code and no local office in " + InputFiles.EAUTH
                        + " has that name");
            }
            ctx.localOfficeByOnsCode.put(e39, q);
            officeOns.putIfAbsent(q, e39);
        }
        for (var e : officeRows.entrySet()) {
            CsvRow r = e.getValue();
            String parent = r.code("national_grouping");
            RegionImport.Region g = regions.get(parent);
            if (g == null) {
                throw r.error("national_grouping", "local office " + e.getKey() + " is in region " + parent
                        + ", which is not an NHS England region (Y code) in this file");
            }
            LocalDate open = r.odsDate("open_date");
            LocalDate close = r.odsDate("close_date");
            LocalDate to = close;
            String endNote = null;
            if (close == null && g.to != null && !g.to.isAfter(LOCAL_OFFICES_LAST_DAY)) {
                to = g.to;
                endNote = "ODS (November 2018) gives no close date; it is taken to have ended with its region "
                        + g.name + " on " + Period.format(g.to);
            } else if (close == null) {
                to = LOCAL_OFFICES_LAST_DAY;
                endNote = "ODS (November 2018) gives no close date, and no later file shows a local office: from 2019 "
                        + "the ONS lookups go from CCG to region, and ODS's 2025 file places CCGs under STPs and ICBs. "
                        + "It is taken to have ended on " + Period.format(to) + ", before NHS England's seven regions "
                        + "of 1 April 2019";
            }
            LocalOffice o = new LocalOffice(e.getKey(), titleCase(r.required("name", "the office's name")), parent,
                    open, to, endNote);
            offices.put(o.q(), o);
            ctx.register("local-office-" + o.q(), o.from(), o.to(), o.name());
        }
        readOfficesClosedBefore2018();
    }

    /**
     * The local offices that the February 2016 eccg file gives CCGs and the November 2018 eauth file no longer
     * lists (Q73): from 1 April 2015, as the others, to the day before the next local offices of its region opened.
     */
    private void readOfficesClosedBefore2018() {
        CsvTable t = ctx.table(InputFiles.ECCG_2016, "org_code", "national_grouping", "high_level_health_geography",
                "close_date", "col14_subtype_or_role");
        for (CsvRow r : t.rows()) {
            LocalDate close = r.odsDate("close_date");
            if (!"C".equals(r.get("col14_subtype_or_role").trim()) || (close != null && close.isBefore(ECCG_2016))) {
                continue; // a commissioning hub, or a CCG closed before the file: its last area team's ODS code
            }
            String q = r.code("high_level_health_geography");
            if (!LOCAL_OFFICE_CODE.matcher(q).matches() || offices.containsKey(q)) {
                continue;
            }
            String name = CLOSED_BEFORE_2018.get(q);
            if (name == null) {
                throw r.error("high_level_health_geography", "local office " + q + " is not in " + InputFiles.EAUTH
                        + " and its name is not known; add it to the local offices closed before 2018");
            }
            String y = r.code("national_grouping");
            ctx.requireRegion(r, "national_grouping", y);
            List<LocalOffice> next = offices.values().stream().filter(o -> o.region().equals(y) && o.from() != null
                    && o.from().isAfter(ECCG_2016)).sorted((a, b) -> a.from().compareTo(b.from()))
                    .toList();
            LocalDate regionEnd = regions.get(y).to;
            LocalDate to = !next.isEmpty() ? next.get(0).from().minusDays(1)
                    : regionEnd != null && regionEnd.isBefore(LOCAL_OFFICES_LAST_DAY) ? regionEnd : LOCAL_OFFICES_LAST_DAY;
            LocalDate first = next.isEmpty() ? null : next.get(0).from();
            List<String> followers = next.stream().filter(o -> o.from().equals(first))
                    .map(o -> o.name() + " (" + o.q() + ")").toList();
            String endNote = "ODS's November 2018 file no longer lists it and the files give no close date; "
                    + (next.isEmpty() ? "it is taken to have ended with its region"
                    : "it is taken to have ended the day before " + Timeline.and(followers) + " opened in ODS, "
                    + "which hold its CCGs in the ONS lookup of 1 April 2017");
            LocalOffice o = new LocalOffice(q, name, y, LOCAL_OFFICES_START, to, endNote);
            offices.put(q, o);
            ctx.register("local-office-" + q, o.from(), o.to(), o.name());
        }
    }

    List<Body> bodies() {
        List<Body> out = new ArrayList<>();
        offices.values().forEach(o -> out.add(officeBody(o)));
        return out;
    }

    private Body officeBody(LocalOffice o) {
        Body b = new Body("local-office-" + o.q(), o.name(), "local-office").period(o.from(), o.to());
        b.parent = "region-" + o.region();
        b.source(src(InputFiles.EAUTH));
        b.code("ODS", o.q(), o.from(), o.to());
        String e39 = officeOns.get(o.q());
        // ONS gave the E39 series to the area teams until they closed; a local office holds its code after.
        LocalDate codeFrom = o.from().isAfter(RegionImport.AREA_TEAM_END) ? o.from() : RegionImport.AREA_TEAM_END.plusDays(1);
        if (e39 != null) {
            b.code("ONS", e39, codeFrom, o.to());
            b.source(src(InputFiles.CCG_REGION));
        }
        b.summary = "The NHS England local office " + o.name() + " (ODS " + o.q() + "), in the "
                + ctx.name(b.parent) + " region.";
        if (CLOSED_BEFORE_2018.containsKey(o.q())) {
            b.source(src(InputFiles.ECCG_2016));
            b.fact("Start", "The files give only its code, in the ODS eccg file of February 2016; it is taken to "
                    + "have opened on " + Period.format(o.from()) + " with the other local offices (Q72, Q74–Q82). "
                    + "Its name is the one ODS gives Q73", src(InputFiles.ECCG_2016));
        }
        if (o.endNote() != null) {
            b.fact("End", o.endNote(), src(InputFiles.EAUTH));
        }
        if (e39 != null) {
            b.fact("ONS code", e39 + " in the ONS CCG to NHS England sub-region lookups of 2017 and 2018; recorded "
                    + "from " + Period.format(codeFrom) + ", after the area teams that used the E39 series had closed",
                    src(InputFiles.CCG_REGION));
        }
        return b;
    }}
