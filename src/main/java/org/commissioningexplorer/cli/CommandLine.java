package org.commissioningexplorer.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.time.LocalDate;
import org.commissioningexplorer.core.AppInfo;
import org.commissioningexplorer.core.data.DatasetLoader;
import org.commissioningexplorer.core.data.LoadResult;
import org.commissioningexplorer.core.model.Body;
import org.commissioningexplorer.core.model.Dataset;
import org.commissioningexplorer.core.query.BodyProfile;
import org.commissioningexplorer.core.query.Commissioners;
import org.commissioningexplorer.core.query.ServiceCatalogue;
import org.commissioningexplorer.core.query.DatasetQueries;
import org.commissioningexplorer.core.query.Succession;
import org.commissioningexplorer.core.search.MatchField;
import org.commissioningexplorer.core.search.Normaliser;
import org.commissioningexplorer.core.search.SearchGroup;
import org.commissioningexplorer.core.search.SearchHit;
import org.commissioningexplorer.core.search.SearchIndex;
import org.commissioningexplorer.core.search.SearchResults;

/**
 * The subcommands that work without a display. Each returns the process exit code:
 * {@value #OK} success, {@value #FAILED} invalid data or nothing found, {@value #USAGE} a usage error,
 * {@value #INTERNAL} an internal error (a bug).
 */
public final class CommandLine {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    /** A failure of the program itself, not of the data or the arguments: a bug to report. */
    public static final int INTERNAL = 3;

    /** The whole help, as {@code help} prints it. */
    static final String USAGE_TEXT = HelpText.full();

    /** Where {@code import-ons-ods} writes unless told otherwise. */
    static final Path DEFAULT_IMPORT_OUT = Path.of("resources", "generated");

    private final PrintStream out;
    private final PrintStream err;

