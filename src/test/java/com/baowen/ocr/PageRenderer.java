package com.baowen.ocr;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Prints a seed page's text as a newspaper page image, for OCR tests: the page's lines as printed (its line
 * breaks kept), in two columns; one-line headline blocks in a larger bold face; photo captions in a smaller
 * face under a grey photo; blank lines as vertical space; then a slight rotation and noise. Shared by the OCR,
 * HTTP and browser tests of scans.
 */
public final class PageRenderer {
    static final Path FONT = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");
    static final int BODY = 26;
    static final int HEADLINE = 42;
    static final int CAPTION = 20;
    static final int PITCH = BODY * 3 / 2;
    static final int MARGIN = 60;
    static final int GUTTER = 70;
    static final double ROTATION_DEGREES = 0.6;
    /** Characters per printed body line. */
    static final int WRAP = 22;

    /** A printed line: its text, its offset in the page text, and its box on the final image. */
    public record Line(String text, int offset, Kind kind, double[] corners) {
        /** True when the point lies inside the line's (rotated) box. */
        public boolean contains(double x, double y) {
            double[] c = corners;
            double ux = c[2] - c[0], uy = c[3] - c[1], vx = c[6] - c[0], vy = c[7] - c[1];
            double px = x - c[0], py = y - c[1];
            double u = (px * ux + py * uy) / (ux * ux + uy * uy);
            double v = (px * vx + py * vy) / (vx * vx + vy * vy);
            return u >= 0 && u <= 1 && v >= 0 && v <= 1;
        }
    }

    public enum Kind { BODY, HEADLINE, CAPTION }

    public record Page(BufferedImage image, List<Line> lines) {
        /** The printed line under the point (x, y) of the image, or null. */
        public Line lineAt(double x, double y) {
            return lines.stream().filter(l -> l.contains(x, y)).findFirst().orElse(null);
        }
    }

    private record Block(List<String> lines, List<Integer> offsets, int blanksBefore, Kind kind) {
    }

