package org.commissioningexplorer.ui.main;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.fxml.FXMLLoader;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import org.commissioningexplorer.ui.common.Settings;

/**
 * The window's top (TopBar.fxml: the menus, the problem banner, the timeline), put into the layout's top either at
 * once or, at start-up, just after the window's first frame: the tree and the page show without waiting for the
 * menus and the timeline, which take about as long again to build and style. Until then the space they take is
 * kept for them (as tall as last time, {@value #HEIGHT_KEY}, in em of the root font so that it follows the zoom),
 * so that nothing below them moves when they come.
 */
final class WindowTop {

    static final String HEIGHT_KEY = "window.topHeightEm";
    /** The top's height in em before a start has measured it: 105 px at 100% zoom (13 px) in a 1366 px window. */
    static final double FIRST_HEIGHT_EM = 8.08;

    private final BorderPane layout;
    private final Supplier<FXMLLoader> loaders;
    private final Consumer<TopBarController> whenIn;
    private TopBarController controller;
    private Region top;

    /**
     * {@code loaders} gives a loader of TopBar.fxml with the window's controller factory and messages; {@code whenIn}
     * hears of the top once it is in.
     */
    WindowTop(BorderPane layout, Supplier<FXMLLoader> loaders, Consumer<TopBarController> whenIn) {
        this.layout = layout;
        this.loaders = loaders;
        this.whenIn = whenIn;
    }

    /** Puts the top in now (the window is not shown yet, or tests want all of it at once). */
    void putInNow() {
        FXMLLoader loader = loaders.get();
        try {
            top = (Region) loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("The window's menus could not be loaded", e);
        }
        controller = loader.getController();
        layout.setTop(top);
        whenIn.accept(controller);
    }

    /**
     * Keeps the top's space with an empty band as tall as the top was last time, and puts the top in once the frame
     * after the next layout pass (the window's first) is under way. {@code em} is the root font's size in px.
     */
    void putInAfterFirstFrame(Scene scene, Settings settings, double em) {
        double stored = settings.getDouble(HEIGHT_KEY, FIRST_HEIGHT_EM);
        double h = Math.round(em * (stored > 0 && stored < 40 ? stored : FIRST_HEIGHT_EM));
        Region kept = new Region();
        kept.getStyleClass().add("top-kept");
        kept.setMinHeight(h);
        kept.setPrefHeight(h);
        layout.setTop(kept);
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            Platform.runLater(this::putInNow);
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    /** The top's controller, or null while the top is not in yet. */
    TopBarController controller() {
        return controller;
    }

    /**
     * Keeps the top's height for the next start's band, in em of the root font ({@code em} px), unless the problem
     * banner made it taller than usual or presenter mode hid the menus.
     */
    void remember(Settings settings, double em) {
        if (controller != null && top.getHeight() > 0 && em > 0 && !controller.bannerShowing()
                && controller.menuBar().isVisible()) {
            settings.put(HEIGHT_KEY, String.format(java.util.Locale.ROOT, "%.3f", top.getHeight() / em));
        }
    }
}
