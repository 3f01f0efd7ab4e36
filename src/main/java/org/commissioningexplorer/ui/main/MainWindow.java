package org.commissioningexplorer.ui.main;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javafx.fxml.FXMLLoader;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.image.Image;
import javafx.scene.layout.BorderPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.commissioningexplorer.core.AppLog;
import org.commissioningexplorer.ui.common.Appearance;
import org.commissioningexplorer.ui.common.Services;
import org.commissioningexplorer.ui.common.Texts;
import org.commissioningexplorer.ui.common.Settings;
import org.commissioningexplorer.ui.common.Theme;
import org.commissioningexplorer.ui.state.DatasetSession;
import org.commissioningexplorer.ui.state.ExplorerState;
import org.commissioningexplorer.ui.view.Presentation;
import org.commissioningexplorer.ui.view.ViewMenu;

/** Builds the explorer window on a stage: loads its FXML and theme, restores its size, opens the data. */
public final class MainWindow {

    /** Where the split between the tree and the detail pane starts, as a share of the window's width. */
    static final double DEFAULT_DIVIDER = 0.36;

    private MainWindow() {
    }

    /** Shows the window and starts opening the initial dataset; returns the window's shared state. */
    public static ExplorerState show(Stage stage, Services services) {
        return show(stage, services, null);
    }

    /**
     * As {@link #show(Stage, Services)}, opening the dataset whose reading started already when not null: when it
     * has been read by now, the window's first frame shows it.
     */
    public static ExplorerState show(Stage stage, Services services, DatasetSession.Preload preload) {
        ExplorerState state = new ExplorerState(services.runner(), services.settings());
        ControllerFactory factory = new ControllerFactory(state, services);
        // The body first (search box, tree, note strip, detail pane, status bar), then the top that acts on it.
        BorderPane root = (BorderPane) load(factory, services, "MainWindow.fxml");
        FXMLLoader topLoader = loader(factory, services, "TopBar.fxml");
        root.setTop(load(topLoader));
        TopBarController top = topLoader.getController();
        // Meanwhile, on a worker: the window's icons, which the window manager takes whenever they come (decoding the
        // largest took a tenth of the start on the window's thread). After the layout, whose controls set up JavaFX's
        // default stylesheet on this thread, as the first control made does.
        services.runner().run(MainWindow::readIcons, icons -> stage.getIcons().setAll(icons),
                failure -> AppLog.error("The window's icons could not be read", failure));
        Scene scene = new Scene(WindowFrame.around(root));
        scene.getStylesheets().add(Theme.url());
        stage.setScene(scene);
        stage.setTitle(Texts.get("app.title"));
        restoreGeometry(stage, services.settings());
        Appearance appearance = new Appearance(services.settings());
        ViewMenu.install(top.menuBar(), stage, Presentation.install(stage, appearance, state.status(), top.menuBar(),
                root.lookup(".status-bar")), appearance);
        SplitPane split = (SplitPane) root.lookup(".main-split");
        split.setDividerPositions(divider(services.settings()));
        stage.setOnHidden(e -> {
            saveGeometry(stage, services.settings());
            top.rememberMap();
            services.settings().put("window.divider", Double.toString(split.getDividerPositions()[0]));
        });
        // Opened before the window is shown: when the dataset is read already, the first frame shows it, and its
        // rows and page are styled and laid out once, not once empty and again filled in.
        if (preload != null) {
            state.session().openPreloaded(preload);
        } else {
            state.session().openInitial(services.initialData());
        }
        stage.show();
        afterShow(stage, services, top);
        return state;
    }

    /** Reads the window's icons: the window system picks the size it needs. */
    private static List<Image> readIcons() {
        List<Image> icons = new ArrayList<>();
        for (int size : new int[] {32, 64, 256}) {
            icons.add(new Image(MainWindow.class.getResource(
                    "/org/commissioningexplorer/ui/icon-" + size + ".png").toExternalForm()));
        }
        return icons;
    }

    /** Once the window is up: the map left open last time, and a word about a damaged settings file. */
    private static void afterShow(Stage stage, Services services, TopBarController controller) {
        if (services.settings().get(MapColumn.OPEN_KEY, "false").equals("true")) {
            // Left open last time: opened again once the window is up, reading the boundaries in the background.
            javafx.application.Platform.runLater(() -> controller.map().show());
        }
        String settingsNotice = services.settings().notice();
        if (settingsNotice != null) {
            // A damaged settings file was kept aside: say where, once the window is there to own the message.
            javafx.application.Platform.runLater(() -> {
                javafx.scene.control.Alert a = new javafx.scene.control.Alert(
                        javafx.scene.control.Alert.AlertType.INFORMATION, settingsNotice);
                a.initOwner(stage);
                a.setTitle(Texts.get("app.title"));
                a.setHeaderText(Texts.get("settings.notice.header"));
                a.show();
            });
        }
    }

    private static Parent load(ControllerFactory factory, Services services, String fxml) {
        return load(loader(factory, services, fxml));
    }

    private static Parent load(FXMLLoader loader) {
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("The window's layout could not be loaded", e);
        }
    }

    private static FXMLLoader loader(ControllerFactory factory, Services services, String fxml) {
        FXMLLoader loader = new FXMLLoader(MainWindow.class.getResource("/org/commissioningexplorer/ui/main/" + fxml),
                services.messages());
        loader.setControllerFactory(factory);
        return loader;
    }

    /** The divider where the user left it, kept to where both sides still show something. */
    static double divider(Settings s) {
        return Math.max(0.15, Math.min(0.7, s.getDouble("window.divider", DEFAULT_DIVIDER)));
    }

    /**
     * The first start's size for a screen: most of it (a laptop's 1366×768 nearly all, leaving the task bar and
     * the window's frame), but not a wall of white on a large monitor.
     */
    static Rectangle2D firstSize(Rectangle2D screen) {
        double w = Math.min(1600, Math.max(Math.min(1024, screen.getWidth()), screen.getWidth() * 0.9));
        double h = Math.min(1000, Math.max(Math.min(640, screen.getHeight()), screen.getHeight() * 0.9));
        return new Rectangle2D(0, 0, Math.min(w, screen.getWidth()), Math.min(h, screen.getHeight()));
    }

    private static void restoreGeometry(Stage stage, Settings s) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Rectangle2D first = firstSize(screen);
        double w = s.getDouble("window.width", first.getWidth());
        double h = s.getDouble("window.height", first.getHeight());
        double x = s.getDouble("window.x", Double.NaN);
        double y = s.getDouble("window.y", Double.NaN);
        stage.setWidth(Math.max(640, Math.min(w, screen.getWidth())));
        stage.setHeight(Math.max(480, Math.min(h, screen.getHeight())));
        // Only put the window back where it was if that place is still on a screen.
        if (!Double.isNaN(x) && !Double.isNaN(y) && !Screen.getScreensForRectangle(x, y, 100, 100).isEmpty()) {
            stage.setX(x);
            stage.setY(y);
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(s.getBoolean("window.maximized", false));
    }

    private static void saveGeometry(Stage stage, Settings s) {
        s.put("window.maximized", Boolean.toString(stage.isMaximized()));
        if (!stage.isMaximized()) {
            s.put("window.width", Double.toString(stage.getWidth()));
            s.put("window.height", Double.toString(stage.getHeight()));
            s.put("window.x", Double.toString(stage.getX()));
            s.put("window.y", Double.toString(stage.getY()));
        }
    }
}
