package org.commissioningexplorer.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.commissioningexplorer.core.AppDirs;
import org.commissioningexplorer.core.export.HandoutSections;
import org.commissioningexplorer.core.notes.Note;
import org.commissioningexplorer.core.notes.NotesStore;
import org.commissioningexplorer.core.export.Handout;
import org.commissioningexplorer.core.export.HandoutBuilder;
import org.commissioningexplorer.core.export.PdfHandout;
import org.commissioningexplorer.core.model.Body;
import org.commissioningexplorer.core.query.DatasetQueries;

/**
 * {@code export CODE --out FILE.pdf [--as-of DATE] [--with-note] [--no-chart]}: a body's handout as a PDF, with
 * its org chart unless told not, and the user's note on it when asked (from the notes file in the config folder).
 */
final class ExportCommand {

    private final PrintStream out;
    private final PrintStream err;

    ExportCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** The operands that are not export's flags: the code or id. */
    static List<String> codes(Arguments p) {
        return p.operands().stream().filter(o -> !o.equals("--with-note") && !o.equals("--no-chart")).toList();
    }

    int run(DatasetQueries q, Arguments p) {
        return run(q, codes(p).get(0), p.asOf(), p.out(), !p.operands().contains("--no-chart"),
                p.operands().contains("--with-note"));
    }

    int run(DatasetQueries q, String key, LocalDate asOf, Path file) {
        return run(q, key, asOf, file, true, false);
    }

    int run(DatasetQueries q, String key, LocalDate asOf, Path file, boolean chart, boolean withNote) {
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
        if (chart) {
            handout = HandoutSections.withChart(handout, q, body.get(), asOf);
        }
        if (withNote) {
            String code = body.get().primaryCode().orElse(body.get().id());
            Optional<String> note = NotesStore.readOnly(AppDirs.configDir()).get(body.get().id())
                    .map(Note::text).filter(t -> !t.isBlank());
            if (note.isPresent()) {
                handout = HandoutSections.withNote(handout, note.get());
            } else {
                err.println("no note on " + code + "; the handout has none");
            }
        }
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
