package org.commissioningexplorer.ui.chart;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.transform.Transform;
import org.commissioningexplorer.core.chart.PngEncoder;

/** Saves the chart as a PNG image wide enough for a projector, whatever the zoom on screen. */
final class ChartExport {

    /** Full HD: a projector's or a slide's width. */
    static final int WIDTH = 1920;

    private ChartExport() {
    }

    /** Draws {@code chart} (a node without transforms of its own) {@link #WIDTH} pixels wide into {@code file}. */
    static void write(Node chart, Path file) throws IOException {
        double w = chart.getLayoutBounds().getWidth();
        double h = chart.getLayoutBounds().getHeight();
        if (!(w > 0) || !(h > 0)) {
            throw new IOException("the chart has not been drawn yet");
        }
        double scale = WIDTH / w;
        // At most ten screens tall: a chart taller than that would not be read from one image anyway.
        int height = Math.max(1, Math.min(WIDTH * 10, (int) Math.ceil(h * scale)));
        SnapshotParameters params = new SnapshotParameters();
        params.setTransform(Transform.scale(scale, scale));
        params.setFill(Color.TRANSPARENT);
        WritableImage image = chart.snapshot(params, new WritableImage(WIDTH, height));
        int[] pixels = new int[WIDTH * height];
        image.getPixelReader().getPixels(0, 0, WIDTH, height, PixelFormat.getIntArgbInstance(), pixels, 0, WIDTH);
        try (OutputStream out = Files.newOutputStream(file)) {
            PngEncoder.write(pixels, WIDTH, height, out);
        }
    }
}
