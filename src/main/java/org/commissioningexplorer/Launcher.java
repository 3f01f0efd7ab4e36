package org.commissioningexplorer;

import org.commissioningexplorer.cli.CommandLine;

/**
 * The one entry point. With a subcommand it runs without a display; otherwise it opens the window.
 * It is not a JavaFX Application itself so that the command line never touches the toolkit, and so
 * that the self-contained jar starts with JavaFX on the class path.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 1 && args[0].equals("--measure-ui")) {
            org.commissioningexplorer.ui.ExplorerApp.measureUi();
            return;
        }
        if (args.length == 1 && (args[0].equals("--measure-startup") || args[0].equals("--measure-startup=baseline"))) {
            org.commissioningexplorer.ui.ExplorerApp.measureStartup(args[0].endsWith("=baseline"));
            return;
        }
        if (CommandLine.wantsWindow(args)) {
            org.commissioningexplorer.ui.ExplorerApp.launchWith(CommandLine.dataPath(args).orElse(null));
            return;
        }
        int status;
        try {
            status = new CommandLine(System.out, System.err).run(args);
        } catch (RuntimeException e) {
            // A bug, not bad input (bad input is reported by the commands): say so in one line.
            System.err.println("error: unexpected failure (" + e + "). Please report it with the command you ran.");
            status = CommandLine.FAILED;
        }
        System.exit(status);
    }
}
