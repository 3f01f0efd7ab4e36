package org.commissioningexplorer.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ResourceBundle;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/** Loads a feature's FXML view with the controller built for it (the project's views have one controller each). */
public final class Views {

    private Views() {
    }

    /**
     * The view in {@code resource} (a class-path name), its {@code %keys} from {@code messages}, wired to
     * {@code controller}. A view that cannot be loaded is a fault in the build, not in the user's data.
     */
    public static Parent load(String resource, ResourceBundle messages, Object controller) {
        FXMLLoader loader = new FXMLLoader(Views.class.getResource(resource), messages);
        loader.setControllerFactory(type -> {
            if (type.isInstance(controller)) {
                return controller;
            }
            throw new IllegalArgumentException(resource + " asks for " + type.getName() + ", not "
                    + controller.getClass().getName());
        });
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException(resource + " could not be loaded", e);
        }
    }
}
