package org.commissioningexplorer.core.importer;

import static org.commissioningexplorer.core.importer.ImportContext.CCG_LAST_DAY;
import static org.commissioningexplorer.core.importer.ImportContext.normaliseName;
import static org.commissioningexplorer.core.importer.ImportContext.src;
import static org.commissioningexplorer.core.importer.ImportContext.titleCase;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.commissioningexplorer.core.importer.Generated.Body;
import org.commissioningexplorer.core.importer.ImportContext.Ccg;
import org.commissioningexplorer.core.model.Period;

/**
 * The CCGs: their ODS codes and lifetimes from ccg_master.csv, their names and ONS codes from the yearly ONS lists
 * in ccg_list_by_year.csv. Their relationships are added by the other families.
 */
final class CcgImport {

    private record ListRow(int year, LocalDate asAt, String ons, String name) {
    }

    private final ImportContext ctx;
    /** Each CCG's rows in the ONS lists, in date order. */
    private final Map<String, List<ListRow>> listByCcg = new HashMap<>();

    CcgImport(ImportContext ctx) {
        this.ctx = ctx;
    }

    void read() {
        readMaster();
        readList();
    }

    private void readMaster() {
        CsvTable t = ctx.table(InputFiles.CCG_MASTER, "ods_code", "ons_name_first_seen", "ods_name_latest",
                "ods_open_date", "ods_close_date", "icb_2022_by_lsoa");
        for (CsvRow r : t.rows()) {
            String ods = r.code("ods_code");
            LocalDate open = r.odsDate("ods_open_date");
            if (open == null) {
                throw r.error("ods_open_date", "column 'ods_open_date' is empty; expected the CCG's ODS open date "
                        + "as YYYYMMDD");
            }
            LocalDate close = r.odsDate("ods_close_date");
            if (close != null && close.isBefore(open)) {
                throw r.error("ods_close_date", "column 'ods_close_date' (" + close + ") is before ods_open_date ("
                        + open + ")");
            }
            LocalDate to = close == null || close.isAfter(CCG_LAST_DAY) ? CCG_LAST_DAY : close;
            if (ctx.ccgs.containsKey(ods)) {
                throw r.error("ods_code", "CCG " + ods + " is listed twice; each ODS code needs one row");
            }
            ctx.ccgs.put(ods, new Ccg(ods, r, open, to, close == null, r.optional("ods_name_latest"),
                    r.optional("icb_2022_by_lsoa")));
        }
    }

    private void readList() {
        CsvTable t = ctx.table(InputFiles.CCG_LIST, "year", "as_at", "org_type", "ons_code", "ods_code", "name");
        for (CsvRow r : t.rows()) {
            int year = r.year("year");
            LocalDate asAt = r.isoDate("as_at");
            LocalDate earlier = ctx.listDateByYear.putIfAbsent(year, asAt);
            if (earlier != null && !earlier.equals(asAt)) {
                throw r.error("as_at", "column 'as_at' is " + asAt + " but other rows of " + year + " say " + earlier
                        + "; one year has one snapshot date");
            }
            String type = r.required("org_type", "CCG or Sub-ICB location");
            String ods = r.code("ods_code");
            if (type.equals("CCG")) {
                ctx.ccg(r, "ods_code"); // only to check that ccg_master.csv has it
                ctx.ccgListDates.add(asAt);
                listByCcg.computeIfAbsent(ods, k -> new ArrayList<>())
                        .add(new ListRow(year, asAt, r.code("ons_code"), r.required("name", "the CCG's name")));
            } else if (!type.equalsIgnoreCase("Sub-ICB location")) {
                throw r.error("org_type", "column 'org_type' is '" + type + "'; expected CCG or Sub-ICB location");
            }
        }
        listByCcg.values().forEach(l -> l.sort((a, b) -> a.asAt().compareTo(b.asAt())));
    }

    /** Builds and registers the CCGs' bodies; runs once the sub-ICB locations are read, for the end facts. */
    void buildBodies() {
        for (Ccg c : ctx.ccgs.values()) {
            ctx.ccgBodies.put(c.ods(), body(c));
        }
    }

    private Body body(Ccg c) {
        List<ListRow> rows = listByCcg.getOrDefault(c.ods(), List.of());
        String name = null;
        for (ListRow lr : rows) {
            if (lr.name().toUpperCase(Locale.ROOT).endsWith(" CCG")) {
                name = lr.name();
            }
        }
        if (name == null && c.odsName() != null && c.odsName().toUpperCase(Locale.ROOT).endsWith(" CCG")) {
            name = titleCase(c.odsName());
        }
        if (name == null) {
            name = rows.isEmpty() ? c.row().required("ons_name_first_seen", "the CCG's name")
                    : rows.get(rows.size() - 1).name();
        }
        Body b = new Body("ccg-" + c.ods(), name, "ccg").period(c.from(), c.to());
        b.parent = "nhs-england";
        b.source(src(InputFiles.CCG_MASTER)).source(src(InputFiles.CCG_LIST));
        ctx.register(b.id, c.from(), c.to(), name);
        Set<String> seen = new LinkedHashSet<>();
        seen.add(normaliseName(name));
        for (ListRow lr : rows) {
            if (seen.add(normaliseName(lr.name()))) {
                b.formerNames.add(lr.name());
            }
        }
        b.code("ODS", c.ods(), c.from(), c.to());
        // ONS codes: one per run of snapshots with the same code; the first from the CCG's start.
        String current = null;
        LocalDate since = null;
        for (ListRow lr : rows) {
            if (!lr.ons().equals(current)) {
                if (current != null) {
                    b.code("ONS", current, since, lr.asAt().minusDays(1));
                }
                since = current == null ? c.from() : lr.asAt();
                current = lr.ons();
            }
        }
        if (current != null) {
            b.code("ONS", current, since, c.to());
        }
        b.summary = name + ", a Clinical Commissioning Group (ODS " + c.ods() + ") from " + Period.format(c.from())
                + " to " + Period.format(c.to()) + ".";
        if (!rows.isEmpty()) {
            List<String> years = rows.stream().map(lr -> Integer.toString(lr.year())).toList();
            b.fact("In the ONS CCG lists of", Timeline.and(years), src(InputFiles.CCG_LIST));
        }
        if (c.noOdsCloseDate()) {
            boolean hasSicbl = ctx.sicbls.containsKey(c.ods());
            b.fact("End", "ODS gives no close date for " + c.ods() + (hasSicbl
                    ? ": the code stayed open for the sub-ICB location that replaced the CCG on 1 July 2022, so the "
                    + "CCG is taken to have ended on 30 June 2022"
                    : "; CCGs were replaced on 1 July 2022, so the CCG is taken to have ended on 30 June 2022"),
                    src(InputFiles.CCG_MASTER));
        }
        if (c.icbByLsoa() == null && !c.to().equals(CCG_LAST_DAY) && !EarlyMergers.isPredecessor(c.ods())) {
            b.fact("Successor", "The files give none: the ONS LSOA lookups they are built from start in 2015, after "
                    + "this CCG closed (" + InputFiles.CCG_MASTER + ")", src(InputFiles.CCG_MASTER));
        }
        return b;
    }
}
