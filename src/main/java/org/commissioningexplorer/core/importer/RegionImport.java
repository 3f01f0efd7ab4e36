package org.commissioningexplorer.core.importer;

import static org.commissioningexplorer.core.importer.ImportContext.LOCAL_OFFICE_CODE;
import static org.commissioningexplorer.core.importer.ImportContext.src;
import static org.commissioningexplorer.core.importer.ImportContext.titleCase;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.commissioningexplorer.core.importer.Generated.Body;
import org.commissioningexplorer.core.model.Period;

/**
 * NHS England's regions (ODS Y codes, with the ONS E40 codes of the yearly lists), the area teams of April 2013
 * and the local offices (ODS Q codes) of 2015–2019. The CCGs' relationships to them are {@link CcgRegionLinks}'.
 */
final class RegionImport {

    /** The April 2013 ONS lists name the area teams; the local offices opened in ODS on 1 April 2015. */
    private static final LocalDate AREA_TEAM_START = LocalDate.of(2013, 4, 1);
    private static final LocalDate AREA_TEAM_END = LocalDate.of(2015, 3, 31);
    private static final Pattern REGION_CODE = Pattern.compile("Y\\d\\d");
    /** The local offices opened in ODS on 1 April 2015, as the area teams closed. */
    /** The February 2016 eccg extract, taken as at the first of the month. */
    static final LocalDate ECCG_2016 = LocalDate.of(2016, 2, 1);
    static final LocalDate LOCAL_OFFICES_START = AREA_TEAM_END.plusDays(1);
    /** No file shows a local office after November 2018; NHS England's seven regions began on 1 April 2019. */
    static final LocalDate LOCAL_OFFICES_LAST_DAY = LocalDate.of(2019, 3, 31);
    /**
     * Local offices that the February 2016 eccg file gives CCGs but the November 2018 eauth file no longer lists,
     * with the name ODS gives them (the eccg file gives only the code).
     */
    private static final Map<String, String> CLOSED_BEFORE_2018 = Map.of("Q73",
            "NHS England North (Lancashire and Greater Manchester)");

    private static final class Region {
        final String y;
        String name;
        LocalDate from;
        LocalDate to;
        String odsName;
        final TreeMap<Integer, String> onsByYear = new TreeMap<>();
        final TreeMap<Integer, String> nameByYear = new TreeMap<>();
        String fromNote;
        String toNote;

        Region(String y) {
            this.y = y;
        }
    }

    /** {@code endNote} says how the end was found when ODS gives no close date, else null. */
    private record LocalOffice(String q, String name, String region, LocalDate from, LocalDate to, String endNote) {
    }

    private record AreaTeam(String code, String name, String region) {
    }

    private final ImportContext ctx;
    private final Map<String, Region> regions = new TreeMap<>();
    private final Map<String, LocalOffice> offices = new TreeMap<>();
    /** The ONS code (E39) of each local office, by its ODS code. */
    private final Map<String, String> officeOns = new HashMap<>();
    private final Map<String, AreaTeam> areaTeams = new TreeMap<>();

    RegionImport(ImportContext ctx) {
        this.ctx = ctx;
    }

    private static LocalDate listDate(int year) {
        // The 2022 rows are the July 2022 NHS England regions; the others are April lookups.
        return year == 2022 ? LocalDate.of(2022, 7, 1) : LocalDate.of(year, 4, 1);
    }

    void read() {
        Map<String, CsvRow> officeRows = readEauth();
        readRegionLists();
        readLocalOffices(officeRows);
        readAreaTeams();
    }

    /** The regions in the ODS eauth file; returns its local offices' rows by Q code. */
    private Map<String, CsvRow> readEauth() {
        CsvTable eauth = ctx.table(InputFiles.EAUTH, "org_code", "name", "national_grouping", "open_date",
                "close_date");
        Map<String, CsvRow> officeRows = new TreeMap<>();
        for (CsvRow r : eauth.rows()) {
            String code = r.code("org_code");
            if (REGION_CODE.matcher(code).matches()) {
                Region g = new Region(code);
                g.odsName = titleCase(r.required("name", "the region's name"));
                g.from = r.odsDate("open_date");
                g.to = r.odsDate("close_date");
                regions.put(code, g);
            } else if (LOCAL_OFFICE_CODE.matcher(code).matches()) {
                officeRows.put(code, r);
            }
        }
        return officeRows;
    }

