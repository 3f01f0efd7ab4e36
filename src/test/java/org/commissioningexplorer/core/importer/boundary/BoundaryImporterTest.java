package org.commissioningexplorer.core.importer.boundary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.commissioningexplorer.core.geo.Boundaries;
import org.commissioningexplorer.core.geo.BoundaryFiles;
import org.commissioningexplorer.core.geo.GeoArea;
import org.commissioningexplorer.core.geo.GeoLayer;
import org.commissioningexplorer.core.importer.ImportException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code import-boundaries} on four square LSOAs in a row (west to east): two CCGs until 2020, one after; the
 * 2021 districts of the east pair become a 2023 unitary as the Structural Changes Orders say.
 */
class BoundaryImporterTest {

    @TempDir
    Path tmp;

    private static final String[] LSOAS = {"E01000001", "E01000002", "E01000003", "E01000004"};

    private void writeInputs(Path geo, Path nhs, boolean allRows) throws IOException {
        Files.createDirectories(geo);
        Files.createDirectories(nhs);
        StringBuilder json = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
        for (int i = 0; i < 4; i++) {
            double x0 = 1.0 + i * 0.01;
            double x1 = x0 + 0.01;
            json.append(i == 0 ? "" : ",").append("{\"type\":\"Feature\",\"properties\":{\"lsoa11_code\":\"")
                    .append(LSOAS[i]).append("\",\"lsoa11_name\":\"Somewhere 00").append(i + 1)
                    .append("A\"},\"geometry\":{\"type\":\"MultiPolygon\",\"coordinates\":[[[")
                    .append(String.format(java.util.Locale.ROOT, "[%.5f,52.0],[%.5f,52.0],[%.5f,52.01],[%.5f,52.01],"
                            + "[%.5f,52.0]", x0, x1, x1, x0, x0))
                    .append("]]]}}");
        }
        Files.writeString(geo.resolve("lsoa11_england.geojson"), json.append("]}"));
        StringBuilder panel = new StringBuilder("LSOA11CD,ccg15_ods,ccg16_ods,ccg17_ods,ccg18_ods,ccg19_ods,"
                + "ccg20_ods,ccg21_ods,sicbl22_ods,icb22_ods,lad22_code\n");
        for (int i = 0; i < (allRows ? 4 : 3); i++) {
            String ccg = i < 2 ? "06W" : "06V";
            String late = "26A";
            String lad = i < 2 ? "E07000148" : "E07000030";
            panel.append(LSOAS[i]).append(',').append(String.join(",", ccg, ccg, ccg, ccg, ccg, late, late, late,
                    "QMM", lad)).append('\n');
        }
        Files.writeString(nhs.resolve("lsoa11_ccg_panel_2015_2022.csv"), panel);
        StringBuilder lookup = new StringBuilder("year,ltla_code,ltla_name,utla_code,utla_name,origin\n");
        for (int year : new int[] {2018, 2019, 2020, 2021, 2023}) {
            lookup.append(year).append(",E07000148,Norwich,E10000020,Norfolk,test\n");
            if (year != 2023) {
                lookup.append(year).append(",E07000030,Eden,E10000006,Cumbria,test\n");
            }
        }
        Files.writeString(nhs.resolve("ltla_utla_by_year.csv"), lookup);
    }

    @Test
    void dissolvesLsoasIntoAreasOnSharedArcs() throws IOException {
        Path geo = tmp.resolve("geo");
        Path nhs = tmp.resolve("nhs");
        writeInputs(geo, nhs, true);
        BoundaryImporter.Result r = BoundaryImporter.importTo(geo, nhs, tmp.resolve("out"), 0);
        Boundaries b = BoundaryFiles.read(r.file());
        GeoLayer ccgs2019 = b.on(LocalDate.of(2019, 6, 1)).commissioning();
        assertEquals(List.of("06V", "06W"), ccgs2019.areas().stream().map(GeoArea::code).toList());
        assertEquals(List.of("ccg-06W"), ccgs2019.byCode("06W").orElseThrow().bodies());
        assertEquals("06W", ccgs2019.areaAt(1.015, 52.005).orElseThrow().code());
        assertEquals("06V", ccgs2019.areaAt(1.035, 52.005).orElseThrow().code());
        GeoLayer ccgs2020 = b.on(LocalDate.of(2020, 6, 1)).commissioning();
        assertEquals(1, ccgs2020.areas().size());
        assertEquals(b.englandAreaKm2(), ccgs2020.areaKm2(), 0.05);
        assertEquals(b.englandAreaKm2(), ccgs2019.areaKm2(), 0.05);
        // The unitary of 2023 is Eden's part; before, Eden was in Cumbria.
        assertEquals("la-E10000006", b.on(LocalDate.of(2022, 6, 1)).authorities().areaAt(1.035, 52.005)
                .orElseThrow().bodies().get(0));
        assertEquals("la-E06000064", b.on(LocalDate.of(2023, 6, 1)).authorities().areaAt(1.035, 52.005)
                .orElseThrow().bodies().get(0));
        assertEquals(15, r.layers());
        assertTrue(Files.readString(r.file()).contains("\"attribution\":\"Source: Office for National Statistics"));
    }

    @Test
    void theSameInputGivesTheSameBytes() throws IOException {
        Path geo = tmp.resolve("geo");
        Path nhs = tmp.resolve("nhs");
        writeInputs(geo, nhs, true);
        Path one = BoundaryImporter.importTo(geo, nhs, tmp.resolve("a"), BoundaryImporter.TOLERANCE).file();
        Path two = BoundaryImporter.importTo(geo, nhs, tmp.resolve("b"), BoundaryImporter.TOLERANCE).file();
        assertArrayEquals(Files.readAllBytes(one), Files.readAllBytes(two));
    }

    @Test
    void anLsoaWithoutARowNamesTheFileAndTheLsoaAndWritesNothing() throws IOException {
        Path geo = tmp.resolve("geo");
        Path nhs = tmp.resolve("nhs");
        writeInputs(geo, nhs, false);
        Path out = tmp.resolve("out");
        ImportException e = assertThrows(ImportException.class, () -> BoundaryImporter.importTo(geo, nhs, out, 0));
        assertTrue(e.getMessage().contains("lsoa11_ccg_panel_2015_2022.csv"), e.getMessage());
        assertTrue(e.getMessage().contains("LSOA E01000004"), e.getMessage());
        assertTrue(Files.notExists(out.resolve(BoundaryImporter.FILE)));
    }

    @Test
    void badJsonNamesLineAndColumn() throws IOException {
        Path geo = tmp.resolve("geo");
        Path nhs = tmp.resolve("nhs");
        writeInputs(geo, nhs, true);
        Files.writeString(geo.resolve("lsoa11_england.geojson"), "{\"type\":\"FeatureCollection\",\n\"features\":[}");
        ImportException e = assertThrows(ImportException.class,
                () -> BoundaryImporter.importTo(geo, nhs, tmp.resolve("out"), 0));
        assertTrue(e.getMessage().contains("lsoa11_england.geojson:2:"), e.getMessage());
    }
}
