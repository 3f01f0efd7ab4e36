package org.commissioningexplorer.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commissioningexplorer.AppInfo;
import org.commissioningexplorer.core.data.DatasetLoader;
import org.commissioningexplorer.core.data.LoadResult;
import org.commissioningexplorer.core.data.Problem;
import org.commissioningexplorer.core.importer.ImportException;
import org.commissioningexplorer.core.importer.OnsOdsImporter;
import org.commissioningexplorer.core.model.Body;
import org.commissioningexplorer.core.model.Dataset;
import org.commissioningexplorer.core.query.BodyProfile;
import org.commissioningexplorer.core.query.DatasetQueries;

/**
 * The subcommands that work without a display. Each returns the process exit code:
 * {@value #OK} success, {@value #FAILED} invalid data or nothing found, {@value #USAGE} a usage error.
 */
public final class CommandLine {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    static final String USAGE_TEXT = """
            Usage: java -jar commissioning-explorer.jar [--data PATH]           open the window
                   java -jar commissioning-explorer.jar COMMAND [ARGS] [--data PATH]

            Commands:
              validate PATH        check a dataset file and report every problem as FILE:LINE:COLUMN: message
              stats                count the dataset's bodies by kind
              find QUERY           list bodies whose name or code matches QUERY
              show CODE_OR_ID      print everything known about one body (e.g. show 06W)
              import-ons-ods DIR [--out OUTDIR]
                                   turn the ONS and ODS CSV files in DIR into dataset part files in OUTDIR
                                   (default resources/generated), replacing the files there
              help                 print this help
              version              print the version

            --data PATH  use the dataset whose main file is PATH instead of the bundled one.
            Exit status: 0 ok, 1 invalid data or not found, 2 usage error.
            """;

    private static final List<String> COMMANDS = List.of("validate", "stats", "find", "show", "import-ons-ods", "help",
            "version");

    /** Where {@code import-ons-ods} writes unless told otherwise. */
    static final Path DEFAULT_IMPORT_OUT = Path.of("resources", "generated");

    private final PrintStream out;
    private final PrintStream err;

