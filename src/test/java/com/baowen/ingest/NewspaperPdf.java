package com.baowen.ingest;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Test fixture: a newspaper-like PDF page set in WenQuanYi Micro Hei, each article a 20 pt headline across
 * the page over its body in two 10 pt columns (the first half of its lines left, the rest right).
 */
public final class NewspaperPdf {
    /** Debian's fonts-wqy-microhei. */
    public static final File CJK_FONT = new File("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");
    private static final float WIDTH = 595;
    private static final float MARGIN = 40;
    private static final float GUTTER = 20;
    private static final float BODY = 10;
    private static final float LEADING = 14;
    private static final float HEAD = 20;

    /** One article to print: its headline and its paragraphs. */
    public record Story(String headline, List<String> paragraphs) {
    }

    private NewspaperPdf() {
    }

    /** The PDF bytes of one page holding these stories from top to bottom. */
    public static byte[] page(List<Story> stories) {
        return build(stories, false);
    }

    /** The same page, encrypted with a user password. */
    public static byte[] encrypted(List<Story> stories) {
        return build(stories, true);
    }

    /** A PDF of {@code pages} empty pages: no text layer, like a scanned page without OCR. */
    public static byte[] blank(int pages) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < pages; i++) {
                doc.addPage(new PDPage(PDRectangle.A4));
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] build(List<Story> stories, boolean encrypt) {
        float column = (WIDTH - 2 * MARGIN - GUTTER) / 2;
        int perLine = (int) (column / BODY);
        List<List<String>> bodies = new ArrayList<>();
        float height = 2 * MARGIN;
        for (Story s : stories) {
            List<String> lines = new ArrayList<>();
            for (String p : s.paragraphs()) {
                for (int i = 0; i < p.length(); i += perLine) {
                    lines.add(p.substring(i, Math.min(p.length(), i + perLine)));
                }
            }
            bodies.add(lines);
            height += HEAD + 16 + (lines.size() + 1) / 2 * LEADING + 30;
        }
        try (TrueTypeCollection ttc = new TrueTypeCollection(CJK_FONT); PDDocument doc = new PDDocument();
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            TrueTypeFont ttf = ttc.getFontByName("WenQuanYiMicroHei");
            PDType0Font font = PDType0Font.load(doc, ttf, true);
            PDPage page = new PDPage(new PDRectangle(WIDTH, Math.max(842, height)));
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                float y = page.getMediaBox().getHeight() - MARGIN;
                for (int i = 0; i < stories.size(); i++) {
                    y -= HEAD;
                    text(cs, font, HEAD, MARGIN, y, stories.get(i).headline());
                    y -= 16;
                    List<String> lines = bodies.get(i);
                    int half = (lines.size() + 1) / 2;
                    for (int l = 0; l < lines.size(); l++) {
                        float x = l < half ? MARGIN : MARGIN + column + GUTTER;
                        float ly = y - (l % half + 1) * LEADING + (LEADING - BODY);
                        text(cs, font, BODY, x, ly, lines.get(l));
                    }
                    y -= half * LEADING + 30;
                }
            }
            if (encrypt) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
                policy.setEncryptionKeyLength(128);
                doc.protect(policy);
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void text(PDPageContentStream cs, PDType0Font font, float size, float x, float y, String s) throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, y);
        cs.showText(s);
        cs.endText();
    }
}
