package org.commissioningexplorer.core.importer;

import static org.commissioningexplorer.core.importer.ImportContext.ICB_START;
import static org.commissioningexplorer.core.importer.ImportContext.capitalise;
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
import org.commissioningexplorer.core.importer.ImportContext.Lifetime;
import org.commissioningexplorer.core.importer.ImportContext.Sicbl;
import org.commissioningexplorer.core.model.Period;

/**
 * The Integrated Care Boards and sub-ICB locations of July 2022, what the 2024 lists say differently, and the
 * upper-tier areas the sub-ICB locations cover (with their ICBs' HWB membership) from the July 2022 LSOA lookup.
 */
final class IcbImport {

    private record Icb(String ods, String ons, String name, String region, int sicblCount, CsvRow row) {
    }

    private final ImportContext ctx;
    private final Map<String, Icb> icbs = new TreeMap<>();
    private final Map<String, Body> icbBodies = new TreeMap<>();
    private final Map<String, Body> sicblBodies = new TreeMap<>();

    IcbImport(ImportContext ctx) {
        this.ctx = ctx;
    }

    void read() {
        CsvTable t = ctx.table(InputFiles.ICB_2022, "icb_ons_code", "icb_ods_code", "icb_name", "nhs_region_ods_code",
                "sub_icb_locations");
        for (CsvRow r : t.rows()) {
            String ods = r.code("icb_ods_code");
            Icb i = new Icb(ods, r.code("icb_ons_code"), r.required("icb_name", "the ICB's name"),
                    r.code("nhs_region_ods_code"), r.integer("sub_icb_locations"), r);
            if (icbs.put(ods, i) != null) {
                throw r.error("icb_ods_code", "ICB " + ods + " is listed twice");
            }
            ctx.register("icb-" + ods, ICB_START, null, i.name());
        }
        CsvTable s = ctx.table(InputFiles.SICBL_2022, "sicbl22_ons_code", "sicbl22_ods_code", "sicbl22_name",
                "icb22_ods_code", "ods_open_date", "ods_close_date");
        for (CsvRow r : s.rows()) {
            String ods = r.code("sicbl22_ods_code");
            String icb = r.code("icb22_ods_code");
            if (!icbs.containsKey(icb)) {
                throw r.error("icb22_ods_code", "ICB " + icb + " is not in " + InputFiles.ICB_2022);
            }
            r.odsDate("ods_open_date");
            LocalDate close = r.odsDate("ods_close_date");
            if (close != null && close.isBefore(ICB_START)) {
                throw r.error("ods_close_date", "sub-ICB location " + ods + " closes on " + close + ", before it "
                        + "began on 1 July 2022");
            }
            Sicbl x = new Sicbl(ods, r.code("sicbl22_ons_code"), r.required("sicbl22_name", "the name"), icb, close, r);
            if (ctx.sicbls.put(ods, x) != null) {
                throw r.error("sicbl22_ods_code", "sub-ICB location " + ods + " is listed twice");
            }
            ctx.register("sicbl-" + ods, ICB_START, close, x.name());
        }
    }

    /** The bodies, with what the 2024 lists say differently and the areas they cover. */
    List<Body> bodies() {
        List<Body> out = new ArrayList<>();
        for (Icb i : icbs.values()) {
            ctx.requireRegion(i.row(), "nhs_region_ods_code", i.region());
            Body b = new Body("icb-" + i.ods(), i.name(), "icb").period(ICB_START, null);
            b.parent = "nhs-england";
            b.source(src(InputFiles.ICB_2022));
            b.code("ODS", i.ods(), ICB_START, null);
            b.code("ONS", i.ons(), ICB_START, null);
            b.summary = i.name() + ", an Integrated Care Board from 1 July 2022 (ODS " + i.ods() + "), in the "
                    + ctx.name("region-" + i.region()) + " region.";
            b.rel(new Rel("in-region", "region-" + i.region(), ICB_START, null, null, "The region of its sub-ICB "
                    + "locations in ODS (" + InputFiles.ICB_2022 + ")", src(InputFiles.ICB_2022)));
            b.fact("Sub-ICB locations (July 2022)", Integer.toString(i.sicblCount()), src(InputFiles.ICB_2022));
            icbBodies.put(i.ods(), b);
            out.add(b);
        }
        for (Sicbl s : ctx.sicbls.values()) {
            Body b = new Body("sicbl-" + s.ods(), s.name(), "sub-icb-location").period(ICB_START, s.to());
            b.parent = "icb-" + s.icb();
            b.source(src(InputFiles.SICBL_2022));
            b.code("ODS", s.ods(), ICB_START, s.to());
            b.code("ONS", s.ons(), ICB_START, s.to());
            b.summary = s.name() + ", a sub-ICB location of " + ctx.name(b.parent) + " from 1 July 2022.";
            LocalDate odsOpen = s.row().odsDate("ods_open_date");
            if (odsOpen != null && odsOpen.isBefore(ICB_START)) {
                b.fact("ODS code", s.ods() + " is the code of the CCG it replaced: ODS gives it the CCG's open date, "
                        + Period.format(odsOpen) + ", and a sub-ICB location keeps its CCG's ODS code",
                        src(InputFiles.SICBL_2022));
            }
            sicblBodies.put(s.ods(), b);
            out.add(b);
        }
        add2024Facts();
        addCoverage();
        return out;
    }