    public CommandLine(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** The arguments, split into a command, its operands and the optional --data path. */
    record Parsed(String command, List<String> operands, Path data, Path out, String error) {
        Parsed(String command, List<String> operands, Path data, String error) {
            this(command, operands, data, null, error);
        }
    }

    /** True when the arguments ask for the window: none, or only {@code --data PATH}. */
    public static boolean wantsWindow(String[] args) {
        Parsed p = parse(args);
        return p.error() == null && p.command() == null;
    }

    /** The --data path given with window arguments, if any. */
    public static Optional<Path> dataPath(String[] args) {
        return Optional.ofNullable(parse(args).data());
    }

    static Parsed parse(String[] args) {
        String command = null;
        Path data = null;
        Path outDir = null;
        List<String> operands = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--data") || a.startsWith("--data=")) {
                String value = a.startsWith("--data=") ? a.substring(7) : (i + 1 < args.length ? args[++i] : null);
                if (value == null || value.isBlank()) {
                    return new Parsed(command, operands, null, "--data needs a path to a dataset file");
                }
                data = Path.of(value);
            } else if (a.equals("--out") || a.startsWith("--out=")) {
                String value = a.startsWith("--out=") ? a.substring(6) : (i + 1 < args.length ? args[++i] : null);
                if (value == null || value.isBlank()) {
                    return new Parsed(command, operands, data, "--out needs a folder to write to");
                }
                outDir = Path.of(value);
            } else if (a.equals("-h") || a.equals("--help")) {
                command = command == null ? "help" : command;
            } else if (a.equals("--version")) {
                command = command == null ? "version" : command;
            } else if (a.startsWith("--") && a.length() > 2) {
                return new Parsed(command, operands, data, "unknown option " + a);
            } else if (command == null) {
                if (!COMMANDS.contains(a)) {
                    return new Parsed(null, operands, data, "unknown command '" + a + "'");
                }
                command = a;
            } else {
                operands.add(a);
            }
        }
        if (outDir != null && !"import-ons-ods".equals(command)) {
            return new Parsed(command, operands, data, "--out is an option of import-ons-ods only");
        }
        return new Parsed(command, operands, data, outDir, null);
    }

    public int run(String[] args) {
        Parsed p = parse(args);
        if (p.error() != null) {
            return usage(p.error());
        }
        if (p.command() == null) {
            return usage("no command given");
        }
        return switch (p.command()) {
            case "help" -> {
                out.print(USAGE_TEXT);
                yield OK;
            }
            case "version" -> {
                out.println(AppInfo.NAME + " " + AppInfo.version());
                yield OK;
            }
            case "validate" -> p.operands().size() == 1 ? validate(Path.of(p.operands().get(0)))
                    : usage("validate needs exactly one PATH");
            case "stats" -> p.operands().isEmpty() ? withDataset(p.data(), this::stats)
                    : usage("stats takes no arguments");
            case "find" -> p.operands().isEmpty() ? usage("find needs a QUERY")
                    : withDataset(p.data(), d -> find(d, String.join(" ", p.operands())));
            case "show" -> p.operands().size() == 1 ? withDataset(p.data(), d -> show(d, p.operands().get(0)))
                    : usage("show needs exactly one CODE_OR_ID");
            case "import-ons-ods" -> p.operands().size() == 1
                    ? importOnsOds(Path.of(p.operands().get(0)), p.out() == null ? DEFAULT_IMPORT_OUT : p.out())
                    : usage("import-ons-ods needs exactly one DIR (the folder of ONS and ODS CSV files)");
            default -> usage("unknown command '" + p.command() + "'");
        };
    }

    private int usage(String message) {
        err.println("error: " + message);
        err.print(USAGE_TEXT);
        return USAGE;
    }

    private interface DatasetCommand {
        int run(DatasetQueries queries);
    }

    private int withDataset(Path data, DatasetCommand command) {
        LoadResult result = data == null ? DatasetLoader.loadBundled() : DatasetLoader.load(data);
        if (!result.ok()) {
            result.errors().forEach(p -> err.println(p.format()));
            err.println("The dataset could not be loaded: " + result.errors().size() + " error(s). "
                    + "Fix them, or check them with: validate " + (data == null ? "resources/dataset.json" : data));
            return FAILED;
        }
        return command.run(new DatasetQueries(result.dataset().orElseThrow()));
    }

    private int validate(Path path) {
        LoadResult result = DatasetLoader.load(path);
        result.problems().forEach(p -> out.println(p.format()));
        int errors = result.errors().size();
        int warnings = result.warnings().size();
        if (result.ok()) {
            Dataset d = result.dataset().orElseThrow();
            out.println(path + ": valid: " + d.bodies().size() + " bodies, " + d.sources().size() + " sources, "
                    + plural(warnings, "warning"));
            return OK;
        }
        out.println(path + ": invalid: " + plural(errors, "error") + ", " + plural(warnings, "warning")
                + "; the dataset cannot be opened until the errors are fixed");
        return FAILED;
    }

    private int stats(DatasetQueries q) {
        Dataset d = q.dataset();
        out.println(d.info().title());
        out.println("Edition " + d.info().edition() + " · " + d.info().location());
        out.println();
        out.printf("%-52s %6d%n", "Bodies", d.bodies().size());
        for (Map.Entry<String, Integer> e : q.countsByKind().entrySet()) {
            out.printf("  %-50s %6d%n", d.kind(e.getKey()).plural(), e.getValue());
        }
        long relationships = d.bodies().stream().mapToLong(b -> b.relationships().size()).sum();
        long documents = d.bodies().stream().mapToLong(b -> b.documents().size()).sum()
                + d.kinds().values().stream().mapToLong(k -> k.documents().size()).sum();
        out.printf("%-52s %6d%n", "Relationships", relationships);
        out.printf("%-52s %6d%n", "Documents", documents);
        out.printf("%-52s %6d%n", "Sources", d.sources().size());
        return OK;
    }

    private int find(DatasetQueries q, String query) {
        List<Body> hits = q.find(query);
        if (hits.isEmpty()) {
            err.println("No body matches '" + query + "'.");
            return FAILED;
        }
        int codeWidth = 4;
        int nameWidth = 4;
        int idWidth = 2;
        for (Body b : hits) {
            codeWidth = Math.max(codeWidth, b.primaryCode().orElse("-").length());
            nameWidth = Math.max(nameWidth, b.name().length());
            idWidth = Math.max(idWidth, b.id().length());
        }
        String row = "%-" + codeWidth + "s  %-" + nameWidth + "s  %-" + idWidth + "s  %s%n";
        for (Body b : hits) {
            out.printf(row, b.primaryCode().orElse("-"), b.name(), b.id(), q.dataset().kind(b.kind()).label());
        }
        return OK;
    }

    private int show(DatasetQueries q, String key) {
        Optional<Body> body = q.lookup(key);
        if (body.isEmpty()) {
            err.println("No body has the id or code '" + key + "'. Try: find " + key);
            return FAILED;
        }
        new ProfilePrinter(out, q.dataset()).print(BodyProfile.of(q, body.get()));
        return OK;
    }

    private int importOnsOds(Path dir, Path outDir) {
        OnsOdsImporter.Generation g;
        try {
            g = OnsOdsImporter.importTo(dir, outDir);
        } catch (ImportException e) {
            err.println(e.getMessage());
            err.println("import-ons-ods: nothing was written; " + outDir + " is unchanged");
            return FAILED;
        } catch (IOException e) {
            err.println(outDir + ": cannot write the generated files: " + e.getMessage());
            err.println("import-ons-ods: " + outDir + " is unchanged");
            return FAILED;
        }
        for (OnsOdsImporter.OutputFile f : g.files()) {
            out.println(outDir.resolve(f.name()) + ": " + (f.name().equals("sources.json")
                    ? plural(f.sources(), "source") : plural(f.bodies(), "body").replace("bodys", "bodies")
                    + ", " + plural(f.relationships(), "relationship")));
        }
        out.println("import-ons-ods: read " + g.csvFilesRead() + " CSV files from " + dir + "; wrote "
                + g.files().size() + " files to " + outDir + " with " + g.bodies() + " bodies and "
                + g.relationships() + " relationships");
        return OK;
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
