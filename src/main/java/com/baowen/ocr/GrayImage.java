package com.baowen.ocr;

import com.baowen.BaowenException;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/**
 * A page as 8-bit gray pixels, row by row; immutable once built. Newspapers print in black, and one byte a
 * pixel keeps a 40-megapixel scan at 40 MB; the models get the gray value on all three channels.
 *
 * @param width  in pixels, at least 1
 * @param height in pixels, at least 1
 * @param pixels {@code width * height} luminance values, 0 black .. 255 white
 */
public record GrayImage(int width, int height, byte[] pixels) {
    public GrayImage {
        if (width < 1 || height < 1 || pixels.length != (long) width * height) {
            throw new BaowenException("a gray image needs width, height >= 1 and width*height pixels, got "
                    + width + "x" + height + " with " + pixels.length);
        }
    }

    /** Converts any decoded image (RGB, indexed, 16-bit gray…) to 8-bit luminance, one row at a time. */
    public static GrayImage of(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        byte[] out = new byte[Math.multiplyExact(w, h)];
        if (image.getType() == BufferedImage.TYPE_BYTE_GRAY && image.getRaster().getDataBuffer() instanceof DataBufferByte db
                && db.getData().length == out.length && image.getRaster().getParent() == null) {
            System.arraycopy(db.getData(), 0, out, 0, out.length);
            return new GrayImage(w, h, out);
        }
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            image.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                int p = row[x];
                int a = p >>> 24;
                int r = (p >> 16) & 0xff;
                int g = (p >> 8) & 0xff;
                int b = p & 0xff;
                int lum = (299 * r + 587 * g + 114 * b) / 1000;
                // transparent pixels are paper, not ink
                out[y * w + x] = (byte) ((lum * a + 255 * (255 - a)) / 255);
            }
        }
        return new GrayImage(w, h, out);
    }

    /** The gray value at (x, y), 0..255; outside the image, white. */
    public int at(int x, int y) {
        if (x < 0 || y < 0 || x >= width || y >= height) {
            return 255;
        }
        return pixels[y * width + x] & 0xff;
    }

    /** Bilinear sample at a point in pixel coordinates (pixel centres at +0.5). */
    public float sample(float x, float y) {
        float fx = x - 0.5f;
        float fy = y - 0.5f;
        int x0 = (int) Math.floor(fx);
        int y0 = (int) Math.floor(fy);
        float ax = fx - x0;
        float ay = fy - y0;
        float top = at(x0, y0) * (1 - ax) + at(x0 + 1, y0) * ax;
        float bottom = at(x0, y0 + 1) * (1 - ax) + at(x0 + 1, y0 + 1) * ax;
        return top * (1 - ay) + bottom * ay;
    }

    /**
     * The mean over the source pixels a destination pixel of a downscaled image covers (box filter), so a
     * large scan shrunk for detection keeps thin strokes; for scale >= 1 the bilinear sample.
     *
     * @param x     centre in source pixels
     * @param y     centre in source pixels
     * @param step  source pixels per destination pixel, > 0
     */
    public float area(float x, float y, float step) {
        if (step <= 1.5f) {
            return sample(x, y);
        }
        int x0 = (int) (x - step / 2);
        int y0 = (int) (y - step / 2);
        int n = Math.max(1, Math.round(step));
        int sum = 0;
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                sum += at(x0 + i, y0 + j);
            }
        }
        return sum / (float) (n * n);
    }
}