    /** What the 2024 lookups say differently. They are not dated within 2024, so it is recorded as facts. */
    private void add2024Facts() {
        CsvTable s24 = ctx.table(InputFiles.SICBL_2024, "sicbl24_ons_code", "sicbl24_ods_code", "sicbl24_name",
                "icb24_ons_code", "icb24_ods_code", "icb24_name");
        Set<String> seen24 = new TreeSet<>();
        Map<String, String> icbOns24 = new TreeMap<>();
        Map<String, String> icbName24 = new TreeMap<>();
        String in2024 = "In the ONS 2024 lookup (" + InputFiles.SICBL_2024 + ", not dated within 2024)";
        for (CsvRow r : s24.rows()) {
            String ods = r.code("sicbl24_ods_code");
            String icb = r.code("icb24_ods_code");
            icbOns24.put(icb, r.code("icb24_ons_code"));
            icbName24.put(icb, r.required("icb24_name", "the ICB's name"));
            Sicbl s = ctx.sicbls.get(ods);
            if (s == null) {
                continue; // a sub-ICB location new after 2022; the 2022 files do not describe it
            }
            seen24.add(ods);
            List<String> diffs = new ArrayList<>();
            if (!icb.equals(s.icb())) {
                diffs.add("it is in ICB " + icb + " (" + r.get("icb24_name").trim() + "), not " + s.icb());
            }
            String ons = r.code("sicbl24_ons_code");
            if (!ons.equals(s.ons())) {
                // Found by its 2024 code too; undated, as the files do not say when it changed.
                sicblBodies.get(ods).code("ONS", ons, null, null);
                diffs.add("its ONS code is " + ons + " (it was " + s.ons() + " in July 2022; a GSS code changes when "
                        + "a boundary changes)");
            }
            String name = r.required("sicbl24_name", "the name");
            if (!name.equals(s.name())) {
                diffs.add("its name is '" + name + "'");
            }
            if (!diffs.isEmpty()) {
                sicblBodies.get(ods).fact(in2024, capitalise(Timeline.and(diffs)) + "; the files do not say when this "
                        + "changed", src(InputFiles.SICBL_2024));
            }
        }
        for (Sicbl s : ctx.sicbls.values()) {
            if (!seen24.contains(s.ods()) && !s24.rows().isEmpty()) {
                sicblBodies.get(s.ods()).fact(in2024, "Not listed", src(InputFiles.SICBL_2024));
            }
        }
        CsvTable i24 = ctx.table(InputFiles.ICB_2024, "ICB24CD", "ICB24CDH", "ICB24NM");
        for (CsvRow r : i24.rows()) {
            icbOns24.put(r.code("ICB24CDH"), r.code("ICB24CD"));
            icbName24.put(r.code("ICB24CDH"), r.required("ICB24NM", "the ICB's name"));
        }
        String in2024icb = "In the ONS 2024 lists (" + InputFiles.ICB_2024 + " of December 2024, "
                + InputFiles.SICBL_2024 + ")";
        for (Icb i : icbs.values()) {
            List<String> diffs = new ArrayList<>();
            String ons = icbOns24.get(i.ods());
            String name = icbName24.get(i.ods());
            if (ons == null) {
                diffs.add("it is not listed");
            } else {
                if (!ons.equals(i.ons())) {
                    icbBodies.get(i.ods()).code("ONS", ons, null, null);
                    diffs.add("its ONS code is " + ons + " (it was " + i.ons() + " in July 2022; a GSS code changes "
                            + "when a boundary changes)");
                }
                if (!name.equals(i.name())) {
                    diffs.add("its name is '" + name + "'");
                }
            }
            if (!diffs.isEmpty()) {
                icbBodies.get(i.ods()).fact(in2024icb, capitalise(Timeline.and(diffs)) + "; the files do not say when "
                        + "this changed", src(InputFiles.ICB_2024));
            }
        }
    }

