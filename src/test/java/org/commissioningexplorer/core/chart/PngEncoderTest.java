package org.commissioningexplorer.core.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The chart's PNG writer: what it writes, a standard reader reads back pixel for pixel. */
class PngEncoderTest {

    @Test
    void aStandardReaderReadsTheSamePixelsBack() throws Exception {
        int w = 7;
        int h = 3;
        int[] pixels = new int[w * h];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (0xff - i * 3) << 24 | (i * 37 & 0xff) << 16 | (255 - i * 11 & 0xff) << 8 | (i * 91 & 0xff);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PngEncoder.write(pixels, w, h, out);

        BufferedImage read = ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
        assertEquals(w, read.getWidth());
        assertEquals(h, read.getHeight());
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                assertEquals(Integer.toHexString(pixels[y * w + x]), Integer.toHexString(read.getRGB(x, y)),
                        "pixel " + x + "," + y);
            }
        }
    }

    @Test
    void pixelsThatDoNotMatchTheSizeAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> PngEncoder.write(new int[5], 2, 3, new ByteArrayOutputStream()));
    }
}