    private void readRegionLists() {
        CsvTable byYear = ctx.table(InputFiles.REGIONS, "year", "ons_code", "ods_code", "name");
        // First the rows that give an ODS code, then the others by ONS code or, failing that, by name.
        for (CsvRow r : byYear.rows()) {
            String ods = r.optionalCode("ods_code");
            if (ods != null) {
                String ons = r.code("ons_code");
                String known = ctx.regionByOnsCode.putIfAbsent(ons, ods);
                if (known != null && !known.equals(ods)) {
                    throw r.error("ods_code", "ONS region " + ons + " is " + known + " in another row but " + ods
                            + " here; one ONS code names one region");
                }
            }
        }
        TreeSet<Integer> years = new TreeSet<>();
        for (CsvRow r : byYear.rows()) {
            int year = r.year("year");
            years.add(year);
            String ons = r.code("ons_code");
            String name = r.required("name", "the region's name");
            String y = r.optionalCode("ods_code");
            if (y == null) {
                y = ctx.regionByOnsCode.get(ons);
            }
            if (y == null) {
                for (Region g : regions.values()) {
                    if (g.odsName == null) {
                        continue;
                    }
                    String odsName = g.odsName.toLowerCase(Locale.ROOT).replace(" commissioning region", "");
                    if (odsName.equals(name.toLowerCase(Locale.ROOT))) {
                        y = g.y;
                    }
                }
                if (y == null) {
                    throw r.error("ons_code", "cannot tell which NHS England region " + ons + " '" + name + "' is: no "
                            + "row with the same ONS code gives an ODS code, and no region in " + InputFiles.EAUTH
                            + " has that name");
                }
                ctx.regionByOnsCode.put(ons, y);
            }
            if (!REGION_CODE.matcher(y).matches()) {
                throw r.error("ods_code", "column 'ods_code' is '" + y + "'; expected an ODS region code Y54–Y63");
            }
            Region g = regions.computeIfAbsent(y, Region::new);
            g.onsByYear.put(year, ons);
            g.nameByYear.put(year, name);
        }
        for (Region g : regions.values()) {
            g.name = g.nameByYear.isEmpty() ? g.odsName : g.nameByYear.lastEntry().getValue();
            if (g.from == null) {
                if (g.nameByYear.isEmpty()) {
                    throw new IllegalStateException("region without dates " + g.y);
                }
                g.from = listDate(g.nameByYear.firstKey());
                g.fromNote = "From the first ONS list that names it (" + g.nameByYear.firstKey() + "); ODS ("
                        + InputFiles.EAUTH + ") gives no open date";
            }
            if (g.to == null && !g.nameByYear.isEmpty()) {
                Integer absent = years.higher(g.nameByYear.lastKey());
                if (absent != null) {
                    g.to = listDate(absent).minusDays(1);
                    g.toNote = "Not in the ONS list of " + absent + "; taken as ended the day before ("
                            + InputFiles.EAUTH + " gives no close date)";
                }
            }
            ctx.register("region-" + g.y, g.from, g.to, g.name);
        }
    }