    /** Sub-ICB locations cover upper-tier areas (July 2022 LSOA lookup); ICBs are members of their HWBs. */
    private void addCoverage() {
        CsvTable panel = ctx.table(InputFiles.LSOA_PANEL, "LSOA11CD", "sicbl22_ods", "icb22_ods", "lad22_code");
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        Map<String, Integer> totals = new HashMap<>();
        Map<String, Integer> mapYears = new HashMap<>();
        for (CsvRow r : panel.rows()) {
            String sicbl = r.code("sicbl22_ods");
            Sicbl s = ctx.sicbls.get(sicbl);
            if (s == null) {
                throw r.error("sicbl22_ods", "sub-ICB location " + sicbl + " is not in " + InputFiles.SICBL_2022);
            }
            String icb = r.code("icb22_ods");
            if (!icb.equals(s.icb())) {
                throw r.error("icb22_ods", "ICB " + icb + " differs from " + s.icb() + ", the ICB of " + sicbl + " in "
                        + InputFiles.SICBL_2022);
            }
            String lad = r.code("lad22_code");
            int[] year = new int[1];
            String utla = ctx.utlaOf(lad, 2022, r, "lad22_code", year);
            mapYears.put(sicbl + "|" + utla, year[0]);
            counts.computeIfAbsent(sicbl, k -> new TreeMap<>()).merge(utla, 1, Integer::sum);
            totals.merge(sicbl, 1, Integer::sum);
        }
        Map<String, Set<String>> icbUtlas = new TreeMap<>();
        for (var e : counts.entrySet()) {
            Sicbl s = ctx.sicbls.get(e.getKey());
            Body b = sicblBodies.get(s.ods());
            for (var u : e.getValue().entrySet()) {
                double share = Generated.round4((double) u.getValue() / totals.get(s.ods()));
                Lifetime life = ctx.lifetime("la-" + u.getKey());
                LocalDate to = s.to();
                String note = "Share of its 2011 LSOAs in this upper-tier area (ONS LSOA to sub-ICB location lookup "
                        + "of July 2022; districts grouped by " + InputFiles.LTLA_UTLA + " "
                        + mapYears.get(s.ods() + "|" + u.getKey()) + ")";
                if (life.to() != null && (to == null || to.isAfter(life.to()))) {
                    to = life.to();
                    note += "; until " + ctx.name("la-" + u.getKey()) + " ended (it is not in the "
                            + InputFiles.UTLA + " lists after " + ctx.utlas.get(u.getKey()).lastYear() + "): "
                            + "the files have no LSOA lookup for the authorities that followed it";
                }
                if (share > 0) {
                    b.rel(new Rel("covers", "la-" + u.getKey(), ICB_START, to, share, note,
                            src(InputFiles.LSOA_PANEL)));
                }
                icbUtlas.computeIfAbsent(s.icb(), k -> new TreeSet<>()).add(u.getKey());
            }
        }
        for (var e : icbUtlas.entrySet()) {
            Body b = icbBodies.get(e.getKey());
            for (String utla : e.getValue()) {
                Lifetime life = ctx.lifetime("hwb-" + utla);
                b.rel(new Rel("member-of", "hwb-" + utla, ICB_START, life.to(), null, "Its sub-ICB locations cover "
                        + "part of this area (ONS LSOA lookup of July 2022); the Health and Wellbeing Board's "
                        + "statutory membership includes the NHS commissioners for its area",
                        src(InputFiles.LSOA_PANEL)));
            }
        }
    }
}
