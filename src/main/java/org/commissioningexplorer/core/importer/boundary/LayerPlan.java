package org.commissioningexplorer.core.importer.boundary;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.commissioningexplorer.core.importer.CsvRow;
import org.commissioningexplorer.core.importer.CsvTable;
import org.commissioningexplorer.core.importer.ImportException;

/**
 * Which area each LSOA belongs to in each layer of the boundary file: the CCGs of each year from
 * {@code lsoa11_ccg_panel_2015_2022.csv} (2013–14 as 2015, with Newcastle Gateshead's three predecessors as
 * one area), the sub-ICB locations and ICBs of July 2022 from the same file, and the upper-tier authorities
 * of each era from the LSOA's 2022 district and {@code ltla_utla_by_year.csv}.
 */
final class LayerPlan {

    static final String PANEL = "lsoa11_ccg_panel_2015_2022.csv";
    static final String AUTHORITIES = "ltla_utla_by_year.csv";

    /** NHS Newcastle Gateshead CCG, formed on 1 April 2015 from the three below. */
    static final String NEWCASTLE_GATESHEAD = "13T";
    static final String NEWCASTLE_GATESHEAD_BEFORE = "00F+00G+00H";
    static final String NEWCASTLE_GATESHEAD_NOTE = "NHS Gateshead (00F), NHS Newcastle North and East (00G) and "
            + "NHS Newcastle West (00H) are drawn as one area: they merged into NHS Newcastle Gateshead CCG (13T) on "
            + "1 April 2015, and the LSOA lookup starts in 2015, so the line between them is not in the data.";

    /**
     * The unitary authorities of 1 April 2023, as unions of the districts they replaced: the Cumbria, the North
     * Yorkshire and the Somerset (Structural Changes) Orders 2022. A 2022 district's code, or a 2021 county's.
     */
    static final Map<String, String> UNITARIES_2023 = Map.of(
            "E07000026", "E06000063", // Allerdale → Cumberland
            "E07000028", "E06000063", // Carlisle
            "E07000029", "E06000063", // Copeland
            "E07000027", "E06000064", // Barrow-in-Furness → Westmorland and Furness
            "E07000030", "E06000064", // Eden
            "E07000031", "E06000064", // South Lakeland
            "E10000023", "E06000065", // North Yorkshire County Council's districts → North Yorkshire Council
            "E10000027", "E06000066"); // Somerset County Council's districts → Somerset Council

    /** One area of a layer: its code, the dataset bodies it is, and what the drawing leaves out. */
    record AreaSpec(String code, List<String> bodies, String note) {
    }

    /**
     * One layer: {@code areaOf[i]} is the index in {@code areas} of the area LSOA {@code i} is in.
     *
     * @param to last day, or null while it holds
     */
    record LayerSpec(String id, String kind, LocalDate from, LocalDate to, String note, int[] areaOf,
            List<AreaSpec> areas) {
    }

    private LayerPlan() {
    }

    static List<LayerSpec> make(List<LsoaShapes.Lsoa> lsoas, Path nhsDir, String shownDir) {
        CsvTable panel = CsvTable.read(nhsDir.resolve(PANEL), shownDir + "/" + PANEL)
                .require("LSOA11CD", "ccg15_ods", "ccg21_ods", "sicbl22_ods", "icb22_ods", "lad22_code");
        CsvTable lookup = CsvTable.read(nhsDir.resolve(AUTHORITIES), shownDir + "/" + AUTHORITIES)
                .require("year", "ltla_code", "ltla_name", "utla_code");
        Map<String, CsvRow> rows = new HashMap<>();
        for (CsvRow r : panel.rows()) {
            rows.put(r.code("LSOA11CD"), r);
        }
        List<CsvRow> byLsoa = new ArrayList<>();
        for (LsoaShapes.Lsoa l : lsoas) {
            CsvRow r = rows.get(l.code());
            if (r == null) {
                throw ImportException.ofFile(panel.file(), "LSOA " + l.code() + " (" + l.name()
                        + ") has a boundary but no row; every LSOA of the boundary file needs one");
            }
            byLsoa.add(r);
        }
        List<LayerSpec> layers = new ArrayList<>();
        layers.add(layer("ccg-2013", "ccg", LocalDate.of(2013, 4, 1), LocalDate.of(2015, 3, 31),
                "The CCGs of 2013–14 drawn with the LSOA lookup of April 2015; "
                        + "Newcastle Gateshead's three predecessors as one area.",
                byLsoa, r -> r.code("ccg15_ods"), LayerPlan::ccg2013));
        for (int y = 2015; y <= 2021; y++) {
            String column = "ccg" + (y % 100) + "_ods";
            layers.add(layer("ccg-" + y, "ccg", LocalDate.of(y, 4, 1),
                    y == 2021 ? LocalDate.of(2022, 6, 30) : LocalDate.of(y + 1, 3, 31), null,
                    byLsoa, r -> r.code(column), code -> area("ccg-", code)));
        }
        String july2022 = "Areas as at 1 July 2022 (the ONS LSOA lookup); a later change of boundary is not recorded here.";
        layers.add(layer("sicbl-2022", "sicbl", LocalDate.of(2022, 7, 1), null, july2022,
                byLsoa, r -> r.code("sicbl22_ods"), code -> area("sicbl-", code)));
        layers.add(layer("icb-2022", "icb", LocalDate.of(2022, 7, 1), null, july2022,
                byLsoa, r -> r.code("icb22_ods"), code -> area("icb-", code)));
        Authorities authorities = new Authorities(lookup);
        String note2018 = "Upper-tier authorities as in the ONS lookup of 2018.";
        layers.add(utla("utla-2013", LocalDate.of(2013, 4, 1), LocalDate.of(2019, 3, 31), note2018, 2018,
                lsoas, byLsoa, authorities));
        layers.add(utla("utla-2019", LocalDate.of(2019, 4, 1), LocalDate.of(2020, 3, 31), null, 2019,
                lsoas, byLsoa, authorities));
        layers.add(utla("utla-2020", LocalDate.of(2020, 4, 1), LocalDate.of(2021, 3, 31), null, 2020,
                lsoas, byLsoa, authorities));
        layers.add(utla("utla-2021", LocalDate.of(2021, 4, 1), LocalDate.of(2023, 3, 31), null, 2021,
                lsoas, byLsoa, authorities));
        layers.add(utla("utla-2023", LocalDate.of(2023, 4, 1), null,
                "Cumberland, Westmorland and Furness, North Yorkshire and Somerset drawn as the unions of the districts "
                        + "they replaced (the Structural Changes Orders 2022).", 2023, lsoas, byLsoa, authorities));
        return layers;
    }

