package org.commissioningexplorer.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.time.LocalDate;
import org.commissioningexplorer.core.AppInfo;
import org.commissioningexplorer.core.data.DatasetLoader;
import org.commissioningexplorer.core.data.LoadResult;
import org.commissioningexplorer.core.data.Problem;
import org.commissioningexplorer.core.importer.ImportException;
import org.commissioningexplorer.core.importer.OnsOdsImporter;
import org.commissioningexplorer.core.model.Body;
import org.commissioningexplorer.core.model.Dataset;
import org.commissioningexplorer.core.query.BodyProfile;
import org.commissioningexplorer.core.query.Commissioners;
import org.commissioningexplorer.core.query.ServiceCatalogue;
import org.commissioningexplorer.core.query.DatasetQueries;
import org.commissioningexplorer.core.search.MatchField;
import org.commissioningexplorer.core.search.Normaliser;
import org.commissioningexplorer.core.search.SearchGroup;
import org.commissioningexplorer.core.search.SearchHit;
import org.commissioningexplorer.core.search.SearchIndex;
import org.commissioningexplorer.core.search.SearchResults;
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
                                   search names, codes, former names, roles, services and document
                                   titles; best first, grouped by kind (only bodies that existed on DATE)
              show CODE_OR_ID [--as-of DATE]
                                   print everything known about one body (e.g. show 06W); with a DATE,
                                   the body that had the code then, and the links that held on DATE
              commissioner SERVICE --for PLACE [--as-of DATE]
                                   who commissioned a service (dentistry, GP services, pharmacy, mental
                                   health, public health, …) for a place (a code, id or name of a CCG,
                                   ICB, local authority or HWB) on DATE (default today), with sources;
                                   commissioner with no SERVICE lists the services
              import-ons-ods DIR [--out OUTDIR]
                                   turn the ONS and ODS CSV files in DIR into dataset part files in OUTDIR
                                   (default resources/generated), replacing the files there
              bench [--bodies N]   time loading, indexing and searching the bundled dataset and a made-up
                                   one of N bodies (default 100000)
              bench startup        time the window's start against a one-label window (needs a display)
              bench ui             time the window's common actions on its UI thread (needs a display)
              help                 print this help
              version              print the version

            --data PATH     use the dataset whose main file is PATH instead of the bundled one.
            --as-of DATE    a date written YYYY-MM-DD, e.g. 2019-04-01.
            Exit status: 0 ok, 1 invalid data or not found, 2 usage error.
            """;

    private static final List<String> COMMANDS = List.of("validate", "stats", "find", "show", "commissioner",
            "import-ons-ods", "help", "version", "bench");
    private static final List<String> AS_OF_COMMANDS = List.of("stats", "find", "show", "commissioner");

    /** Where {@code import-ons-ods} writes unless told otherwise. */
    static final Path DEFAULT_IMPORT_OUT = Path.of("resources", "generated");

    private final PrintStream out;
    private final PrintStream err;

    public CommandLine(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** The arguments, split into a command, its operands and the optional --data path. */
    record Parsed(String command, List<String> operands, Path data, LocalDate asOf, Path out, String place,
            String error) {
        Parsed(String command, List<String> operands, Path data, LocalDate asOf, String error) {
            this(command, operands, data, asOf, null, null, error);
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
        String place = null;
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
            } else if (a.equals("--for") || a.startsWith("--for=")) {
                String value = a.startsWith("--for=") ? a.substring(6) : (i + 1 < args.length ? args[++i] : null);
                if (value == null || value.isBlank()) {
                    return new Parsed(command, operands, data, asOf, "--for needs a place: a code, id or name");
                }
                place = value.strip();
            } else if (a.equals("--bodies") || a.startsWith("--bodies=")) {
                String value = a.startsWith("--bodies=") ? a.substring(9) : (i + 1 < args.length ? args[++i] : null);
                if (value == null || value.isBlank()) {
                    return new Parsed(command, operands, data, asOf, "--bodies needs a number of bodies");
                }
                operands.add("--bodies=" + value); // read by bench
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
        if (asOf != null && (command == null || !AS_OF_COMMANDS.contains(command))) {
            return new Parsed(command, operands, data, asOf, "--as-of works with stats, find, show and commissioner");
        }
        if (place != null && !"commissioner".equals(command)) {
            return new Parsed(command, operands, data, asOf, "--for is an option of commissioner only");
        }
        if (operands.stream().anyMatch(o -> o.startsWith("--bodies=")) && !"bench".equals(command)) {
            return new Parsed(command, operands, data, asOf, "--bodies is an option of bench only");
        }
        if (outDir != null && !"import-ons-ods".equals(command)) {
            return new Parsed(command, operands, data, asOf, "--out is an option of import-ons-ods only");
        }
        return new Parsed(command, operands, data, asOf, outDir, place, null);
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
                    : !Normaliser.isSearchable(String.join(" ", p.operands()))
                    ? usage("find needs a QUERY with at least one letter or digit")
                    : withDataset(p.data(), d -> find(d, String.join(" ", p.operands()), p.asOf()));
            case "show" -> p.operands().size() == 1
                    ? withDataset(p.data(), d -> show(d, p.operands().get(0), p.asOf()))
                    : usage("show needs exactly one CODE_OR_ID");
            case "commissioner" -> commissioner(p);
            case "import-ons-ods" -> p.operands().size() == 1
                    ? importOnsOds(Path.of(p.operands().get(0)), p.out() == null ? DEFAULT_IMPORT_OUT : p.out())
                    : usage("import-ons-ods needs exactly one DIR (the folder of ONS and ODS CSV files)");
            case "bench" -> bench(p.operands());
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
        SearchResults r = SearchIndex.build(q).results(query, asOf, Integer.MAX_VALUE);
        String others = r.totalOtherDates() == 1 ? "1 body" : r.totalOtherDates() + " bodies";
        if (r.hits().isEmpty()) {
            err.println("No body matches '" + query + "'" + (asOf == null ? "." : " on " + asOf + "."));
            if (r.totalOtherDates() > 0) {
                err.println(others + " matched on other dates; find without --as-of lists them.");
            }
            return FAILED;
        }
        int codeWidth = 4;
        int nameWidth = 4;
        int idWidth = 2;
        for (SearchHit h : r.hits()) {
            Body b = h.body();
            codeWidth = Math.max(codeWidth, b.primaryCode().orElse("-").length());
            nameWidth = Math.max(nameWidth, nameWithContext(h).length());
            idWidth = Math.max(idWidth, b.id().length());
        }
        String row = "  %-" + codeWidth + "s  %-" + nameWidth + "s  %-" + idWidth + "s  %s";
        boolean first = true;
        for (SearchGroup g : r.groups()) {
            if (!first) {
                out.println();
            }
            first = false;
            out.println(g.label() + " (" + g.hits().size() + ")");
            for (SearchHit h : g.hits()) {
                Body b = h.body();
                String code = b.primaryCode().orElse("-");
                String matched = h.matchedByName() || h.field() == MatchField.ID
                        || (h.field() == MatchField.CODE && h.matchedText().equals(code)) ? ""
                        : h.field() == MatchField.AREA ? "covered " + h.matchedText()
                        : "matched " + h.matchDescription();
                out.println(String.format(row, code, nameWithContext(h), b.id(), matched).stripTrailing());
            }
        }
        if (r.totalOtherDates() > 0) {
            err.println(others.replaceFirst(" ", " more ") + " matched but did not exist on " + asOf
                    + "; find without --as-of lists them.");
        }
        return OK;
    }

    /** "Remuneration Committee — NHS Norwich CCG": the name, and whose it is when the hit says. */
    private static String nameWithContext(SearchHit h) {
        return h.hasContext() ? h.body().name() + " — " + h.context() : h.body().name();
    }

    private int bench(List<String> operands) {
        if (operands.equals(List.of("startup"))) {
            return new StartupBench(out, err).run();
        }
        if (operands.equals(List.of("ui"))) {
            return new StartupBench(out, err).runUi();
        }
        int bodies = Bench.DEFAULT_BODIES;
        for (String o : operands) {
            if (!o.startsWith("--bodies=")) {
                return usage("bench takes --bodies N, startup or ui");
            }
            String value = o.substring(9);
            try {
                bodies = Integer.parseInt(value.strip().replace("_", "").replace(",", ""));
            } catch (NumberFormatException e) {
                bodies = -1;
            }
            if (bodies < 100 || bodies > 2_000_000) {
                return usage("--bodies needs a whole number from 100 to 2000000, not '" + value + "'");
            }
        }
        return new Bench(out).run(bodies);
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

    private int commissioner(Parsed p) {
        ServiceCatalogue catalogue = ServiceCatalogue.standard();
        String text = String.join(" ", p.operands());
        if (text.isBlank()) {
            err.println("error: commissioner needs a SERVICE, one of:\n" + serviceList(catalogue.all()).stripTrailing());
            err.println("e.g. commissioner dentistry --for 06W --as-of 2019-04-01");
            return USAGE;
        }
        Optional<ServiceCatalogue.Service> service = catalogue.find(text);
        if (service.isEmpty()) {
            List<ServiceCatalogue.Service> maybe = catalogue.candidates(text);
            err.println("error: no service called '" + text + "'; " + (maybe.isEmpty() ? "the services are:\n"
                    + serviceList(catalogue.all()) : "did you mean one of these?\n" + serviceList(maybe))
                    .stripTrailing());
            return USAGE;
        }
        if (p.place() == null) {
            return usage("commissioner needs --for PLACE: the code, id or name of a CCG, ICB, local authority or HWB"
                    + " (e.g. --for 06W)");
        }
        LocalDate date = p.asOf() != null ? p.asOf() : LocalDate.now();
        return withDataset(p.data(), q -> {
            Optional<Body> place = q.lookup(p.place(), date);
            if (place.isEmpty() && Normaliser.isSearchable(p.place())) {
                SearchResults r = SearchIndex.build(q).results(p.place(), date, 20);
                List<SearchHit> best = r.hits().isEmpty() ? r.otherDates() : r.hits();
                if (!best.isEmpty()) {
                    // A place (council, CCG, ICB, …) rather than, say, a hospital that shares its name.
                    place = Optional.of(best.stream().filter(h -> Commissioners.isPlaceKind(h.body().kind()))
                            .findFirst().orElse(best.get(0)).body());
                    err.println("Taking '" + p.place() + "' to mean " + place.get().name() + " ["
                            + place.get().id() + "]; give its code or id to choose another.");
                }
            }
            if (place.isEmpty()) {
                err.println("No body has the id, code or name '" + p.place() + "'. Try: find " + p.place());
                return FAILED;
            }
            Commissioners.Answer a = new Commissioners(q, catalogue).ask(service.get(), place.get(), date);
            new CommissionerPrinter(out).print(a);
            return a.answered() ? OK : FAILED;
        });
    }

    private static String serviceList(List<ServiceCatalogue.Service> services) {
        StringBuilder sb = new StringBuilder();
        for (ServiceCatalogue.Service s : services) {
            sb.append(String.format("  %-22s %s%n", s.id(), s.label()));
        }
        return sb.toString();
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
