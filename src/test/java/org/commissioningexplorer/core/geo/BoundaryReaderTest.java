package org.commissioningexplorer.core.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoundaryReaderTest {

    static Boundaries twoSquares() throws IOException {
        try (InputStream in = BoundaryReaderTest.class.getResourceAsStream("/geo/two-squares.topojson")) {
            return BoundaryReader.read(in, "two-squares.topojson");
        }
    }

    @Test
    void readsLayersDatesAndSharedArcs() throws IOException {
        Boundaries b = twoSquares();
        assertEquals(List.of("ccg-2019", "icb-2022", "utla-2013"), b.layers().stream().map(GeoLayer::id).toList(),
                "a layer of a kind this version does not know is left out");
        GeoLayer ccgs = b.layer("ccg-2019").orElseThrow();
        assertEquals(LocalDate.of(2020, 3, 31), ccgs.to());
        assertNull(b.layer("icb-2022").orElseThrow().to());
        GeoArea norwich = ccgs.byCode("06W").orElseThrow();
        GeoArea other = ccgs.byCode("06V").orElseThrow();
        assertEquals(List.of("ccg-06W"), norwich.bodies());
        assertEquals("A note.", other.note());
        assertTrue(norwich.contains(1.3, 52.6));
        assertFalse(norwich.contains(1.5, 52.6));
        assertTrue(other.contains(1.5, 52.6));
        assertEquals("06W", ccgs.areaAt(1.3, 52.6).orElseThrow().code());
        assertTrue(ccgs.areaAt(1.7, 52.6).isEmpty());
        // The shared arc is drawn once each way: the two halves add up to the whole, with no gap or overlap.
        double whole = b.layer("utla-2013").orElseThrow().areaKm2();
        assertEquals(whole, norwich.areaKm2() + other.areaKm2(), whole * 1e-9);
        assertEquals(5, norwich.points(), "4 corners and the closing point: the arcs' shared ends are not repeated");
        assertTrue(whole > 100 && whole < 1000, "about 27 km by 17 km: " + whole);
    }

    @Test
    void picksTheLayersOfADate() throws IOException {
        Boundaries b = twoSquares();
        Boundaries.OnDate d2019 = b.on(LocalDate.of(2019, 6, 1));
        assertEquals("ccg-2019", d2019.commissioning().id());
        assertFalse(d2019.icbs());
        assertEquals("utla-2013", d2019.authorities().id());
        Boundaries.OnDate d2023 = b.on(LocalDate.of(2023, 6, 1));
        assertEquals("icb-2022", d2023.commissioning().id());
        assertTrue(d2023.icbs());
        assertNull(b.on(LocalDate.of(2021, 1, 1)).commissioning());
        assertEquals(List.of(LocalDate.of(2013, 4, 1), LocalDate.of(2019, 4, 1), LocalDate.of(2022, 7, 1)),
                b.changeDates());
    }

    @Test
    void badFilesAreNamedWithLineAndColumn() {
        IOException notTopology = assertThrows(IOException.class, () -> read("{\"type\":\"FeatureCollection\"}"));
        assertTrue(notTopology.getMessage().startsWith("f.json:1:"), notTopology.getMessage());
        assertTrue(notTopology.getMessage().contains("expected \"Topology\""), notTopology.getMessage());
        IOException broken = assertThrows(IOException.class, () -> read("{\"type\":\"Topology\",\n\"arcs\":[[[1,2],"));
        assertTrue(broken.getMessage().startsWith("f.json:2:"), broken.getMessage());
        IOException noLayers = assertThrows(IOException.class, () -> read("{\"type\":\"Topology\",\"objects\":{}}"));
        assertTrue(noLayers.getMessage().contains("metadata.layers"), noLayers.getMessage());
        IOException badArc = assertThrows(IOException.class, () -> read("{\"type\":\"Topology\",\"arcs\":[],"
                + "\"metadata\":{\"layers\":[{\"id\":\"a\",\"kind\":\"ccg\",\"from\":\"2019-04-01\"}]},"
                + "\"objects\":{\"a\":{\"geometries\":[{\"type\":\"Polygon\",\"id\":\"X\",\"arcs\":[[0]]}]}}}"));
        assertTrue(badArc.getMessage().contains("area 'X' uses arc 0, but the file has 0 arcs"), badArc.getMessage());
        IOException badDate = assertThrows(IOException.class, () -> read("{\"type\":\"Topology\",\"arcs\":[],"
                + "\"metadata\":{\"layers\":[{\"id\":\"a\",\"kind\":\"ccg\",\"from\":\"April\"}]},"
                + "\"objects\":{\"a\":{\"geometries\":[]}}}"));
        assertTrue(badDate.getMessage().contains("'from' is 'April'"), badDate.getMessage());
    }

    private static Boundaries read(String json) throws IOException {
        return BoundaryReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "f.json");
    }
}
