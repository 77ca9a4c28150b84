package com.baowen.ocr;

/**
 * A rotated rectangle on a page image, in pixels: its centre, its size along its own axes and the angle of its
 * width axis; immutable. Text runs along the width axis, left to right.
 *
 * @param cx     centre x
 * @param cy     centre y
 * @param width  along the text, > 0
 * @param height across the text, > 0
 * @param angle  of the width axis against the image's x axis, in radians (y grows downwards; near 0 for a level line)
 */
public record Quad(double cx, double cy, double width, double height, double angle) {

    /** The corner at fractions (u along the width, v along the height), 0..1 each; (0,0) is top left. */
    public double[] point(double u, double v) {
        double cos = Math.cos(angle);
        double sin = Math.sin(angle);
        double dx = (u - 0.5) * width;
        double dy = (v - 0.5) * height;
        return new double[]{cx + dx * cos - dy * sin, cy + dx * sin + dy * cos};
    }

    /** The four corners as x0,y0 .. x3,y3: top left, top right, bottom right, bottom left. */
    public double[] corners() {
        double[] tl = point(0, 0);
        double[] tr = point(1, 0);
        double[] br = point(1, 1);
        double[] bl = point(0, 1);
        return new double[]{tl[0], tl[1], tr[0], tr[1], br[0], br[1], bl[0], bl[1]};
    }

    /** Axis-aligned bounds: minX, minY, maxX, maxY. */
    public double[] bounds() {
        double[] c = corners();
        double minX = Math.min(Math.min(c[0], c[2]), Math.min(c[4], c[6]));
        double maxX = Math.max(Math.max(c[0], c[2]), Math.max(c[4], c[6]));
        double minY = Math.min(Math.min(c[1], c[3]), Math.min(c[5], c[7]));
        double maxY = Math.max(Math.max(c[1], c[3]), Math.max(c[5], c[7]));
        return new double[]{minX, minY, maxX, maxY};
    }

    /** The same box, grown by {@code d} pixels on every side. */
    public Quad grow(double d) {
        return new Quad(cx, cy, width + 2 * d, height + 2 * d, angle);
    }

    /** The same box scaled about the image origin (detection map to page pixels). */
    public Quad scale(double sx, double sy) {
        double[] c = corners();
        for (int i = 0; i < 8; i += 2) {
            c[i] *= sx;
            c[i + 1] *= sy;
        }
        double w = Math.hypot(c[2] - c[0], c[3] - c[1]);
        double h = Math.hypot(c[6] - c[0], c[7] - c[1]);
        return new Quad(cx * sx, cy * sy, w, h, Math.atan2(c[3] - c[1], c[2] - c[0]));
    }

    /** The box turned half round (text printed upside down). */
    public Quad flipped() {
        return new Quad(cx, cy, width, height, angle > 0 ? angle - Math.PI : angle + Math.PI);
    }
}
