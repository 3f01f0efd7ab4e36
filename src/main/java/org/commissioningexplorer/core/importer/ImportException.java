package org.commissioningexplorer.core.importer;

/**
 * Bad input that stops an import: a file that is missing or malformed, a row that does not parse, or a code
 * that refers to nothing. The message names the file and line (and the column where one is at fault), as
 * {@code FILE:LINE:COLUMN: message} or {@code FILE:LINE: message}, like the dataset validator's messages.
 */
public final class ImportException extends RuntimeException {

    private final String file;
    private final int line;
    private final int column;
    private final String detail;

    /**
     * @param line   1-based line, or 0 when the problem is with the file as a whole
     * @param column 1-based character column, or 0 when the problem is with the whole line
     */
    public ImportException(String file, int line, int column, String detail) {
        super(format(file, line, column, detail));
        this.file = file;
        this.line = line;
        this.column = column;
        this.detail = detail;
    }

    public static ImportException ofFile(String file, String detail) {
        return new ImportException(file, 0, 0, detail);
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** The message without the position. */
    public String detail() {
        return detail;
    }

    private static String format(String file, int line, int column, String detail) {
        StringBuilder s = new StringBuilder(file);
        if (line > 0) {
            s.append(':').append(line);
            if (column > 0) {
                s.append(':').append(column);
            }
        }
        return s.append(": ").append(detail).toString();
    }
}
