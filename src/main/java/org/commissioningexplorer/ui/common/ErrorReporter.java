package org.commissioningexplorer.ui.common;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Window;
import org.commissioningexplorer.core.AppInfo;
import org.commissioningexplorer.core.AppLog;

/**
 * The one error path of the window: an exception no code caught, on the UI thread or any other, is written to the
 * log with its stack trace and shown in a plain dialog with "Copy details"; the window stays usable. Installed by
 * the launcher before anything else runs.
 */
public final class ErrorReporter {

    private static volatile Window owner;
    /** One dialog at a time: errors that come while it is open are only logged. */
    private static final AtomicBoolean SHOWING = new AtomicBoolean();

    private ErrorReporter() {
    }

    /** Starts the log and makes this the handler of every thread's uncaught exceptions. */
    public static void install() {
        AppLog.install();
        Thread.setDefaultUncaughtExceptionHandler(ErrorReporter::report);
    }

    /** The window the dialog belongs to, once there is one. */
    public static void setOwner(Window window) {
        owner = window;
    }

    static void report(Thread thread, Throwable error) {
        record(thread, error);
        try {
            Platform.runLater(() -> show(error));
        } catch (IllegalStateException toolkitNotRunning) {
            System.err.println("error: internal error (" + error + "). Please report it with what you were doing.");
        }
    }

    /** Writes the error, with its stack trace, to the log. */
    static void record(Thread thread, Throwable error) {
        AppLog.error("Unexpected error on thread " + thread.getName(), error);
    }

    /** What "Copy details" copies: version, the error and its stack trace, and where the log is. */
    static String details(Throwable error) {
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        Path log = AppLog.folder();
        return AppInfo.NAME + " " + AppInfo.version() + ", Java " + System.getProperty("java.version") + ", "
                + System.getProperty("os.name") + "\n" + (log == null ? "" : "Log: " + log + "\n") + "\n" + trace;
    }

    private static void show(Throwable error) {
        if (!SHOWING.compareAndSet(false, true)) {
            return;
        }
        Alert alert = new Alert(Alert.AlertType.ERROR);
        if (owner != null && owner.isShowing()) {
            alert.initOwner(owner);
        }
        alert.setTitle(Texts.get("app.title"));
        alert.setHeaderText(Texts.get("app.error.header"));
        Path log = AppLog.folder();
        alert.setContentText(Texts.format("app.error.text", error.getClass().getSimpleName())
                + (log == null ? "" : " " + Texts.format("app.error.log", log.toString())));
        TextArea text = new TextArea(details(error));
        text.setEditable(false);
        text.setWrapText(false);
        text.setPrefRowCount(12);
        alert.getDialogPane().setExpandableContent(text);
        ButtonType copy = new ButtonType(Texts.get("app.error.copy"), ButtonBar.ButtonData.LEFT);
        alert.getButtonTypes().setAll(copy, ButtonType.OK);
        Button copyButton = (Button) alert.getDialogPane().lookupButton(copy);
        copyButton.addEventFilter(ActionEvent.ACTION, e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(details(error));
            Clipboard.getSystemClipboard().setContent(content);
            copyButton.setText(Texts.get("app.error.copied"));
            e.consume(); // copying does not close the dialog
        });
        alert.setOnHidden(e -> SHOWING.set(false));
        alert.getDialogPane().getStylesheets().add(Theme.url());
        alert.show();
    }
}
