package org.commissioningexplorer.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import org.commissioningexplorer.core.importer.ImportException;
import org.commissioningexplorer.core.importer.OnsOdsImporter;
import org.commissioningexplorer.core.importer.boundary.BoundaryImporter;

/** The importer's commands: {@code import-ons-ods DIR} and {@code import-boundaries GEODIR NHSDIR}. */
final class ImportCommands {

    private final PrintStream out;
    private final PrintStream err;

    ImportCommands(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int onsOds(Path dir, Path outDir) {
        OnsOdsImporter.Generation g;
        try {
            g = OnsOdsImporter.importTo(dir, outDir);
        } catch (ImportException e) {
            err.println(e.getMessage());
            err.println("import-ons-ods: nothing was written; " + outDir + " is unchanged");
            return CommandLine.FAILED;
        } catch (IOException e) {
            err.println(outDir + ": cannot write the generated files: " + e.getMessage());
            err.println("import-ons-ods: " + outDir + " is unchanged");
            return CommandLine.FAILED;
        }
        for (OnsOdsImporter.OutputFile f : g.files()) {
            out.println(outDir.resolve(f.name()) + ": " + (f.name().equals("sources.json")
                    ? plural(f.sources(), "source") : plural(f.bodies(), "body").replace("bodys", "bodies")
                    + ", " + plural(f.relationships(), "relationship")));
        }
        out.println("import-ons-ods: read " + g.csvFilesRead() + " CSV files from " + dir + "; wrote "
                + g.files().size() + " files to " + outDir + " with " + g.bodies() + " bodies and "
                + g.relationships() + " relationships");
        return CommandLine.OK;
    }

    int boundaries(Path geoDir, Path nhsDir, Path outDir) {
        BoundaryImporter.Result r;
        try {
            r = BoundaryImporter.importTo(geoDir, nhsDir, outDir, BoundaryImporter.TOLERANCE);
        } catch (ImportException e) {
            err.println(e.getMessage());
            err.println("import-boundaries: nothing was written; " + outDir + " is unchanged");
            return CommandLine.FAILED;
        } catch (IOException e) {
            err.println(outDir + ": cannot write " + BoundaryImporter.FILE + ": " + e.getMessage());
            err.println("import-boundaries: " + outDir + " is unchanged");
            return CommandLine.FAILED;
        }
        out.println(String.format(Locale.ROOT, "%s: %d layers, %d areas on %d shared arcs of %d points, "
                + "thinned to %.0f m; %.1f MB", r.file(), r.layers(), r.areas(), r.arcs(), r.points(),
                r.tolerance() * 1.1, r.bytes() / 1e6));
        out.println(String.format(Locale.ROOT, "import-boundaries: England %.0f km² from the LSOAs of %s",
                r.englandAreaKm2(), geoDir));
        return CommandLine.OK;
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
