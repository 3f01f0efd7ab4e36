package org.commissioningexplorer.core.data;

/** Where something is in a dataset file, 1-based, as editors count. */
public record Position(String file, int line, int column) {

    /** A problem with the file as a whole (cannot be read at all). */
    public static Position ofFile(String file) {
        return new Position(file, 1, 1);
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
