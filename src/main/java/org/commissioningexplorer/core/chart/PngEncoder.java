package org.commissioningexplorer.core.chart;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Writes pixels as a PNG file (8-bit RGBA, no interlace), with nothing but java.util.zip: the window has no
 * Swing bridge to hand images to ImageIO. Each row is filtered by "sub" (the difference from the pixel on its
 * left), which shrinks the flat colours of a chart well.
 */
public final class PngEncoder {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private PngEncoder() {
    }

    /** Writes {@code argb} (rows from the top, {@code width} pixels each, as 0xAARRGGBB) to {@code out}. */
    public static void write(int[] argb, int width, int height, OutputStream out) throws IOException {
        if (width <= 0 || height <= 0 || argb.length != width * height) {
            throw new IllegalArgumentException("pixels do not match " + width + " x " + height);
        }
        DataOutputStream data = new DataOutputStream(out);
        data.write(SIGNATURE);
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        DataOutputStream h = new DataOutputStream(header);
        h.writeInt(width);
        h.writeInt(height);
        h.write(new byte[] {8, 6, 0, 0, 0}); // 8 bits, RGBA, deflate, adaptive filtering, no interlace
        chunk(data, "IHDR", header.toByteArray());
        ByteArrayOutputStream image = new ByteArrayOutputStream();
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try (DeflaterOutputStream z = new DeflaterOutputStream(image, deflater)) {
            byte[] row = new byte[1 + width * 4];
            row[0] = 1; // filter "sub"
            for (int y = 0; y < height; y++) {
                int prev = 0;
                for (int x = 0; x < width; x++) {
                    int p = argb[y * width + x];
                    int i = 1 + x * 4;
                    row[i] = (byte) ((p >> 16) - (prev >> 16));
                    row[i + 1] = (byte) ((p >> 8) - (prev >> 8));
                    row[i + 2] = (byte) (p - prev);
                    row[i + 3] = (byte) ((p >>> 24) - (prev >>> 24));
                    prev = p;
                }
                z.write(row);
            }
        } finally {
            deflater.end();
        }
        chunk(data, "IDAT", image.toByteArray());
        chunk(data, "IEND", new byte[0]);
        data.flush();
    }

    private static void chunk(DataOutputStream out, String type, byte[] body) throws IOException {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(body);
        out.writeInt(body.length);
        out.write(name);
        out.write(body);
        out.writeInt((int) crc.getValue());
    }
}
