package org.commissioningexplorer.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commissioningexplorer.core.time.AsOf;

/**
 * The arguments, split into a command, its operands and its options; or the one-line reason they make no
 * sense. {@code error} is null when they do.
 */
record Arguments(String command, List<String> operands, Path data, LocalDate asOf, Path out, String place,
        String error) {

    static final List<String> AS_OF_COMMANDS = List.of("stats", "find", "show", "commissioner", "export", "quiz",
            "where");

    private static Arguments error(String command, String message) {
        return new Arguments(command, List.of(), null, null, null, null, message);
    }

    static Arguments parse(String[] args) {
        String command = null;
        Path data = null;
        LocalDate asOf = null;
        Path outDir = null;
        String place = null;
        List<String> operands = new ArrayList<>();
        java.util.Set<String> given = new java.util.HashSet<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.isBlank()) {
                return error(command, "an argument is empty; leave it out or give a value");
            }
            String option = a.startsWith("--") && a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
            boolean inline = !option.equals(a);
            String value = inline ? a.substring(option.length() + 1) : i + 1 < args.length ? args[i + 1] : null;
            switch (option) {
                case "--data", "--as-of", "--out", "--for", "--bodies", "--count", "--seed" -> {
                    if (!given.add(option)) {
                        return error(command, option + " is given twice; give it once");
                    }
                    if (!inline) {
                        i++;
                    }
                    if (value == null || value.isBlank()) {
                        return error(command, option + " needs " + switch (option) {
                            case "--data" -> "a dataset file";
                            case "--as-of" -> "a date, e.g. 2019-04-01";
                            case "--out" -> "export".equals(command) ? "a PDF file to write" : "a folder to write to";
                            case "--for" -> "a place: a code, id or name";
                            case "--count" -> "a number of questions";
                            case "--seed" -> "a whole number";
                            default -> "a number of bodies";
                        });
                    }
                    if ((option.equals("--data") || option.equals("--out")) && unusablePath(value) != null) {
                        return error(command, unusablePath(value));
                    }
                    switch (option) {
                        case "--data" -> data = Path.of(value);
                        case "--out" -> outDir = Path.of(value);
                        case "--for" -> place = value.strip();
                        case "--bodies" -> operands.add("--bodies=" + value); // read by bench
                        case "--count", "--seed" -> operands.add(option + "=" + value); // read by quiz
                        default -> {
                            Optional<LocalDate> date = AsOf.parseLenient(value);
                            if (date.isEmpty() && !inline && i + 2 < args.length) {
                                // --as-of 1 April 2019, unquoted: three arguments.
                                date = AsOf.parseLenient(value + " " + args[i + 1] + " " + args[i + 2]);
                                if (date.isPresent()) {
                                    i += 2;
                                }
                            }
                            if (date.isEmpty()) {
                                return error(command, "--as-of needs a real date such as 2019-04-01, 1/4/2019 or "
                                        + "\"1 April 2019\", not '" + value + "'");
                            }
                            asOf = date.get();
                        }
                    }
                }
                case "--answers" -> operands.add(a); // read by quiz
                case "--with-note", "--no-chart" -> operands.add(a); // read by export
                case "-h", "--help" -> command = command == null ? "help" : command;
                case "--version" -> command = command == null ? "version" : command;
                default -> {
                    if (a.startsWith("--") && a.length() > 2) {
                        return error(command, "unknown option " + a);
                    } else if (command == null) {
                        if (!HelpText.commands().contains(a)) {
                            return error(null, "unknown command '" + a + "'");
                        }
                        command = a;
                    } else {
                        operands.add(a);
                    }
                }
            }
        }
        if (("validate".equals(command) || "import-ons-ods".equals(command)) && operands.size() == 1
                && unusablePath(operands.get(0)) != null) {
            return error(command, unusablePath(operands.get(0)));
        }
        if ("version".equals(command) && !operands.isEmpty()) {
            return error(command, "version takes no arguments, not '" + String.join(" ", operands) + "'");
        }
        if (asOf != null && (command == null || !AS_OF_COMMANDS.contains(command))) {
            return error(command, "--as-of works with stats, find, show, commissioner, export, quiz and where");
        }
        if (place != null && !"commissioner".equals(command) && !"quiz".equals(command)) {
            return error(command, "--for is an option of commissioner and quiz only");
        }
        if (!"quiz".equals(command) && operands.stream().anyMatch(o -> o.startsWith("--count=")
                || o.startsWith("--seed=") || o.equals("--answers"))) {
            return error(command, "--count, --seed and --answers are options of quiz only");
        }
        if (!"export".equals(command) && operands.stream().anyMatch(o -> o.equals("--with-note")
                || o.equals("--no-chart"))) {
            return error(command, "--with-note and --no-chart are options of export only");
        }
        if (operands.stream().anyMatch(o -> o.startsWith("--bodies=")) && !"bench".equals(command)) {
            return error(command, "--bodies is an option of bench only");
        }
        if (outDir != null && !"import-ons-ods".equals(command) && !"import-boundaries".equals(command)
                && !"export".equals(command)) {
            return error(command, "--out is an option of import-ons-ods, import-boundaries and export only");
        }
        return new Arguments(command, List.copyOf(operands), data, asOf, outDir, place, null);
    }

    /**
     * Why the text cannot be a path on this system, or null: a NUL, or characters the system cannot encode in a
     * file name (non-ASCII letters when its language setting is C or POSIX).
     */
    static String unusablePath(String text) {
        try {
            Path.of(text);
            return null;
        } catch (java.nio.file.InvalidPathException e) {
            return "the path '" + text.replace("\0", "\\0") + "' has characters this system cannot use in a file "
                    + "name (" + e.getReason() + "); rename the file with plain letters, or set a UTF-8 language, "
                    + "such as LANG=en_GB.UTF-8";
        }
    }
}
