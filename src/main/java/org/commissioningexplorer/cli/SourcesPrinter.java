package org.commissioningexplorer.cli;

import java.io.PrintStream;
import org.commissioningexplorer.core.model.Dataset;
import org.commissioningexplorer.core.model.Source;

/**
 * {@code sources}: every source of the dataset, for maintainers: its id, what a reader sees (title, publisher,
 * date, address, licence, note) and where the project's copy came from (the file, its repository and commit).
 */
final class SourcesPrinter {

    private final PrintStream out;

    SourcesPrinter(PrintStream out) {
        this.out = out;
    }

    void print(Dataset d) {
        out.println("Sources of " + d.info().title() + " (" + d.sources().size() + ")");
        for (Source s : d.sources().values()) {
            out.println();
            out.println(s.id());
            TextWrap.print(out, s.citation(), "  ", "    ");
            if (s.url() != null) {
                TextWrap.print(out, s.url(), "  ", "    ");
            }
            if (s.licence() != null) {
                TextWrap.print(out, "Licence: " + s.licence(), "  ", "    ");
            }
            if (s.note() != null) {
                TextWrap.print(out, s.note(), "  ", "    ");
            }
            if (s.origin() != null || s.url() == null) {
                TextWrap.print(out, "Origin: " + (s.origin() == null ? "not recorded" : s.origin()), "  ", "    ");
            }
        }
    }
}
