package org.commissioningexplorer.ui.common;

import java.nio.file.Path;
import java.util.ResourceBundle;

/**
 * What the window's controllers need from outside, built once at start-up and handed to them by the
 * controller factory. Tests build one with in-memory settings, a same-thread runner and canned dialogs.
 *
 * @param initialData a dataset file given with --data, or null for the bundled dataset
 */
public record Services(Settings settings, BackgroundRunner runner, FileDialogs dialogs, ResourceBundle messages,
                       Path initialData) {

    public static ResourceBundle bundle() {
        return ResourceBundle.getBundle("org.commissioningexplorer.ui.messages");
    }
}
