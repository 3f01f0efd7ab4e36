package org.commissioningexplorer.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.time.LocalDate;
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
import org.commissioningexplorer.core.time.AsOf;

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
              stats [--as-of DATE] count the dataset's bodies by kind (that existed on DATE)
              find QUERY [--as-of DATE]
                                   list bodies whose name or code matches QUERY (that existed on DATE)
              show CODE_OR_ID [--as-of DATE]
                                   print everything known about one body (e.g. show 06W); with a DATE,
                                   the body that had the code then, and the links that held on DATE
              import-ons-ods DIR [--out OUTDIR]
                                   turn the ONS and ODS CSV files in DIR into dataset part files in OUTDIR
                                   (default resources/generated), replacing the files there
              help                 print this help
              version              print the version

            --data PATH     use the dataset whose main file is PATH instead of the bundled one.
            --as-of DATE    a date written YYYY-MM-DD, e.g. 2019-04-01.
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
    record Parsed(String command, List<String> operands, Path data, LocalDate asOf, Path out, String error) {
        Parsed(String command, List<String> operands, Path data, LocalDate asOf, String error) {
            this(command, operands, data, asOf, null, error);
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
        LocalDate asOf = null;
        Path outDir = null;
        List<String> operands = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String option = a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
            if (option.equals("--data") || option.equals("--as-of")) {
                String value = a.contains("=") ? a.substring(a.indexOf('=') + 1) : (i + 1 < args.length ? args[++i] : null);
                if (value == null || value.isBlank()) {
                    return new Parsed(command, operands, data, asOf, option + " needs a value");
                }
                if (option.equals("--data")) {
                    data = Path.of(value);
                } else {
                    asOf = AsOf.parse(value).orElse(null);
                    if (asOf == null) {
                        return new Parsed(command, operands, data, null, "--as-of needs a real date written "
                                + "YYYY-MM-DD, not '" + value + "'");
                    }
                }
            } else if (a.equals("--out") || a.startsWith("--out=")) {
                String value = a.startsWith("--out=") ? a.substring(6) : (i + 1 < args.length ? args[++i] : null);
                if (value == null || value.isBlank()) {
                    return new Parsed(command, operands, data, asOf, "--out needs a folder to write to");
                }
                outDir = Path.of(value);
            } else if (a.equals("-h") || a.equals("--help")) {
                command = command == null ? "help" : command;
            } else if (a.equals("--version")) {
                command = command == null ? "version" : command;
            } else if (a.startsWith("--") && a.length() > 2) {
                return new Parsed(command, operands, data, asOf, "unknown option " + a);
            } else if (command == null) {
                if (!COMMANDS.contains(a)) {
                    return new Parsed(null, operands, data, asOf, "unknown command '" + a + "'");
                }
                command = a;
            } else {
                operands.add(a);
            }
        }
        if (asOf != null && command != null && !List.of("stats", "find", "show").contains(command)) {
            return new Parsed(command, operands, data, asOf, "--as-of works with stats, find and show");
        }
        if (asOf != null && command == null) {
            return new Parsed(null, operands, data, asOf, "--as-of works with stats, find and show");
        }
        if (outDir != null && !"import-ons-ods".equals(command)) {
            return new Parsed(command, operands, data, asOf, "--out is an option of import-ons-ods only");
        }
        return new Parsed(command, operands, data, asOf, outDir, null);
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
            case "stats" -> p.operands().isEmpty() ? withDataset(p.data(), d -> stats(d, p.asOf()))
                    : usage("stats takes no arguments");
            case "find" -> p.operands().isEmpty() ? usage("find needs a QUERY")
                    : withDataset(p.data(), d -> find(d, String.join(" ", p.operands()), p.asOf()));
            case "show" -> p.operands().size() == 1
                    ? withDataset(p.data(), d -> show(d, p.operands().get(0), p.asOf()))
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

    private int stats(DatasetQueries q, LocalDate asOf) {
        Dataset d = q.dataset();
        out.println(d.info().title());
        out.println("Edition " + d.info().edition() + " · " + d.info().location());
        if (asOf != null) {
            out.println("As at " + asOf + ": the bodies that existed on that day");
        }
        out.println();
        Map<String, Integer> counts = q.countsByKind(asOf);
        out.printf("%-52s %6d%n", "Bodies", counts.values().stream().mapToInt(Integer::intValue).sum());
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            out.printf("  %-50s %6d%n", d.kind(e.getKey()).plural(), e.getValue());
        }
        if (asOf != null) {
            // Relationship, document and source totals describe the whole dataset, not a day.
            return OK;
        }
        long relationships = d.bodies().stream().mapToLong(b -> b.relationships().size()).sum();
        long documents = d.bodies().stream().mapToLong(b -> b.documents().size()).sum()
                + d.kinds().values().stream().mapToLong(k -> k.documents().size()).sum();
        out.printf("%-52s %6d%n", "Relationships", relationships);
        out.printf("%-52s %6d%n", "Documents", documents);
        out.printf("%-52s %6d%n", "Sources", d.sources().size());
        return OK;
    }

    private int find(DatasetQueries q, String query, LocalDate asOf) {
        List<Body> hits = q.find(query).stream().filter(b -> q.existedOn(b, asOf)).toList();
        if (hits.isEmpty()) {
            err.println("No body matches '" + query + "'" + (asOf == null ? "." : " on " + asOf + "."));
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

    private int show(DatasetQueries q, String key, LocalDate asOf) {
        Optional<Body> body = q.lookup(key, asOf);
        if (body.isEmpty()) {
            err.println("No body has the id or code '" + key + "'. Try: find " + key);
            return FAILED;
        }
        new ProfilePrinter(out, q).print(BodyProfile.of(q, body.get()), asOf);
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
