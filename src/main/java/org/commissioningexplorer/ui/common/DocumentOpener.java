package org.commissioningexplorer.ui.common;

import java.nio.file.Path;
import javafx.application.HostServices;

/**
 * Hands a document to the system: a file to its viewer, a web address to the browser. Callers check a
 * file with DocumentSafety and an address with DocumentSafety.isOpenableUrl (and ask the user) first.
 * An interface so that tests record what would have been opened.
 */
public interface DocumentOpener {

    void openFile(Path file);

    void openUrl(String url);

    /** Through the application's host services (the desktop's default viewer and browser). */
    static DocumentOpener hostServices(HostServices host) {
        return new DocumentOpener() {
            @Override
            public void openFile(Path file) {
                host.showDocument(file.toUri().toString());
            }

            @Override
            public void openUrl(String url) {
                host.showDocument(url);
            }
        };
    }

    /** Opens nothing; for a window built without a desktop to hand documents to. */
    static DocumentOpener none() {
        return new DocumentOpener() {
            @Override
            public void openFile(Path file) {
            }

            @Override
            public void openUrl(String url) {
            }
        };
    }
}
