package org.commissioningexplorer.core.data;

import java.util.List;
import java.util.Optional;
import org.commissioningexplorer.core.model.Dataset;

/** The outcome of loading: a dataset when there were no errors, and every problem found either way. */
public record LoadResult(Optional<Dataset> dataset, List<Problem> problems) {

    public LoadResult {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return dataset.isPresent();
    }

    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }

    public List<Problem> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }
}
