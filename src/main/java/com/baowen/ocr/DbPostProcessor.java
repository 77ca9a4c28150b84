package com.baowen.ocr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns the text-probability map of a DB (Differentiable Binarization) detector into text boxes; stateless and
 * thread-safe. PaddleOCR's post-processing, without OpenCV:
 * <ol>
 *   <li>threshold the map ({@link #THRESHOLD});</li>
 *   <li>find 8-connected regions;</li>
 *   <li>fit each region's convex hull with its minimum-area rotated rectangle (rotating calipers);</li>
 *   <li>drop boxes whose mean probability is under {@link #BOX_THRESHOLD} or whose short side is under
 *       {@link #MIN_SIZE};</li>
 *   <li>unclip: DB shrinks text regions when it learns them, so grow the box by area * ratio / perimeter.</li>
 * </ol>
 */
final class DbPostProcessor {
    /** PaddleOCR's defaults (det_db_thresh, det_db_box_thresh, det_db_unclip_ratio, min_size). */
    static final float THRESHOLD = 0.3f;
    static final float BOX_THRESHOLD = 0.6f;
    static final double UNCLIP_RATIO = 1.5;
    static final double MIN_SIZE = 3;
    /** More regions than this on one page are noise, not text. */
    static final int MAX_CANDIDATES = 5000;

    /** A box in map pixels and its mean text probability. */
    record Box(Quad quad, float score) {
    }

    List<Box> boxes(float[] prob, int w, int h) {
        int[] label = new int[w * h];
        int[] stack = new int[w * h];
        List<Box> out = new ArrayList<>();
        int[] rowMin = new int[h];
        int[] rowMax = new int[h];
        Arrays.fill(rowMin, Integer.MAX_VALUE);
        Arrays.fill(rowMax, -1);
        int next = 0;
        for (int start = 0; start < label.length && next < MAX_CANDIDATES; start++) {
            if (label[start] != 0 || prob[start] <= THRESHOLD) {
                continue;
            }
            next++;
            int top = 0;
            stack[top++] = start;
            label[start] = next;
            int minY = h;
            int maxY = -1;
            while (top > 0) {
                int p = stack[--top];
                int x = p % w;
                int y = p / w;
                rowMin[y] = Math.min(rowMin[y], x);
                rowMax[y] = Math.max(rowMax[y], x);
                minY = Math.min(minY, y);
                maxY = Math.max(maxY, y);
                for (int dy = -1; dy <= 1; dy++) {
                    int ny = y + dy;
                    if (ny < 0 || ny >= h) {
                        continue;
                    }
                    for (int dx = -1; dx <= 1; dx++) {
                        int nx = x + dx;
                        if (nx < 0 || nx >= w) {
                            continue;
                        }
                        int q = ny * w + nx;
                        if (label[q] == 0 && prob[q] > THRESHOLD) {
                            label[q] = next;
                            stack[top++] = q;
                        }
                    }
                }
            }
            Box box = fit(prob, w, h, rowMin, rowMax, minY, maxY);
            if (box != null) {
                out.add(box);
            }
            Arrays.fill(rowMin, minY, maxY + 1, Integer.MAX_VALUE);
            Arrays.fill(rowMax, minY, maxY + 1, -1);
        }
        return out;
    }

    private static Box fit(float[] prob, int w, int h, int[] rowMin, int[] rowMax, int minY, int maxY) {
        List<double[]> pts = new ArrayList<>();
        for (int y = minY; y <= maxY; y++) {
            if (rowMax[y] < 0) {
                continue;
            }
            // pixel corners, so a one-pixel-high row still has an area
            pts.add(new double[]{rowMin[y], y});
            pts.add(new double[]{rowMin[y], y + 1});
            pts.add(new double[]{rowMax[y] + 1, y});
            pts.add(new double[]{rowMax[y] + 1, y + 1});
        }
        Quad rect = minAreaRect(convexHull(pts));
        if (Math.min(rect.width(), rect.height()) < MIN_SIZE) {
            return null;
        }
        float score = meanInside(prob, w, h, rect);
        if (score < BOX_THRESHOLD) {
            return null;
        }
        double d = rect.width() * rect.height() * UNCLIP_RATIO / (2 * (rect.width() + rect.height()));
        Quad grown = rect.grow(d);
        if (Math.min(grown.width(), grown.height()) < MIN_SIZE + 2) {
            return null;
        }
        return new Box(grown, score);
    }

    /** Andrew's monotone chain; returns the hull counter-clockwise without repeating the first point. */
    static List<double[]> convexHull(List<double[]> points) {
        List<double[]> p = new ArrayList<>(points);
        p.sort((a, b) -> a[0] != b[0] ? Double.compare(a[0], b[0]) : Double.compare(a[1], b[1]));
        int n = p.size();
        double[][] hull = new double[2 * n][];
        int k = 0;
        for (int i = 0; i < n; i++) {
            while (k >= 2 && cross(hull[k - 2], hull[k - 1], p.get(i)) <= 0) {
                k--;
            }
            hull[k++] = p.get(i);
        }
        for (int i = n - 2, t = k + 1; i >= 0; i--) {
            while (k >= t && cross(hull[k - 2], hull[k - 1], p.get(i)) <= 0) {
                k--;
            }
            hull[k++] = p.get(i);
        }
        return Arrays.asList(Arrays.copyOf(hull, Math.max(1, k - 1)));
    }

    private static double cross(double[] o, double[] a, double[] b) {
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
    }

    /**
     * The smallest rectangle around a convex polygon has a side on one of its edges; try each edge. The width
     * axis is the side nearer the x axis, pointing right.
     */
    static Quad minAreaRect(List<double[]> hull) {
        double best = Double.MAX_VALUE;
        Quad bestRect = null;
        int n = hull.size();
        for (int i = 0; i < n; i++) {
            double[] a = hull.get(i);
            double[] b = hull.get((i + 1) % n);
            double len = Math.hypot(b[0] - a[0], b[1] - a[1]);
            if (len == 0 && n > 1) {
                continue;
            }
            double ux = n > 1 ? (b[0] - a[0]) / len : 1;
            double uy = n > 1 ? (b[1] - a[1]) / len : 0;
            double minU = Double.MAX_VALUE, maxU = -Double.MAX_VALUE, minV = Double.MAX_VALUE, maxV = -Double.MAX_VALUE;
            for (double[] p : hull) {
                double u = p[0] * ux + p[1] * uy;
                double v = -p[0] * uy + p[1] * ux;
                minU = Math.min(minU, u);
                maxU = Math.max(maxU, u);
                minV = Math.min(minV, v);
                maxV = Math.max(maxV, v);
            }
            double area = (maxU - minU) * (maxV - minV);
            if (area < best) {
                best = area;
                double cu = (minU + maxU) / 2;
                double cv = (minV + maxV) / 2;
                bestRect = oriented(cu * ux - cv * uy, cu * uy + cv * ux, maxU - minU, maxV - minV, Math.atan2(uy, ux));
            }
        }
        return bestRect;
    }

    /** Normalises a rectangle so its width axis is within 45 degrees of the x axis, pointing right. */
    private static Quad oriented(double cx, double cy, double w, double h, double angle) {
        double a = angle;
        double width = w;
        double height = h;
        while (a > Math.PI / 4) {
            a -= Math.PI / 2;
            double t = width;
            width = height;
            height = t;
        }
        while (a <= -Math.PI / 4) {
            a += Math.PI / 2;
            double t = width;
            width = height;
            height = t;
        }
        return new Quad(cx, cy, width, height, a);
    }

    /** Mean map value over the pixels whose centres lie inside the rectangle. */
    private static float meanInside(float[] prob, int w, int h, Quad q) {
        double[] b = q.bounds();
        int x0 = Math.max(0, (int) Math.floor(b[0]));
        int x1 = Math.min(w - 1, (int) Math.ceil(b[2]));
        int y0 = Math.max(0, (int) Math.floor(b[1]));
        int y1 = Math.min(h - 1, (int) Math.ceil(b[3]));
        double cos = Math.cos(q.angle());
        double sin = Math.sin(q.angle());
        double sum = 0;
        int n = 0;
        for (int y = y0; y <= y1; y++) {
            for (int x = x0; x <= x1; x++) {
                double dx = x + 0.5 - q.cx();
                double dy = y + 0.5 - q.cy();
                double u = dx * cos + dy * sin;
                double v = -dx * sin + dy * cos;
                if (Math.abs(u) <= q.width() / 2 && Math.abs(v) <= q.height() / 2) {
                    sum += prob[y * w + x];
                    n++;
                }
            }
        }
        return n == 0 ? 0 : (float) (sum / n);
    }
}
