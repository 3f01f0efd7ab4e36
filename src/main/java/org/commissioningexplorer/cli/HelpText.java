package org.commissioningexplorer.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The text of {@code help} and {@code help COMMAND}: one block per command, shared by both. */
final class HelpText {

    static final String JAR = "java -jar commissioning-explorer.jar";

    private static final Map<String, String> COMMANDS = new LinkedHashMap<>();

    static {
        COMMANDS.put("validate", """
                  validate PATH        check a dataset file and report every problem as FILE:LINE:COLUMN: message
                """);
        COMMANDS.put("stats", """
                  stats [--as-of DATE] count the dataset's bodies by kind (that existed on DATE)
                """);
        COMMANDS.put("find", """
                  find QUERY [--as-of DATE]
                                       search names, codes, former names, roles, services and document
                                       titles; best first, grouped by kind (only bodies that existed on DATE)
                """);
        COMMANDS.put("show", """
                  show CODE_OR_ID [--as-of DATE]
                                       print everything known about one body (e.g. show 06W); with a DATE,
                                       the body that had the code then, and the links that held on DATE
                """);
        COMMANDS.put("export", """
                  export CODE_OR_ID --out FILE.pdf [--as-of DATE] [--with-note] [--no-chart]
                                       write the body's handout as a PDF (what show prints, laid out for
                                       printing, fonts embedded, and its org chart), as it was on DATE;
                                       replaces FILE.pdf. --with-note adds your note on the body (from the
                                       notes the window keeps); --no-chart leaves the org chart out
                """);
        COMMANDS.put("sources", """
                  sources              list every source of the dataset with where the project's copy came
                                       from (file, repository, commit): for maintainers
                """);
        COMMANDS.put("commissioner", """
                  commissioner SERVICE --for PLACE [--as-of DATE]
                                       who commissioned a service (dentistry, GP services, pharmacy, mental
                                       health, public health, …) for a place on DATE (default today), with
                                       sources; commissioner with no SERVICE lists the services.
                                       PLACE is a code or id (06W, la-E08000035) or a name, ranked as find
                                       ranks it; the place used is printed first. When several bodies
                                       match the name about equally they are listed and nothing is
                                       answered (exit 1): give the code or id of the one you mean
                """);
        COMMANDS.put("where", """
                  where LON,LAT [--as-of DATE]
                                       what covered a point of England on DATE (default today), from the
                                       bundled boundaries: the CCG or ICB and sub-ICB location, the
                                       upper-tier authority and its Health and Wellbeing Board, and the
                                       NHS England region (e.g. where 1.2974,52.6309 for Norwich; a
                                       point given latitude first, as map sites copy it, is seen and
                                       read the right way round). Exit 1 for a point outside England
                """);
        COMMANDS.put("quiz", """
                  quiz --for PLACE [--as-of DATE] [--count N] [--seed S] [--answers]
                                       a multiple-choice quiz about a place (a CCG, ICB, council or region,
                                       found as commissioner finds it) on DATE (default today): N questions
                                       (default 10, at most 50), each with one answer right by the data,
                                       then the answers with their sources (with --answers, after each
                                       question). The same seed gives the same quiz
                """);
        COMMANDS.put("import-ons-ods", """
                  import-ons-ods DIR [--out OUTDIR]
                                       turn the ONS and ODS CSV files in DIR into dataset part files in OUTDIR
                                       (default resources/generated), replacing the files there
                """);
        COMMANDS.put("import-boundaries", """
                  import-boundaries GEODIR NHSDIR [--out OUTDIR]
                                       dissolve the LSOA boundaries in GEODIR by the lookups in NHSDIR into
                                       the map's areas (CCGs by year, sub-ICB locations, ICBs, upper-tier
                                       authorities by era) and write OUTDIR/boundaries.topojson
                                       (default resources/generated)
                """);
        COMMANDS.put("bench", """
                  bench [--bodies N]   time loading, indexing and searching the bundled dataset and a made-up
                                       one of N bodies (default 100000), then the window on that one (with
                                       a display)
                  bench startup        time the window's start against a one-label window (needs a display)
                  bench ui             time the window's common actions on its UI thread (needs a display)
                  bench ui --bodies N  the same on a made-up dataset of N bodies
                """);
        COMMANDS.put("help", """
                  help [COMMAND]       print this help, or only COMMAND's
                """);
        COMMANDS.put("version", """
                  version              print the version
                """);
    }

    private static final String OPTIONS = """
            --data PATH     use the dataset whose main file is PATH instead of the bundled one.
            --as-of DATE    a date: 2019-04-01, 1/4/2019 (day first) or "1 April 2019".
            Exit status: 0 ok, 1 invalid data or not found, 2 usage error, 3 internal error.
            """;

    private HelpText() {
    }

    /** The commands, in the order help lists them. */
    static List<String> commands() {
        return List.copyOf(COMMANDS.keySet());
    }

    /** The whole help. */
    static String full() {
        return "Usage: " + JAR + " [--data PATH]           open the window\n"
                + "       " + JAR + " COMMAND [ARGS] [--data PATH]\n\n"
                + "Commands:\n" + String.join("", COMMANDS.values()) + "\n" + OPTIONS;
    }

    /** The help of one command, or empty when there is no such command. */
    static Optional<String> of(String command) {
        String block = COMMANDS.get(command);
        if (block == null) {
            return Optional.empty();
        }
        return Optional.of("Usage: " + JAR + " COMMAND [ARGS] [--data PATH]\n\n" + block + "\n" + OPTIONS);
    }
}
