package org.commissioningexplorer.ui.map;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javafx.geometry.VPos;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.commissioningexplorer.core.chart.PngEncoder;
import org.commissioningexplorer.core.geo.MapPicture;

/**
 * The map as a PNG for a slide: what the screen shows, redrawn {@link #WIDTH} pixels wide (sharp, not an
 * enlarged screenshot), with its date and count as a title and the attribution the licence asks for. Drawn on
 * the UI thread (a canvas must be), encoded and written off it, to a temporary file moved over the target
 * when complete.
 */
final class MapExport {

    /** Full HD: a projector's or a slide's width. */
    static final int WIDTH = 1920;

    /** The drawn pixels, ready to encode. */
    record Image(int[] argb, int width, int height) {
    }

    private MapExport() {
    }

    /** Draws the view of {@code frame} on a {@code viewWidth × viewHeight} canvas again, {@link #WIDTH} wide. */
    static Image draw(MapRenderer renderer, MapPicture picture, MapFrame frame, double viewWidth, double viewHeight,
            MapPalette palette, MapRenderer.Options options, String title, String attribution) {
        double k = WIDTH / viewWidth;
        int height = (int) Math.max(WIDTH * 0.5, Math.min(WIDTH * 1.6, Math.round(viewHeight * k)));
        MapFrame big = new MapFrame(frame.scale() * k, frame.originX(), frame.originY());
        Canvas canvas = new Canvas(WIDTH, height);
        GraphicsContext g = canvas.getGraphicsContext2D();
        renderer.draw(g, picture, big, palette, options, WIDTH, height);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.setFont(Font.font(null, FontWeight.BOLD, 40));
        g.setFill(palette.text());
        g.fillText(title, 32, 28);
        g.setFont(Font.font(18));
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText(attribution, 32, height - 20, WIDTH - 64);
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.TRANSPARENT);
        WritableImage image = canvas.snapshot(params, new WritableImage(WIDTH, height));
        int[] pixels = new int[WIDTH * height];
        image.getPixelReader().getPixels(0, 0, WIDTH, height, PixelFormat.getIntArgbInstance(), pixels, 0, WIDTH);
        return new Image(pixels, WIDTH, height);
    }

    /** Encodes and writes the image; the file is replaced only once the new one is complete. */
    static void write(Image image, Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, ".map-", ".png.tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                PngEncoder.write(image.argb(), image.width(), image.height(), out);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
