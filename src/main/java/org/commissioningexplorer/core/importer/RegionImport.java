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

/**
 * NHS England's regions (ODS Y codes, with the ONS E40 codes of the yearly lists) and the area teams of April 2013,
 * with the local offices (ODS Q codes) of 2015–2019 from {@link LocalOfficeImport}. The CCGs' relationships to them are {@link CcgRegionLinks}'.
 */
final class RegionImport {

    /** The April 2013 ONS lists name the area teams; the local offices opened in ODS on 1 April 2015. */
    private static final LocalDate AREA_TEAM_START = LocalDate.of(2013, 4, 1);
    static final LocalDate AREA_TEAM_END = LocalDate.of(2015, 3, 31);
    private static final Pattern REGION_CODE = Pattern.compile("Y\\d\\d");
    /** A region as the files give it; its end is what a local office without a close date ends with. */
    static final class Region {
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


    private record AreaTeam(String code, String name, String region) {
    }

    private final ImportContext ctx;
    private final Map<String, Region> regions = new TreeMap<>();
    private final LocalOfficeImport offices;
    private final Map<String, AreaTeam> areaTeams = new TreeMap<>();

    RegionImport(ImportContext ctx) {
        this.ctx = ctx;
        this.offices = new LocalOfficeImport(ctx);
    }

    private static LocalDate listDate(int year) {
        // The 2022 rows are the July 2022 NHS England regions; the others are April lookups.
        return year == 2022 ? LocalDate.of(2022, 7, 1) : LocalDate.of(year, 4, 1);
    }

    void read() {
        Map<String, CsvRow> officeRows = readEauth();
        readRegionLists();
        offices.read(officeRows, regions);
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
        out.addAll(offices.bodies());
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

}
