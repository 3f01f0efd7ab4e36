package org.commissioningexplorer.core.data;

import java.util.ArrayList;
import java.util.List;

/** Collects problems while a dataset is read, so that all of them can be reported at once. */
final class Problems {

    private final List<Problem> list = new ArrayList<>();

    void error(Position at, String message) {
        list.add(new Problem(Problem.Severity.ERROR, at, message));
    }

    void warning(Position at, String message) {
        list.add(new Problem(Problem.Severity.WARNING, at, message));
    }

    List<Problem> list() {
        return list;
    }

    boolean hasErrors() {
        return list.stream().anyMatch(Problem::isError);
    }
}
