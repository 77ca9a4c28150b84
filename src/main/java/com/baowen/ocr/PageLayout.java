package com.baowen.ocr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Puts a newspaper page's recognised lines in reading order and writes them out as page text; stateless and
 * thread-safe.
 *
 * <ol>
 *   <li>level the page: the median angle of the long lines is the scan's tilt; positions are turned back by it;</li>
 *   <li>classify lines by height against the median line: {@link #HEADLINE_RATIO} taller is a headline,
 *       {@link #CAPTION_RATIO} smaller a caption;</li>
 *   <li>cut the page recursively (XY-cut), columns first: a vertical white gutter at least one line high splits
 *       a region into columns, read left to right; otherwise a white band at least half a line high splits it
 *       into blocks, read top to bottom; a region that cannot be cut is read line by line, top to bottom;</li>
 *   <li>write each line on its own line of text; white space above a line becomes blank lines (one per line
 *       pitch, at most {@link #MAX_BLANKS}); a change of kind (headline, caption, body) is always a blank line;
 *       a column that ends with a short line ends its paragraph, one that ends with a full line carries on.</li>
 * </ol>
 * Vertical pages (most characters in lines taller than wide) keep their columns right to left.
 */
public final class PageLayout {
    static final double HEADLINE_RATIO = 1.25;
    static final double CAPTION_RATIO = 0.88;
    /** Three blank lines mark a new region of the page for the page parser. */
    static final int MAX_BLANKS = 3;

    /** A line with its levelled, axis-aligned bounds. */
    private record Placed(OcrLine line, double x0, double y0, double x1, double y1, LineKind kind) {
        double h() {
            return y1 - y0;
        }
    }

    public OcrPage layout(List<OcrLine> lines, int width, int height) {
        double skew = skew(lines);
        boolean vertical = isVertical(lines);
        double median = medianHeight(lines);
        double cos = Math.cos(-skew);
        double sin = Math.sin(-skew);
        List<Placed> placed = new ArrayList<>();
        for (OcrLine l : lines) {
            Quad q = l.box();
            double dx = q.cx() - width / 2.0;
            double dy = q.cy() - height / 2.0;
            double cx = width / 2.0 + dx * cos - dy * sin;
            double cy = height / 2.0 + dx * sin + dy * cos;
            boolean upright = Math.abs(Math.sin(q.angle())) > Math.sqrt(0.5);
            double w = upright ? q.height() : q.width();
            double h = upright ? q.width() : q.height();
            double lineHeight = upright ? w : h;
            LineKind kind = lineHeight >= HEADLINE_RATIO * median ? LineKind.HEADLINE
                    : lineHeight <= CAPTION_RATIO * median ? LineKind.CAPTION : LineKind.BODY;
            placed.add(new Placed(l, cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2, kind));
        }
        List<List<Placed>> regions = new ArrayList<>();
        cut(placed, median, vertical, regions);
        return write(regions, median, width, height, Math.toDegrees(skew), vertical);
    }

    private static double skew(List<OcrLine> lines) {
        double[] angles = lines.stream().filter(l -> l.box().width() > 3 * l.box().height())
                .mapToDouble(l -> l.box().angle()).sorted().toArray();
        return angles.length == 0 ? 0 : angles[angles.length / 2];
    }

    private static boolean isVertical(List<OcrLine> lines) {
        int vertical = 0;
        int all = 0;
        for (OcrLine l : lines) {
            all += l.text().length();
            if (Math.abs(Math.sin(l.box().angle())) > Math.sqrt(0.5)) {
                vertical += l.text().length();
            }
        }
        return all > 0 && 2 * vertical > all;
    }

    private static double medianHeight(List<OcrLine> lines) {
        double[] h = lines.stream().mapToDouble(l -> Math.abs(Math.sin(l.box().angle())) > Math.sqrt(0.5)
                ? l.box().width() : l.box().height()).sorted().toArray();
        // weight by characters would favour body text further; the median line is body text on a news page
        return h.length == 0 ? 1 : h[h.length / 2];
    }

    /** Recursive XY-cut: adds the page's regions to {@code out} in reading order. */
    private static void cut(List<Placed> set, double median, boolean vertical, List<List<Placed>> out) {
        if (set.size() <= 1) {
            if (!set.isEmpty()) {
                out.add(set);
            }
            return;
        }
        List<List<Placed>> cols = split(set, true, median);
        if (cols.size() > 1) {
            if (vertical) {
                cols = cols.reversed();
            }
            for (List<Placed> c : cols) {
                cut(c, median, vertical, out);
            }
            return;
        }
        List<List<Placed>> rows = split(set, false, median * 0.5);
        if (rows.size() > 1) {
            for (List<Placed> r : rows) {
                cut(r, median, vertical, out);
            }
            return;
        }
        List<Placed> sorted = new ArrayList<>(set);
        sorted.sort(Comparator.comparingDouble((Placed p) -> (p.y0 + p.y1) / 2).thenComparingDouble(p -> p.x0));
        out.add(sorted);
    }

    /** Splits at white gaps of at least {@code minGap} in the projection on x (columns) or y (bands). */
    private static List<List<Placed>> split(List<Placed> set, boolean onX, double minGap) {
        List<Placed> sorted = new ArrayList<>(set);
        sorted.sort(Comparator.comparingDouble(p -> onX ? p.x0 : p.y0));
        List<List<Placed>> parts = new ArrayList<>();
        List<Placed> cur = new ArrayList<>();
        double reach = Double.NEGATIVE_INFINITY;
        for (Placed p : sorted) {
            double from = onX ? p.x0 : p.y0;
            if (!cur.isEmpty() && from - reach >= minGap) {
                parts.add(cur);
                cur = new ArrayList<>();
            }
            cur.add(p);
            reach = Math.max(reach, onX ? p.x1 : p.y1);
        }
        parts.add(cur);
        return parts;
    }

    private static OcrPage write(List<List<Placed>> regions, double median, int width, int height, double skew, boolean vertical) {
        double pitch = linePitch(regions, median);
        StringBuilder text = new StringBuilder();
        List<PageLine> out = new ArrayList<>();
        Placed prev = null;
        double prevRight = 0;
        for (int r = 0; r < regions.size(); r++) {
            List<Placed> region = regions.get(r);
            double right = region.stream().mapToDouble(Placed::x1).max().orElse(0);
            for (Placed p : region) {
                if (prev != null) {
                    text.append('\n');
                    text.append("\n".repeat(blanks(prev, p, pitch, median, prevRight)));
                }
                out.add(new PageLine(p.line, p.kind, text.length(), r));
                text.append(p.line.text());
                prev = p;
                prevRight = right;
            }
        }
        if (!text.isEmpty()) {
            text.append('\n');
        }
        restoreDashes(text, out);
        return new OcrPage(text.toString(), out, width, height, skew, vertical);
    }

    /** Applies {@link #withDash} to headlines and to lines standing alone (blank lines above and below). */
    private static void restoreDashes(StringBuilder text, List<PageLine> lines) {
        for (int i = 0; i < lines.size(); i++) {
            PageLine l = lines.get(i);
            boolean alone = (l.start() < 2 || text.substring(l.start() - 2, l.start()).equals("\n\n"))
                    && (l.end() + 2 > text.length() || text.substring(l.end(), l.end() + 2).equals("\n\n"));
            if (l.kind() != LineKind.HEADLINE && !alone) {
                continue;
            }
            OcrLine fixed = withDash(l.line());
            if (fixed != l.line()) {
                lines.set(i, new PageLine(fixed, l.kind(), l.start(), l.column()));
                text.replace(l.start(), l.end(), fixed.text());
            }
        }
    }

    /**
     * A headline or a line standing alone that opens with two 一 is a subtitle's dash ("——壶关县…"): the
     * recogniser cannot tell the strokes apart, and a headline does not begin with "一一".
     */
    static OcrLine withDash(OcrLine line) {
        String t = line.text();
        if (t.length() > 2 && t.charAt(0) == '一' && t.charAt(1) == '一' && t.charAt(2) != '一') {
            return new OcrLine(line.box(), "——" + t.substring(2), line.confidence(), line.charAt());
        }
        return line;
    }

    /** The median distance between the tops of consecutive body lines of a region: one printed line. */
    private static double linePitch(List<List<Placed>> regions, double median) {
        List<Double> d = new ArrayList<>();
        for (List<Placed> region : regions) {
            for (int i = 1; i < region.size(); i++) {
                Placed a = region.get(i - 1);
                Placed b = region.get(i);
                if (a.kind == LineKind.BODY && b.kind == LineKind.BODY && b.y0 > a.y0) {
                    d.add(b.y0 - a.y0);
                }
            }
        }
        if (d.isEmpty()) {
            return median * 1.5;
        }
        double[] s = d.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    private static int blanks(Placed prev, Placed p, double pitch, double median, double prevRight) {
        int min = prev.kind != p.kind ? 1 : 0;
        if (p.y0 < prev.y0 - median / 2 || p.x0 > prev.x1) {
            // a new column: a full last line carries its paragraph over
            boolean full = prev.kind == LineKind.BODY && prevRight - prev.x1 < median;
            return Math.max(min, full ? 0 : 1);
        }
        double gap = p.y0 - prev.y1;
        double normal = pitch - median;
        int blanks = (int) Math.round((gap - normal) / pitch);
        return Math.max(min, Math.min(MAX_BLANKS, blanks));
    }
}