    /** The local offices: the ODS Q codes, with their ONS E39 codes from the 2017 and 2018 lookups. */
    private void readLocalOffices(Map<String, CsvRow> officeRows) {
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
            Region g = regions.get(parent);
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
            LocalDate to = next.isEmpty() ? regions.get(y).to : next.get(0).from().minusDays(1);
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

    /** The area teams of April 2013, with their commissioning regions. */
    private void readAreaTeams() {
        CsvTable at = ctx.table(InputFiles.AREA_TEAMS, "NHSAT13CD", "NHSAT13NM");
        CsvTable atRegion = ctx.table(InputFiles.CCG13_AREA_TEAMS, "NHSAT13CD", "NHSCR13CD");
        Map<String, String> regionOf = new HashMap<>();
        for (CsvRow r : atRegion.rows()) {
            String code = r.code("NHSAT13CD");
            String cr = r.code("NHSCR13CD");
            String y = ctx.regionByOnsCode.get(cr);
            if (y == null) {
                throw r.error("NHSCR13CD", "commissioning region " + cr + " is not in " + InputFiles.REGIONS
                        + "; expected an ONS code of one of its regions");
            }
            regionOf.put(code, y);
        }
        for (CsvRow r : at.rows()) {
            String code = r.code("NHSAT13CD");
            String y = regionOf.get(code);
            if (y == null) {
                throw r.error("NHSAT13CD", "area team " + code + " has no commissioning region in "
                        + InputFiles.CCG13_AREA_TEAMS);
            }
            areaTeams.put(code, new AreaTeam(code, r.required("NHSAT13NM", "the area team's name"), y));
            ctx.register("area-team-" + code, AREA_TEAM_START, AREA_TEAM_END, r.get("NHSAT13NM"));
        }
    }

    List<Body> bodies() {
        List<Body> out = new ArrayList<>();
        regions.values().forEach(g -> out.add(regionBody(g)));
        areaTeams.values().forEach(a -> out.add(areaTeamBody(a)));
        offices.values().forEach(o -> out.add(officeBody(o)));
        return out;
    }

    private Body regionBody(Region g) {
        Body b = new Body("region-" + g.y, g.name, "region").period(g.from, g.to);
        b.parent = "nhs-england";
        if (!g.nameByYear.isEmpty()) {
            b.source(src(InputFiles.REGIONS));
        }
        b.source(src(InputFiles.EAUTH));
        b.code("ODS", g.y, g.from, g.to);
        int onsCodes = ImportContext.addOnsCodes(b, g.onsByYear, g.from, g.to, RegionImport::listDate);
        b.summary = "The NHS England region " + g.name + " (ODS " + g.y + ")"
                + (g.onsByYear.isEmpty() ? "" : ", in the ONS region lists of "
                + Timeline.and(g.onsByYear.keySet().stream().map(String::valueOf).toList())) + ".";
        if (g.odsName != null) {
            b.fact("Name in ODS", g.odsName, src(InputFiles.EAUTH));
        }
        if (g.fromNote != null) {
            b.fact("Start", g.fromNote, src(InputFiles.REGIONS));
        }
        if (g.toNote != null) {
            b.fact("End", g.toNote, src(InputFiles.REGIONS));
        }
        if (onsCodes > 1) {
            b.fact("ONS codes", "Each ONS code applies from the first list that shows it; a GSS code changes when "
                    + "a boundary changes", src(InputFiles.REGIONS));
        }
        return b;
    }

    private Body areaTeamBody(AreaTeam a) {
        Body b = new Body("area-team-" + a.code(), a.name(), "area-team").period(AREA_TEAM_START, AREA_TEAM_END);
        b.parent = "region-" + a.region();
        b.source(src(InputFiles.AREA_TEAMS)).source(src(InputFiles.CCG13_AREA_TEAMS));
        b.code("ONS", a.code(), AREA_TEAM_START, AREA_TEAM_END);
        b.summary = "The NHS England area team " + a.name() + " of April 2013, in the " + ctx.name(b.parent)
                + " commissioning region.";
        b.fact("Dates", "From the April 2013 ONS list of area teams. The files give no end date: 31 March 2015 is "
                + "taken because the NHS England local offices that followed (Q72, Q74–Q82) opened in ODS on "
                + "1 April 2015 (" + InputFiles.EAUTH + ")", src(InputFiles.EAUTH));
        return b;
    }

    private Body officeBody(LocalOffice o) {
        Body b = new Body("local-office-" + o.q(), o.name(), "local-office").period(o.from(), o.to());
        b.parent = "region-" + o.region();
        b.source(src(InputFiles.EAUTH));
        b.code("ODS", o.q(), o.from(), o.to());
        String e39 = officeOns.get(o.q());
        // ONS gave the E39 series to the area teams until they closed; a local office holds its code after.
        LocalDate codeFrom = o.from().isAfter(AREA_TEAM_END) ? o.from() : AREA_TEAM_END.plusDays(1);
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
    }
}
