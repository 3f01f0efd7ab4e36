package org.commissioningexplorer.core.data;

import java.util.Comparator;

/** Something wrong in a dataset: an error stops it loading, a warning does not. */
public record Problem(Severity severity, Position position, String message) {

    public enum Severity { ERROR, WARNING }

    public static final Comparator<Problem> IN_FILE_ORDER = Comparator
            .comparing((Problem p) -> p.position().file())
            .thenComparingInt(p -> p.position().line())
            .thenComparingInt(p -> p.position().column());

    /** Errors first, then warnings; each in file order. How validate and the window list them. */
    public static final Comparator<Problem> ERRORS_FIRST = Comparator
            .comparing((Problem p) -> p.isError() ? 0 : 1).thenComparing(IN_FILE_ORDER);

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code FILE:LINE:COLUMN: message}, warnings marked as such. */
    public String format() {
        return position + ": " + (isError() ? "" : "warning: ") + message;
    }

    @Override
    public String toString() {
        return format();
    }
}
