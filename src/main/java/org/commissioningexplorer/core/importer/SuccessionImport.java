package org.commissioningexplorer.core.importer;

import static org.commissioningexplorer.core.importer.ImportContext.CCG_LAST_DAY;
import static org.commissioningexplorer.core.importer.ImportContext.ICB_START;
import static org.commissioningexplorer.core.importer.ImportContext.src;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commissioningexplorer.core.importer.Generated.Rel;
import org.commissioningexplorer.core.importer.ImportContext.Ccg;
import org.commissioningexplorer.core.importer.ImportContext.Sicbl;
import org.commissioningexplorer.core.model.Period;

/**
 * What followed each CCG: the CCGs that took over its area, or part of it, between two ONS lookups
 * (ccg_successors_by_lsoa.csv), and from 1 July 2022 its sub-ICB locations and ICBs (with ccg_master.csv).
 */
final class SuccessionImport {

    private static final Pattern ICB_SHARE = Pattern.compile("\\s*([A-Za-z0-9]+)\\s*\\((\\d+(?:\\.\\d+)?)%\\)\\s*");

    private final ImportContext ctx;

    SuccessionImport(ImportContext ctx) {
        this.ctx = ctx;
    }

    void add() {
        addIcbSuccessors(addLookupSuccessors());
    }

    /**
     * The successors between consecutive lookups: CCGs, or the sub-ICB locations of July 2022.
     *
     * @return for each CCG, the unrounded share of its area that went to each ICB through its sub-ICB locations
     */
    private Map<String, Map<String, Double>> addLookupSuccessors() {
        LocalDate sicblDate = ctx.subIcbListDate();
        Map<String, Map<String, Double>> icbShares = new HashMap<>();
        for (CsvRow r : ctx.ccgSuccessors().rows()) {
            int fromYear = r.year("from_year");
            int toYear = r.year("to_year");
            LocalDate fromDate = listDate(r, "from_year", fromYear);
            LocalDate toDate = listDate(r, "to_year", toYear);
            if (!toDate.isAfter(fromDate)) {
                throw r.error("to_year", "to_year " + toYear + " is not after from_year " + fromYear);
            }
            Ccg from = ctx.ccg(r, "from_ods_code");
            String toOds = r.code("to_ods_code");
            double share = Generated.round4(r.fraction("share_of_from"));
            String change = r.get("change").trim();
            String step = "ONS lookups of " + Period.format(fromDate) + " and " + Period.format(toDate);
            if (toDate.equals(sicblDate)) {
                Sicbl s = ctx.sicbls.get(toOds);
                if (s == null) {
                    throw r.error("to_ods_code", "sub-ICB location " + toOds + " is not in " + InputFiles.SICBL_2022);
                }
                if (share > 0) {
                    ctx.ccgBodies.get(from.ods()).rel(new Rel("succeeded-by", "sicbl-" + toOds, ICB_START, null, share,
                            "Share of the CCG's 2011 LSOAs in the sub-ICB location's area (" + step + ": " + change
                                    + "); CCGs were replaced by sub-ICB locations of the ICBs on 1 July 2022",
                            src(InputFiles.CCG_SUCCESSORS)));
                }
                icbShares.computeIfAbsent(from.ods(), k -> new TreeMap<>()).merge(s.icb(), r.fraction("share_of_from"),
                        Double::sum);
                continue;
            }
            if (toOds.equals(from.ods()) || share <= 0) {
                continue;
            }
            Ccg to = ctx.ccg(r, "to_ods_code");
            if (from.to().isBefore(toDate)) {
                LocalDate since = from.to().plusDays(1);
                ctx.ccgBodies.get(from.ods()).rel(new Rel("succeeded-by", "ccg-" + to.ods(), since, null, share,
                        "Share of the CCG's 2011 LSOAs that lie in the successor's area (" + step + ": " + change
                                + "); from the day after the CCG closed (ODS)", src(InputFiles.CCG_SUCCESSORS)));
            } else {
                ctx.ccgBodies.get(from.ods()).rel(new Rel("transferred-area-to", "ccg-" + to.ods(), toDate, null, share,
                        "Boundary change between CCGs that both continue: this share of the CCG's 2011 LSOAs lies in "
                                + ctx.name("ccg-" + to.ods()) + "'s area from the lookup of " + Period.format(toDate)
                                + " (" + step + ": " + change + ")", src(InputFiles.CCG_SUCCESSORS)));
            }
        }
        return icbShares;
    }

    private LocalDate listDate(CsvRow r, String column, int year) {
        LocalDate d = ctx.listDateByYear.get(year);
        if (d == null) {
            throw r.error(column, "year " + year + " has no snapshot in " + InputFiles.CCG_LIST
                    + "; expected one of " + ctx.listDateByYear.keySet());
        }
        return d;
    }

    /** The ICBs that took over each CCG that lasted until 30 June 2022. */
    private void addIcbSuccessors(Map<String, Map<String, Double>> icbShares) {
        for (Ccg c : ctx.ccgs.values()) {
            if (c.icbByLsoa() == null || !c.to().equals(CCG_LAST_DAY)) {
                continue;
            }
            Map<String, Double> exact = icbShares.getOrDefault(c.ods(), Map.of());
            for (String part : c.icbByLsoa().split(";")) {
                Matcher m = ICB_SHARE.matcher(part);
                if (!m.matches()) {
                    throw c.row().error("icb_2022_by_lsoa", "column 'icb_2022_by_lsoa' has '" + part.trim()
                            + "'; expected ICB codes with shares, such as 'QOP (87%); QJ2 (13%)'");
                }
                String icb = m.group(1);
                if (!ctx.made("icb-" + icb)) {
                    throw c.row().error("icb_2022_by_lsoa", "ICB " + icb + " is not in " + InputFiles.ICB_2022);
                }
                Double share = exact.get(icb);
                String how = "share of the CCG's 2011 LSOAs in the ICB's area, from " + InputFiles.CCG_SUCCESSORS
                        + " and " + InputFiles.SICBL_2022 + " (" + InputFiles.CCG_MASTER + " gives " + m.group(2)
                        + "%)";
                if (share == null) {
                    share = Double.parseDouble(m.group(2)) / 100;
                    how = "share of the CCG's 2011 LSOAs in the ICB's area (" + InputFiles.CCG_MASTER + ")";
                }
                share = Generated.round4(share);
                if (share <= 0) {
                    continue;
                }
                ctx.ccgBodies.get(c.ods()).rel(new Rel("succeeded-by", "icb-" + icb, ICB_START, null, share,
                        "The ICB took over the CCG's commissioning on 1 July 2022; " + how,
                        src(InputFiles.CCG_MASTER)));
            }
        }
    }
}
