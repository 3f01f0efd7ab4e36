package org.commissioningexplorer.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.commissioningexplorer.ui.common.Texts;

/**
 * The baseline of {@code bench startup}: a window of the explorer's size showing one label, on the same JVM and
 * JavaFX, measured the same way ({@code --measure-startup=baseline}).
 */
public final class BaselineWindow extends Application {

    @Override
    public void start(Stage stage) {
        Scene scene = new Scene(new StackPane(new Label(Texts.get("app.title"))), 1200, 780);
        stage.setScene(scene);
        stage.setTitle(Texts.get("app.title"));
        StartupProbe.reportWhen(scene, () -> true);
        stage.show();
    }
}
