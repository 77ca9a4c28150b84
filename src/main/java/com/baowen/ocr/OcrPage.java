package com.baowen.ocr;

import java.util.List;

/**
 * One page image read into text, in the form a newspaper page's {@code .txt} takes (wrapped lines, blank lines
 * between blocks, headlines on their own lines), with a way back from every character to where it is printed;
 * immutable.
 *
 * @param text     the page text
 * @param lines    the lines in reading order, each with its offset in {@code text}
 * @param width    of the image, in pixels
 * @param height   of the image, in pixels
 * @param skew     the page's tilt, in degrees (positive: clockwise)
 * @param vertical true when most text runs in vertical columns (older papers); those lines are read top to bottom
 */
public record OcrPage(String text, List<PageLine> lines, int width, int height, double skew, boolean vertical) {
    public OcrPage {
        lines = List.copyOf(lines);
    }

    /** The line holding the character at {@code offset} of {@link #text()}, or null for a line break. */
    public PageLine lineAt(int offset) {
        int lo = 0;
        int hi = lines.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            PageLine l = lines.get(mid);
            if (offset < l.start()) {
                hi = mid - 1;
            } else if (offset >= l.end()) {
                lo = mid + 1;
            } else {
                return l;
            }
        }
        return null;
    }

    /**
     * Where the characters {@code start..end} of one line are printed: the slice of the line's box they cover,
     * or null when {@code start} is not inside a line.
     */
    public Quad boxOf(int start, int end) {
        PageLine l = lineAt(start);
        if (l == null) {
            return null;
        }
        float[] at = l.line().charAt();
        int a = start - l.start();
        int b = Math.min(end, l.end()) - 1 - l.start();
        if (b < a || at.length == 0) {
            return l.line().box();
        }
        double step = 1.0 / Math.max(1, at.length);
        double u0 = Math.max(0, at[a] - step / 2);
        double u1 = Math.min(1, at[b] + step / 2);
        Quad box = l.line().box();
        double[] p0 = box.point(u0, 0.5);
        double[] p1 = box.point(u1, 0.5);
        return new Quad((p0[0] + p1[0]) / 2, (p0[1] + p1[1]) / 2, (u1 - u0) * box.width(), box.height(), box.angle());
    }
}
