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
        int status = guarded(() -> run(args), System.err);
        if (status != CommandLine.OK) {
            System.exit(status);
        }
    }

    /**
     * Runs {@code work}; anything it throws is a bug, not bad input (bad input is reported by the commands), and is
     * said in one line with exit status {@value CommandLine#INTERNAL}, whatever it was: also while the arguments
     * were read, or when memory or the stack ran out.
     */
    static int guarded(Runnable work, java.io.PrintStream err) {
        try {
            work.run();
            return CommandLine.OK;
        } catch (Throwable e) {
            err.println("error: internal error (" + e + rootCause(e) + "). Please report it with the command you ran.");
            return CommandLine.INTERNAL;
        }
    }

    /** ", caused by …" with the innermost cause, which says what went wrong where the outer one only wraps it. */
    static String rootCause(Throwable e) {
        Throwable root = e;
        for (int i = 0; root.getCause() != null && root.getCause() != root && i < 20; i++) {
            root = root.getCause();
        }
        if (root == e) {
            return "";
        }
        StackTraceElement[] at = root.getStackTrace();
        return ", caused by " + root + (at.length > 0 ? " at " + at[0] : "");
    }

    private static void run(String[] args) {
        if (args.length == 1 && args[0].equals("--load-startup-classes")) {
            loadStartupClasses();
            return;
        }
        if (args.length == 1 && (args[0].equals("--measure-ui") || args[0].startsWith("--measure-ui="))) {
            // --measure-ui=FILE: the same on another dataset (bench --bodies N, on its made-up one)
            String file = args[0].startsWith("--measure-ui=") ? args[0].substring(13) : null;
            org.commissioningexplorer.ui.ExplorerApp.measureUi(file == null ? null : java.nio.file.Path.of(file));
            return;
        }
        if (args.length == 1 && (args[0].equals("--measure-startup") || args[0].equals("--measure-startup=baseline"))) {
            org.commissioningexplorer.ui.ExplorerApp.measureStartup(args[0].endsWith("=baseline"));
            return;
        }
        if (CommandLine.wantsWindow(args)) {
            if (noDisplay()) {
                System.err.println("error: there is no display to open the window on; run a command instead, such "
                        + "as help, or start it from a desktop session");
                System.exit(CommandLine.USAGE);
            }
            org.commissioningexplorer.ui.ExplorerApp.launchWith(CommandLine.dataPath(args).orElse(null));
            return;
        }
        System.exit(new CommandLine(System.out, System.err).run(args));
    }

    /**
     * {@code --load-startup-classes}, run by the installers with {@code -XX:ArchiveClassesAtExit}: loads the classes
     * a start of the window loads ({@link StartupClasses}), then reads and searches the bundled dataset, so that the
     * archive holds the classes of both, and says how many.
     */
    private static void loadStartupClasses() {
        int[] counts = StartupClasses.load(Launcher.class.getClassLoader());
        java.io.PrintStream none = new java.io.PrintStream(java.io.OutputStream.nullOutputStream());
        int status = new CommandLine(none, none).run(new String[] {"find", "norwich"});
        System.out.println("loaded " + counts[0] + " of the " + counts[1] + " classes a start loads; the bundled dataset "
                + (status == CommandLine.OK ? "read and searched" : "could not be read (status " + status + ")"));
    }

    /** On Linux and other X11/Wayland systems, whether neither display is set (Windows and macOS always have one). */
    private static boolean noDisplay() {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        if (os.contains("win") || os.contains("mac") || "Monocle".equals(System.getProperty("glass.platform"))) {
            return false;
        }
        return isBlank(System.getenv("DISPLAY")) && isBlank(System.getenv("WAYLAND_DISPLAY"));
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
