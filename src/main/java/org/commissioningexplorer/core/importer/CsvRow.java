package org.commissioningexplorer.core.importer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One data row of a {@link CsvTable}: the line it starts on and its fields by column name. The typed
 * accessors throw an {@link ImportException} that names the file, line, column and what was expected.
 */
public final class CsvRow {

    private static final Pattern ODS_DATE = Pattern.compile("\\d{8}");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9]+");

    private final CsvTable table;
    private final int line;
    private final List<String> fields;
    private final int[] lines;
    private final int[] columns;

    CsvRow(CsvTable table, int line, List<String> fields, int[] lines, int[] columns) {
        this.table = table;
        this.line = line;
        this.fields = List.copyOf(fields);
        this.lines = lines;
        this.columns = columns;
    }

    /** The 1-based line the row starts on. */
    public int line() {
        return line;
    }

    public String file() {
        return table.file();
    }

    /** The field in a column, as written (possibly empty). */
    public String get(String column) {
        return fields.get(table.indexOf(column));
    }

    /** The field, trimmed; an error if it is empty. */
    public String required(String column, String expected) {
        String v = get(column).trim();
        if (v.isEmpty()) {
            throw error(column, "column '" + column + "' is empty; expected " + expected);
        }
        return v;
    }

    /** The field trimmed, or null when empty. */
    public String optional(String column) {
        String v = get(column).trim();
        return v.isEmpty() ? null : v;
    }

    /** An ODS or ONS code (letters and digits), required. */
    public String code(String column) {
        String v = required(column, "a code of letters and digits");
        return checkCode(column, v);
    }

    /** An ODS or ONS code, or null when the field is empty. */
    public String optionalCode(String column) {
        String v = optional(column);
        return v == null ? null : checkCode(column, v);
    }

    private String checkCode(String column, String v) {
        if (!CODE.matcher(v).matches()) {
            throw error(column, "column '" + column + "' is '" + v + "', which is not a code; expected letters and "
                    + "digits only (such as 06W or E38000131)");
        }
        return v;
    }

    /** A date written YYYYMMDD as in ODS files, or null when the field is empty. */
    public LocalDate odsDate(String column) {
        String v = optional(column);
        if (v == null) {
            return null;
        }
        if (!ODS_DATE.matcher(v).matches()) {
            throw error(column, "column '" + column + "' is '" + v + "', which is not a date: expected 8 digits "
                    + "YYYYMMDD, such as 20130401");
        }
        return date(column, v, Integer.parseInt(v.substring(0, 4)), Integer.parseInt(v.substring(4, 6)),
                Integer.parseInt(v.substring(6, 8)), "YYYYMMDD");
    }

    /** A date written YYYY-MM-DD, required. */
    public LocalDate isoDate(String column) {
        String v = required(column, "a date written YYYY-MM-DD");
        if (!ISO_DATE.matcher(v).matches()) {
            throw error(column, "column '" + column + "' is '" + v + "', which is not a date: expected YYYY-MM-DD, "
                    + "such as 2017-04-01");
        }
        return date(column, v, Integer.parseInt(v.substring(0, 4)), Integer.parseInt(v.substring(5, 7)),
                Integer.parseInt(v.substring(8, 10)), "YYYY-MM-DD");
    }

    private LocalDate date(String column, String v, int y, int m, int d, String format) {
        if (m < 1 || m > 12) {
            throw error(column, "column '" + column + "' is '" + v + "', which is not a real date: month " + m
                    + " does not exist; expected " + format);
        }
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            int days = Month.of(m).length(java.time.Year.isLeap(y));
            throw error(column, "column '" + column + "' is '" + v + "', which is not a real date: "
                    + Month.of(m).getDisplayName(TextStyle.FULL, Locale.UK) + " " + y + " has " + days
                    + " days; expected " + format);
        }
    }

    /** A whole number, required. */
    public int integer(String column) {
        String v = required(column, "a whole number");
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw error(column, "column '" + column + "' is '" + v + "', which is not a whole number");
        }
    }

    /** A year such as 2017, required. */
    public int year(String column) {
        String v = required(column, "a year such as 2017");
        if (!v.matches("\\d{4}")) {
            throw error(column, "column '" + column + "' is '" + v + "', which is not a year; expected 4 digits "
                    + "such as 2017");
        }
        return Integer.parseInt(v);
    }

    /** A fraction from 0 to 1, required. */
    public double fraction(String column) {
        String v = required(column, "a number from 0 to 1");
        double d;
        try {
            d = Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw error(column, "column '" + column + "' is '" + v + "', which is not a number; expected a "
                    + "fraction from 0 to 1 such as 0.0548");
        }
        if (!(d >= 0 && d <= 1)) {
            throw error(column, "column '" + column + "' is " + v + "; expected a fraction from 0 to 1");
        }
        return d;
    }

    /** An error about one field of this row. */
    public ImportException error(String column, String message) {
        int i = table.indexOf(column);
        return new ImportException(table.file(), lines[i], columns[i], message);
    }

    /** An error about the row as a whole. */
    public ImportException error(String message) {
        return new ImportException(table.file(), line, 0, message);
    }
}