    public CommandLine(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** True when the arguments ask for the window: none, or only {@code --data PATH}. */
    public static boolean wantsWindow(String[] args) {
        Arguments p = Arguments.parse(args);
        return p.error() == null && p.command() == null;
    }

    /** The --data path given with window arguments, if any. */
    public static Optional<Path> dataPath(String[] args) {
        return Optional.ofNullable(Arguments.parse(args).data());
    }

    public int run(String[] args) {
        Arguments p = Arguments.parse(args);
        if (p.error() != null) {
            return usage(p.command(), p.error());
        }
        if (p.command() == null) {
            return usage(null, "no command given");
        }
        String c = p.command();
        return switch (c) {
            case "help" -> help(p.operands());
            case "version" -> {
                out.println(AppInfo.NAME + " " + AppInfo.version());
                yield OK;
            }
            case "validate" -> p.operands().size() == 1 ? validate(Path.of(p.operands().get(0)))
                    : usage(c, "validate needs exactly one PATH");
            case "stats" -> p.operands().isEmpty() ? withDataset(p.data(), d -> stats(d, p.asOf()))
                    : usage(c, "stats takes no arguments");
            case "find" -> p.operands().isEmpty() ? usage(c, "find needs a QUERY")
                    : !Normaliser.isSearchable(String.join(" ", p.operands()))
                    ? usage(c, "find needs a QUERY with at least one letter or digit")
                    : withDataset(p.data(), d -> find(d, String.join(" ", p.operands()), p.asOf()));
            case "show" -> p.operands().size() == 1
                    ? withDataset(p.data(), d -> show(d, p.operands().get(0), p.asOf()))
                    : usage(c, "show needs exactly one CODE_OR_ID");
            case "export" -> ExportCommand.codes(p).size() != 1 ? usage(c, "export needs exactly one CODE_OR_ID")
                    : p.out() == null ? usage(c, "export needs --out FILE.pdf, the file to write")
                    : withDataset(p.data(), d -> new ExportCommand(out, err).run(d, p));
            case "commissioner" -> commissioner(p);
            case "where" -> where(p);
            case "quiz" -> new QuizCommand(out, err).run(p, this::usage, this::withDataset);
            case "sources" -> p.operands().isEmpty() ? withDataset(p.data(), d -> {
                new SourcesPrinter(out).print(d.dataset());
                return OK;
            }) : usage(c, "sources takes no arguments");
            case "import-ons-ods" -> p.operands().size() == 1
                    ? new ImportCommands(out, err).onsOds(Path.of(p.operands().get(0)),
                            p.out() == null ? DEFAULT_IMPORT_OUT : p.out())
                    : usage(c, "import-ons-ods needs exactly one DIR (the folder of ONS and ODS CSV files)");
            case "import-boundaries" -> p.operands().size() == 2
                    ? new ImportCommands(out, err).boundaries(Path.of(p.operands().get(0)),
                            Path.of(p.operands().get(1)), p.out() == null ? DEFAULT_IMPORT_OUT : p.out())
                    : usage(c, "import-boundaries needs GEODIR (the folder of lsoa11_england.geojson) and NHSDIR "
                            + "(the folder of the LSOA and authority lookups)");
            case "bench" -> bench(p.operands());
            default -> usage(null, "unknown command '" + c + "'");
        };
    }

    private int help(List<String> operands) {
        if (operands.isEmpty()) {
            out.print(USAGE_TEXT);
            return OK;
        }
        Optional<String> text = operands.size() == 1 ? HelpText.of(operands.get(0)) : Optional.empty();
        if (text.isEmpty()) {
            return usage(null, "help takes one of the commands " + String.join(", ", HelpText.commands())
                    + ", not '" + String.join(" ", operands) + "'");
        }
        out.print(text.get());
        return OK;
    }

    /**
     * A usage error: one line saying what is wrong, and where the help for it is (the help of {@code command},
     * or the whole help when it is null).
     */
    private int usage(String command, String message) {
        err.println("error: " + message + "; see " + (command == null || command.equals("help") ? "help"
                : "help " + command));
        return USAGE;
    }

    interface DatasetCommand {
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
                List<Succession.Step> chain = Succession.chain(q, b, asOf);
                if (!chain.isEmpty()) {
                    // What replaced it, to the date (or to the end of the data): 06W → 26A → QMM.
                    TextWrap.print(out, "replaced by " + Succession.describe(chain), "      ", "        ");
                }
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
        boolean windowOnly = !operands.isEmpty() && operands.get(0).equals("ui");
        int bodies = Bench.DEFAULT_BODIES;
        for (String o : windowOnly ? operands.subList(1, operands.size()) : operands) {
            if (!o.startsWith("--bodies=")) {
                return usage("bench", "bench takes --bodies N, startup, ui or ui --bodies N");
            }
            String value = o.substring(9);
            try {
                bodies = Integer.parseInt(value.strip().replace("_", "").replace(",", ""));
            } catch (NumberFormatException e) {
                bodies = -1;
            }
            if (bodies < 100 || bodies > 2_000_000) {
                return usage("bench", "--bodies needs a whole number from 100 to 2000000, not '" + value + "'");
            }
        }
        return windowOnly ? new Bench(out, err).runWindow(bodies) : new Bench(out, err).run(bodies);
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

    private int where(Arguments p) {
        WhereCommand.Point point = WhereCommand.parse(p.operands());
        if (point.error() != null) {
            return usage("where", point.error());
        }
        LocalDate date = p.asOf() != null ? p.asOf() : LocalDate.now();
        return withDataset(p.data(), q -> new WhereCommand(out, err).run(q, point, date));
    }

    private int commissioner(Arguments p) {
        ServiceCatalogue catalogue = ServiceCatalogue.standard();
        String text = String.join(" ", p.operands());
        Optional<ServiceCatalogue.Service> service = catalogue.find(text);
        if (!text.isBlank() && service.isEmpty()) {
            List<ServiceCatalogue.Service> maybe = catalogue.candidates(text);
            return usage("commissioner", "no service called '" + text + "'; " + (maybe.isEmpty()
                    ? "commissioner with no SERVICE lists them" : "did you mean " + String.join(", ",
                    maybe.stream().map(ServiceCatalogue.Service::id).toList()) + "?"));
        }
        if (service.isEmpty() && p.place() == null) {
            printServices(catalogue, "06W --as-of 2019-04-01");
            return OK;
        }
        if (p.place() == null) {
            return usage("commissioner", "commissioner needs --for PLACE: the code, id or name of a CCG, ICB, "
                    + "local authority or HWB (e.g. --for 06W)");
        }
        LocalDate date = p.asOf() != null ? p.asOf() : LocalDate.now();
        return withDataset(p.data(), q -> {
            PlaceResolver.Outcome outcome = new PlaceResolver(q).resolve(p.place(), date);
            if (outcome instanceof PlaceResolver.Ambiguous a) {
                new PlacePrinter(q).printAmbiguous(err, p.place(), date, p.asOf() != null, a,
                        service.map(ServiceCatalogue.Service::id).orElse("SERVICE"));
                return FAILED;
            }
            if (!(outcome instanceof PlaceResolver.Found found)) {
                err.println("No body has the id, code or name '" + p.place() + "'. " + (Normaliser.isSearchable(
                        p.place()) ? "Try: find " + p.place() : "Give a code, id or name with a letter or digit."));
                return FAILED;
            }
            new PlacePrinter(q).printPlace(out, p.place(), found);
            out.println();
            if (service.isEmpty()) {
                printServices(catalogue, quoted(p.place()));
                return OK;
            }
            Commissioners.Answer a = new Commissioners(q, catalogue).ask(service.get(), found.body(), date);
            new CommissionerPrinter(out).print(a);
            return a.answered() ? OK : FAILED;
        });
    }

    private void printServices(ServiceCatalogue catalogue, String place) {
        out.println("Services (ask e.g. commissioner dentistry --for " + place + "):");
        out.print(serviceList(catalogue.all()));
    }

    private static String quoted(String place) {
        return place.matches("[A-Za-z0-9_-]+") ? place : "\"" + place + "\"";
    }

    private static String serviceList(List<ServiceCatalogue.Service> services) {
        StringBuilder sb = new StringBuilder();
        for (ServiceCatalogue.Service s : services) {
            sb.append(String.format("  %-22s %s%n", s.id(), s.label()));
        }
        return sb.toString();
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
