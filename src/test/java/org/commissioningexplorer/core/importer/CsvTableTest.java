package org.commissioningexplorer.core.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTableTest {

    @Test
    void quotedFieldsHoldCommasDoubledQuotesAndLineBreaks() {
        CsvTable t = CsvTable.parse("t.csv", "\uFEFFcode,name,open\r\n"
                + "00D,\"NHS Durham Dales, Easington and Sedgefield CCG\",20130401\r\n"
                + "Q87,\"NHS ENGLAND \"\"SOUTH EAST\"\"\",\r\n"
                + "X1,\"two\nlines\",20200401\n"
                + "\n"
                + "X2,last,20210401");
        assertEquals(List.of("code", "name", "open"), t.header());
        List<CsvRow> rows = t.rows();
        assertEquals(4, rows.size());
        assertEquals("NHS Durham Dales, Easington and Sedgefield CCG", rows.get(0).get("name"));
        assertEquals(2, rows.get(0).line());
        assertEquals("NHS ENGLAND \"SOUTH EAST\"", rows.get(1).get("name"));
        assertEquals("", rows.get(1).get("open"));
        assertEquals(null, rows.get(1).odsDate("open"));
        assertEquals("two\nlines", rows.get(2).get("name"));
        assertEquals(4, rows.get(2).line());
        assertEquals(7, rows.get(3).line(), "a record after a quoted line break and an empty line keeps its real line");
        assertEquals(LocalDate.of(2021, 4, 1), rows.get(3).odsDate("open"));
    }

    @Test
    void aRowWithTheWrongNumberOfFieldsNamesFileAndLine() {
        ImportException e = assertThrows(ImportException.class,
                () -> CsvTable.parse("ccg_master.csv", "a,b,c\n1,2,3\n1,2\n"));
        assertEquals("ccg_master.csv", e.file());
        assertEquals(3, e.line());
        assertTrue(e.getMessage().startsWith("ccg_master.csv:3: the row has 2 fields but the header has 3 (a, b, c)"),
                e.getMessage());
    }

    @Test
    void badQuotingIsReportedWhereItIs() {
        ImportException open = assertThrows(ImportException.class,
                () -> CsvTable.parse("f.csv", "a,b\n1,\"never closed\n2,3\n"));
        assertEquals("f.csv:2:3: the quoted field that starts here has no closing double quote", open.getMessage());
        ImportException after = assertThrows(ImportException.class,
                () -> CsvTable.parse("f.csv", "a,b\n1,\"x\"y\n"));
        assertTrue(after.getMessage().startsWith("f.csv:2:6: unexpected 'y' after the closing double quote"),
                after.getMessage());
        ImportException inside = assertThrows(ImportException.class, () -> CsvTable.parse("f.csv", "a,b\n1,x\"y\n"));
        assertTrue(inside.getMessage().startsWith("f.csv:2:4: a double quote inside an unquoted field"),
                inside.getMessage());
    }

    @Test
    void aMissingOrRepeatedHeaderIsAnError() {
        CsvTable t = CsvTable.parse("f.csv", "ods_code,name\n06W,x\n");
        ImportException e = assertThrows(ImportException.class, () -> t.require("ods_code", "ods_open_date"));
        assertEquals("f.csv:1: missing column 'ods_open_date': the header has ods_code, name; expected a column named "
                + "'ods_open_date'", e.getMessage());
        ImportException twice = assertThrows(ImportException.class, () -> CsvTable.parse("f.csv", "a,b,a\n1,2,3\n"));
        assertTrue(twice.getMessage().startsWith("f.csv:1:5: column 'a' appears twice"), twice.getMessage());
    }

    @Test
    void datesAreCheckedAndErrorsNameTheColumn() {
        CsvTable t = CsvTable.parse("f.csv", "code,open,as_at\n06W,2013041,2013-13-01\n06Y,20190230,2017-04-01\n");
        CsvRow r = t.require("open", "as_at").rows().get(0);
        ImportException short8 = assertThrows(ImportException.class, () -> r.odsDate("open"));
        assertEquals("f.csv:2:5: column 'open' is '2013041', which is not a date: expected 8 digits YYYYMMDD, such as "
                + "20130401", short8.getMessage());
        ImportException month = assertThrows(ImportException.class, () -> r.isoDate("as_at"));
        assertEquals("f.csv:2:13: column 'as_at' is '2013-13-01', which is not a real date: month 13 does not exist; "
                + "expected YYYY-MM-DD", month.getMessage());
        CsvRow r2 = t.rows().get(1);
        ImportException feb = assertThrows(ImportException.class, () -> r2.odsDate("open"));
        assertTrue(feb.getMessage().contains("February 2019 has 28 days"), feb.getMessage());
        assertEquals(LocalDate.of(2017, 4, 1), r2.isoDate("as_at"));
    }

    @Test
    void codesAndNumbersAreChecked() {
        CsvTable t = CsvTable.parse("f.csv", "code,share,n\n06 W,1.5,x\n").require("code", "share", "n");
        CsvRow r = t.rows().get(0);
        assertTrue(assertThrows(ImportException.class, () -> r.code("code")).getMessage()
                .contains("'06 W', which is not a code"));
        assertTrue(assertThrows(ImportException.class, () -> r.fraction("share")).getMessage()
                .contains("expected a fraction from 0 to 1"));
        assertTrue(assertThrows(ImportException.class, () -> r.integer("n")).getMessage()
                .contains("not a whole number"));
    }
}