    private static AreaSpec ccg2013(String code) {
        return code.equals(NEWCASTLE_GATESHEAD)
                ? new AreaSpec(NEWCASTLE_GATESHEAD_BEFORE, List.of("ccg-00F", "ccg-00G", "ccg-00H"),
                        NEWCASTLE_GATESHEAD_NOTE)
                : area("ccg-", code);
    }

    private static AreaSpec area(String prefix, String code) {
        return new AreaSpec(code, List.of(prefix + code), null);
    }

    private static LayerSpec layer(String id, String kind, LocalDate from, LocalDate to, String note,
            List<CsvRow> byLsoa, Function<CsvRow, String> codeOf, Function<String, AreaSpec> areaOf) {
        List<String> codes = new ArrayList<>();
        for (CsvRow r : byLsoa) {
            codes.add(codeOf.apply(r));
        }
        return spec(id, kind, from, to, note, codes, areaOf);
    }

    private static LayerSpec utla(String id, LocalDate from, LocalDate to, String note, int year,
            List<LsoaShapes.Lsoa> lsoas, List<CsvRow> byLsoa, Authorities authorities) {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < lsoas.size(); i++) {
            codes.add(authorities.upperTier(year, lsoas.get(i), byLsoa.get(i)));
        }
        return spec(id, "utla", from, to, note, codes, code -> area("la-", code));
    }

    private static LayerSpec spec(String id, String kind, LocalDate from, LocalDate to, String note,
            List<String> codes, Function<String, AreaSpec> areaOf) {
        TreeMap<String, AreaSpec> areas = new TreeMap<>();
        for (String c : codes) {
            areas.computeIfAbsent(c, areaOf);
        }
        Map<String, Integer> index = new HashMap<>();
        List<AreaSpec> list = new ArrayList<>(areas.values());
        int k = 0;
        for (String c : areas.keySet()) {
            index.put(c, k++);
        }
        int[] areaOf2 = new int[codes.size()];
        for (int i = 0; i < codes.size(); i++) {
            areaOf2[i] = index.get(codes.get(i));
        }
        return new LayerSpec(id, kind, from, to, note, areaOf2, List.copyOf(list));
    }

    /** The upper-tier authority of a district in each year of {@code ltla_utla_by_year.csv}. */
    private static final class Authorities {
        private final Map<Integer, Map<String, String>> byCode = new HashMap<>();
        private final Map<Integer, Map<String, String>> byName = new HashMap<>();
        private final String file;

        Authorities(CsvTable lookup) {
            file = lookup.file();
            for (CsvRow r : lookup.rows()) {
                int year = r.year("year");
                byCode.computeIfAbsent(year, y -> new HashMap<>()).put(r.code("ltla_code"), r.code("utla_code"));
                byName.computeIfAbsent(year, y -> new HashMap<>()).put(r.required("ltla_name", "a district's name"),
                        r.code("utla_code"));
            }
        }

        /**
         * The LSOA's 2022 district if the year lists it; for 2023, the Structural Changes Orders; otherwise the
         * district the LSOA was named after in 2011 (its name is "DISTRICT 001A"), as that year lists it.
         */
        String upperTier(int year, LsoaShapes.Lsoa lsoa, CsvRow row) {
            Map<String, String> codes = byCode.get(year);
            if (codes == null) {
                throw ImportException.ofFile(file, "has no rows for " + year + "; the boundary import needs the "
                        + "years 2018, 2019, 2020, 2021 and 2023");
            }
            String district = row.code("lad22_code");
            String utla = codes.get(district);
            if (utla != null) {
                return utla;
            }
            if (year == 2023) {
                String unitary = UNITARIES_2023.get(district);
                if (unitary == null) {
                    unitary = UNITARIES_2023.get(upperTier(2021, lsoa, row));
                }
                if (unitary != null) {
                    return unitary;
                }
            }
            String name = lsoa.name().replaceFirst("\\s+\\d{3}[A-Z]$", "");
            utla = byName.get(year).get(name);
            if (utla == null) {
                throw new ImportException(row.file(), row.line(), 0, "LSOA " + lsoa.code() + " (" + lsoa.name()
                        + "): its district " + district + " is not in " + file + " for " + year
                        + ", nor is a district named '" + name + "'; add the district's row for " + year);
            }
            return utla;
        }
    }
}
