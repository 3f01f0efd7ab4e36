package org.commissioningexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class WhereCommandTest {

    @Test
    void readsLongitudeFirstWithCommaOrSpace() {
        WhereCommand.Point p = WhereCommand.parse(List.of("1.2974,52.6309"));
        assertNull(p.error());
        assertEquals(1.2974, p.lon());
        assertEquals(52.6309, p.lat());
        assertFalse(p.swapped());
        WhereCommand.Point spaced = WhereCommand.parse(List.of("-5.0510,", "50.2632"));
        assertEquals(-5.0510, spaced.lon());
        assertEquals(50.2632, spaced.lat());
    }

    @Test
    void seesLatitudeFirstAsMapSitesGiveIt() {
        WhereCommand.Point p = WhereCommand.parse(List.of("52.6309, 1.2974"));
        assertTrue(p.swapped());
        assertEquals(1.2974, p.lon());
        assertEquals(52.6309, p.lat());
    }

    @Test
    void badPointsSayWhatToGive() {
        assertTrue(WhereCommand.parse(List.of()).error().contains("LON,LAT"));
        assertTrue(WhereCommand.parse(List.of("norwich")).error().contains("LON,LAT"));
        assertTrue(WhereCommand.parse(List.of("east,north")).error().contains("two decimal numbers"));
        assertTrue(WhereCommand.parse(List.of("200,10")).error().contains("not a point on Earth"));
        assertTrue(WhereCommand.parse(List.of("1,2,3")).error().contains("LON,LAT"));
    }
}
