package com.baowen.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Puts a page's glyphs into reading order and writes them as a page of text for {@link TxtPageParser} in
 * Markdown mode; stateless and thread-safe.
 *
 * <p>Flow:
 * <ol>
 *   <li>recursive XY-cut: a region is split at white columns that run its whole height (columns and side by
 *       side articles, read left to right), else at white rows wider than a line gap (a headline above its
 *       columns, one article above the next, read top to bottom);</li>
 *   <li>each leaf region is a block: its glyphs are grouped into lines by baseline, and each line into text
 *       by x, with a space where Latin words leave a gap;</li>
 *   <li>a line set clearly larger than the page's body text (or bold on a page whose body is not) is a
 *       headline: consecutive headline lines become one {@code # } line; body lines keep their printed line
 *       breaks, which the page parser joins as it does for OCR'd pages; blocks are parted by a blank line.</li>
 * </ol>
 */
final class PdfLayout {
    /** A white column at least this many body-font sizes wide parts two columns of text. */
    static final float COLUMN_GAP = 1.0f;
    /** A white row at least this many body-font sizes tall parts two blocks (more than a line's leading). */
    static final float ROW_GAP = 0.9f;
    /** A line at least this many times the body size is a headline. */
    static final float HEADLINE_SCALE = 1.25f;

    private PdfLayout() {
    }

    /** The page's text in reading order, headlines marked {@code # }; empty for a page without glyphs. */
    static String pageText(List<Glyph> glyphs) {
        List<Glyph> ink = glyphs.stream().filter(g -> !g.text().isBlank() && g.size() > 0).toList();
        if (ink.isEmpty()) {
            return "";
        }
        float body = bodySize(ink);
        boolean bodyBold = boldShare(ink, body) > 0.5;
        List<List<Glyph>> blocks = new ArrayList<>();
        cut(ink, body, blocks, 0);
        StringBuilder out = new StringBuilder();
        for (List<Glyph> block : blocks) {
            writeBlock(block, body, bodyBold, out);
        }
        return out.toString().strip() + "\n";
    }

    /** The font size that covers the most characters. */
    static float bodySize(List<Glyph> ink) {
        java.util.Map<Float, Integer> counts = new java.util.HashMap<>();
        for (Glyph g : ink) {
            counts.merge(Math.round(g.size() * 2) / 2f, 1, Integer::sum);
        }
        return counts.entrySet().stream().max(java.util.Map.Entry.<Float, Integer>comparingByValue()
                .thenComparing(java.util.Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElseThrow().getKey();
    }

    private static double boldShare(List<Glyph> ink, float body) {
        long atBody = ink.stream().filter(g -> Math.abs(g.size() - body) < 0.5f).count();
        long bold = ink.stream().filter(g -> Math.abs(g.size() - body) < 0.5f && g.bold()).count();
        return atBody == 0 ? 0 : (double) bold / atBody;
    }

    private static void cut(List<Glyph> region, float body, List<List<Glyph>> out, int depth) {
        if (depth > 64 || region.size() < 2) {
            out.add(region);
            return;
        }
        List<List<Glyph>> columns = split(region, Glyph::x, Glyph::right, COLUMN_GAP * body);
        if (columns.size() > 1 && columns.stream().allMatch(c -> isMultiLine(c))) {
            columns.forEach(c -> cut(c, body, out, depth + 1));
            return;
        }
        List<List<Glyph>> rows = split(region, Glyph::top, Glyph::bottom, ROW_GAP * body);
        if (rows.size() > 1) {
            rows.forEach(r -> cut(r, body, out, depth + 1));
            return;
        }
        out.add(region);
    }

    /** A side of a column cut must be more than one line tall: a gap inside one line is a space, not a gutter. */
    private static boolean isMultiLine(List<Glyph> part) {
        float top = Float.MAX_VALUE;
        float bottom = -Float.MAX_VALUE;
        float size = 0;
        for (Glyph g : part) {
            top = Math.min(top, g.top());
            bottom = Math.max(bottom, g.bottom());
            size = Math.max(size, g.size());
        }
        return bottom - top > 1.5f * size;
    }

    /** Splits glyphs into groups parted by white bands at least {@code minGap} wide on one axis, in axis order. */
    private static List<List<Glyph>> split(List<Glyph> region, Function<Glyph, Float> start, Function<Glyph, Float> end,
                                           float minGap) {
        List<Glyph> sorted = new ArrayList<>(region);
        sorted.sort(Comparator.comparing(start));
        List<List<Glyph>> groups = new ArrayList<>();
        List<Glyph> current = new ArrayList<>();
        float reach = -Float.MAX_VALUE;
        for (Glyph g : sorted) {
            if (!current.isEmpty() && start.apply(g) - reach >= minGap) {
                groups.add(current);
                current = new ArrayList<>();
            }
            current.add(g);
            reach = Math.max(reach, end.apply(g));
        }
        groups.add(current);
        return groups;
    }

    private static void writeBlock(List<Glyph> block, float body, boolean bodyBold, StringBuilder out) {
        StringBuilder headline = new StringBuilder();
        boolean wroteBody = false;
        for (List<Glyph> line : lines(block)) {
            String text = lineText(line);
            if (isHeadline(line, body, bodyBold)) {
                if (wroteBody) {
                    out.append('\n');
                    wroteBody = false;
                }
                headline.append(headline.isEmpty() ? "" : joiner(headline, text)).append(text);
                continue;
            }
            if (!headline.isEmpty()) {
                out.append("# ").append(headline).append("\n\n");
                headline.setLength(0);
            }
            out.append(text).append('\n');
            wroteBody = true;
        }
        if (!headline.isEmpty()) {
            out.append("# ").append(headline).append('\n');
        }
        out.append('\n');
    }

    private static String joiner(CharSequence before, String next) {
        char a = before.charAt(before.length() - 1);
        char b = next.charAt(0);
        return a < 0x2E80 && b < 0x2E80 && Character.isLetterOrDigit(a) && Character.isLetterOrDigit(b) ? " " : "";
    }

    private static boolean isHeadline(List<Glyph> line, float body, boolean bodyBold) {
        float size = (float) line.stream().mapToDouble(Glyph::size).average().orElse(0);
        if (size >= HEADLINE_SCALE * body) {
            return true;
        }
        long bold = line.stream().filter(Glyph::bold).count();
        // a short bold line on a page set in a regular face: a headline of body size
        return !bodyBold && bold * 2 > line.size() && line.size() <= 40 && Math.abs(size - body) < 0.5f * body;
    }

    /** Groups a block's glyphs into lines: glyphs whose baselines lie within half a size of each other. */
    private static List<List<Glyph>> lines(List<Glyph> block) {
        List<Glyph> sorted = new ArrayList<>(block);
        sorted.sort(Comparator.comparing(Glyph::baseline).thenComparing(Glyph::x));
        List<List<Glyph>> lines = new ArrayList<>();
        List<Glyph> current = new ArrayList<>();
        float baseline = 0;
        for (Glyph g : sorted) {
            if (!current.isEmpty() && Math.abs(g.baseline() - baseline) > 0.5f * g.size()) {
                lines.add(current);
                current = new ArrayList<>();
            }
            if (current.isEmpty()) {
                baseline = g.baseline();
            }
            current.add(g);
        }
        lines.add(current);
        for (List<Glyph> line : lines) {
            line.sort(Comparator.comparing(Glyph::x));
        }
        return lines;
    }

    private static String lineText(List<Glyph> line) {
        StringBuilder text = new StringBuilder();
        Glyph previous = null;
        for (Glyph g : line) {
            if (previous != null && g.x() - previous.right() > 0.25f * g.size()) {
                text.append(' ');
            }
            text.append(g.text());
            previous = g;
        }
        return text.toString();
    }
}