    /** Prints {@code text} as a page; {@code seed} makes the noise repeatable. */
    public static Page render(String text, long seed) {
        List<Block> blocks = blocks(text);
        Font base = font();
        Font body = base.deriveFont(Font.PLAIN, BODY);
        Font head = base.deriveFont(Font.BOLD, HEADLINE);
        Font caption = base.deriveFont(Font.PLAIN, CAPTION);
        BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D pg = probe.createGraphics();
        int colWidth = 0;
        for (Block b : blocks) {
            for (String l : b.lines) {
                colWidth = Math.max(colWidth, pg.getFontMetrics(fontOf(b.kind, body, head, caption)).stringWidth(l.strip()));
            }
        }
        pg.dispose();
        // heights: split the blocks into two columns of about equal height, at a block boundary
        int[] heights = new int[blocks.size()];
        int total = 0;
        for (int i = 0; i < blocks.size(); i++) {
            heights[i] = blockHeight(blocks.get(i), i == 0);
            total += heights[i];
        }
        int split = 0;
        for (int acc = 0; split < blocks.size() && acc + heights[split] <= total / 2; split++) {
            acc += heights[split];
        }
        int colHeight = 0;
        int acc = 0;
        for (int i = 0; i < blocks.size(); i++) {
            acc += heights[i] - (i == split ? blocks.get(i).blanksBefore * PITCH : 0);
            if (i == split - 1 || i == blocks.size() - 1) {
                colHeight = Math.max(colHeight, acc);
                acc = 0;
            }
        }
        int w = 2 * MARGIN + 2 * colWidth + GUTTER;
        int h = 2 * MARGIN + colHeight + PITCH;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        AffineTransform rot = AffineTransform.getRotateInstance(Math.toRadians(ROTATION_DEGREES), w / 2.0, h / 2.0);
        g.setTransform(rot);
        List<Line> lines = new ArrayList<>();
        int x = MARGIN;
        int y = MARGIN;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (i == split) {
                x = MARGIN + colWidth + GUTTER;
                y = MARGIN;
            } else if (i > 0) {
                y += b.blanksBefore * PITCH;
            }
            if (b.kind == Kind.CAPTION) {
                g.setColor(new Color(200, 200, 200));
                g.fillRect(x, y, colWidth, 4 * PITCH);
                g.setColor(Color.GRAY);
                g.setStroke(new BasicStroke(2));
                g.drawRect(x, y, colWidth, 4 * PITCH);
                y += 4 * PITCH + PITCH / 3;
            }
            Font f = fontOf(b.kind, body, head, caption);
            g.setFont(f);
            g.setColor(Color.BLACK);
            int size = f.getSize();
            int pitch = size * 3 / 2;
            for (int k = 0; k < b.lines.size(); k++) {
                String s = b.lines.get(k);
                String stripped = s.strip();
                int lead = s.indexOf(stripped.isEmpty() ? "" : stripped.substring(0, 1));
                int baseline = y + (pitch + size) / 2 - size / 8;
                g.drawString(stripped, x, baseline);
                int width = g.getFontMetrics().stringWidth(stripped);
                double top = baseline - size * 0.92;
                double bottom = baseline + size * 0.2;
                lines.add(new Line(stripped, b.offsets.get(k) + lead, b.kind,
                        corners(rot, x, top, x + width, bottom)));
                y += pitch;
            }
        }
        g.dispose();
        addNoise(img, new Random(seed));
        return new Page(img, lines);
    }

    private static double[] corners(AffineTransform t, double x0, double y0, double x1, double y1) {
        double[] src = {x0, y0, x1, y0, x1, y1, x0, y1};
        double[] dst = new double[8];
        t.transform(src, 0, dst, 0, 4);
        return dst;
    }

    private static Font fontOf(Kind kind, Font body, Font head, Font caption) {
        return switch (kind) {
            case BODY -> body;
            case HEADLINE -> head;
            case CAPTION -> caption;
        };
    }

    private static int blockHeight(Block b, boolean first) {
        int size = b.kind == Kind.HEADLINE ? HEADLINE : b.kind == Kind.CAPTION ? CAPTION : BODY;
        int photo = b.kind == Kind.CAPTION ? 4 * PITCH + PITCH / 3 : 0;
        return (first ? 0 : b.blanksBefore * PITCH) + photo + b.lines.size() * size * 3 / 2;
    }

    private static List<Block> blocks(String text) {
        List<Block> blocks = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        List<Integer> offsets = new ArrayList<>();
        int blanks = 0;
        int pendingBlanks = 0;
        int offset = 0;
        for (String raw : text.split("\n", -1)) {
            if (raw.isBlank()) {
                if (!lines.isEmpty()) {
                    blocks.add(block(lines, offsets, pendingBlanks));
                    lines = new ArrayList<>();
                    offsets = new ArrayList<>();
                    blanks = 0;
                }
                blanks++;
            } else {
                if (lines.isEmpty()) {
                    pendingBlanks = blanks;
                }
                // a paragraph printed on one line is wrapped to the column, as a newspaper prints it
                String line = raw.replace("\r", "");
                for (int from = 0; from < line.length(); from += WRAP) {
                    lines.add(line.substring(from, Math.min(line.length(), from + WRAP)));
                    offsets.add(offset + from);
                }
            }
            offset += raw.length() + 1;
        }
        if (!lines.isEmpty()) {
            blocks.add(block(lines, offsets, pendingBlanks));
        }
        return blocks;
    }

    private static Block block(List<String> lines, List<Integer> offsets, int blanks) {
        String joined = String.join("", lines).strip();
        Kind kind = Kind.BODY;
        if (joined.endsWith("摄") || joined.contains("图为")) {
            kind = Kind.CAPTION;
        } else if (lines.size() == 1 && joined.length() <= 24 && !joined.matches(".*[。！？]”?$") && !joined.startsWith("本报")) {
            kind = Kind.HEADLINE;
        }
        return new Block(lines, offsets, Math.min(blanks, 3), kind);
    }

    /** Speckle and grain, as a scan has. */
    private static void addNoise(BufferedImage img, Random random) {
        var raster = img.getRaster();
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int v = raster.getSample(x, y, 0) + (int) Math.round(random.nextGaussian() * 10);
                if (random.nextInt(2000) == 0) {
                    v = 40;
                }
                raster.setSample(x, y, 0, Math.max(0, Math.min(255, v)));
            }
        }
    }

    private static Font font() {
        try {
            return Font.createFonts(FONT.toFile())[0];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("cannot read the CJK font " + FONT, e);
        }
    }

    public static Point2D center(double[] c) {
        return new Point2D.Double((c[0] + c[2] + c[4] + c[6]) / 4, (c[1] + c[3] + c[5] + c[7]) / 4);
    }
}
