package org.commissioningexplorer.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.commissioningexplorer.core.export.Handout;
import org.commissioningexplorer.core.export.HandoutBuilder;
import org.commissioningexplorer.core.export.PdfHandout;
import org.commissioningexplorer.core.model.Body;
import org.commissioningexplorer.core.query.DatasetQueries;

/** {@code export CODE --out FILE.pdf [--as-of DATE]}: a body's handout as a PDF. */
final class ExportCommand {

    private final PrintStream out;
    private final PrintStream err;

    ExportCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(DatasetQueries q, String key, LocalDate asOf, Path file) {
        Optional<Body> body = q.lookup(key, asOf);
        if (body.isEmpty()) {
            err.println("No body has the id or code '" + key + "'. Try: find " + key);
            return CommandLine.FAILED;
        }
        Path dir = file.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            err.println(file + ": cannot write the PDF: the folder " + dir + " does not exist");
            return CommandLine.FAILED;
        }
        if (Files.isDirectory(file)) {
            err.println(file + ": cannot write the PDF: that is a folder; give a file name, such as "
                    + file.resolve(body.get().primaryCode().orElse(body.get().id()) + ".pdf"));
            return CommandLine.FAILED;
        }
        Handout handout = new HandoutBuilder(q).build(body.get(), asOf);
        try {
            PdfHandout.write(handout, file);
        } catch (IOException e) {
            err.println(file + ": cannot write the PDF: " + e.getMessage());
            return CommandLine.FAILED;
        }
        out.println(file + ": " + body.get().name() + (asOf == null ? "" : " as at " + asOf) + ", "
                + size(file));
        return CommandLine.OK;
    }

    private static String size(Path file) {
        try {
            return Math.max(1, Files.size(file) / 1024) + " KB";
        } catch (IOException e) {
            return "written";
        }
    }
}
