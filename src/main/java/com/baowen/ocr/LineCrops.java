package com.baowen.ocr;

/**
 * Cuts text lines out of a page straight into a model's input tensor: each line's rotated box is sampled to
 * a fixed height (keeping its aspect), normalised to -1..1 as PaddleOCR's recogniser and classifier expect,
 * and padded with zeros on the right up to the batch width.
 */
final class LineCrops {
    private LineCrops() {
    }

    /** The width a line takes at {@code height}, in pixels, at least 1 and at most {@code maxWidth}. */
    static int scaledWidth(Quad q, int height, int maxWidth) {
        return Math.max(1, Math.min(maxWidth, (int) Math.ceil(height * q.width() / q.height())));
    }

    /**
     * @param batch  the tensor, {@code n x 3 x height x width}, zeros where nothing is drawn
     * @param item   which of the n
     * @param used   the width the line fills, 1..width
     */
    static void draw(GrayImage page, Quad q, float[] batch, int item, int height, int width, int used) {
        int plane = height * width;
        int base = item * 3 * plane;
        double cos = Math.cos(q.angle());
        double sin = Math.sin(q.angle());
        float step = (float) (q.height() / height);
        for (int y = 0; y < height; y++) {
            double dv = ((y + 0.5) / height - 0.5) * q.height();
            for (int x = 0; x < used; x++) {
                double du = ((x + 0.5) / used - 0.5) * q.width();
                float px = (float) (q.cx() + du * cos - dv * sin);
                float py = (float) (q.cy() + du * sin + dv * cos);
                float v = (page.area(px, py, step) / 255f - 0.5f) / 0.5f;
                int i = base + y * width + x;
                batch[i] = v;
                batch[i + plane] = v;
                batch[i + 2 * plane] = v;
            }
        }
    }
}
