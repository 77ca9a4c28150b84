package com.baowen.ingest;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads e-paper PDFs (one printed page per PDF page) through PDFBox: each page's text layer is put into
 * reading order by {@link PdfLayout} (columns top to bottom, left to right; headlines by font size and
 * weight), then split into articles by {@link TxtPageParser}. Thread-safe.
 *
 * <p>PDFBox directly rather than Tika's PDF parser: Tika hands over text without glyph sizes or weights,
 * so headlines could not be told from body text, and its sort-by-position reads a two-column page line by
 * line across both columns.
 *
 * <p>Article ids are {@code <stem>-01…} for a one-page PDF and {@code <stem>-p<page>-01…} otherwise; each
 * article's source offsets point into the extracted text of the whole file (pages joined by a blank line).
 */
public final class PdfPageReader implements FormatReader {
    /** PDFs with more pages than this are refused: 500. */
    public static final int DEFAULT_MAX_PAGES = 500;

    private final int maxPages;

    /** @param maxPages the most pages read from one PDF, at least 1 */
    public PdfPageReader(int maxPages) {
        if (maxPages < 1) {
            throw new IllegalArgumentException("maxPages must be at least 1, got " + maxPages);
        }
        this.maxPages = maxPages;
    }

    public PdfPageReader() {
        this(DEFAULT_MAX_PAGES);
    }

    @Override
    public List<Article> read(String stem, String source, byte[] bytes, List<String> warnings) {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            if (doc.isEncrypted() && !doc.getCurrentAccessPermission().canExtractContent()) {
                throw new UnreadableFileException("encrypted PDF: its owner forbids text extraction");
            }
            int pages = doc.getNumberOfPages();
            if (pages > maxPages) {
                throw new UnreadableFileException("PDF has " + pages + " pages, over the limit of " + maxPages + " pages");
            }
            List<String> pageTexts = new GlyphCollector().pages(doc);
            if (pageTexts.stream().allMatch(String::isBlank)) {
                throw new NoTextLayerException(source);
            }
            return articles(stem, source, pageTexts, warnings);
        } catch (InvalidPasswordException e) {
            throw new UnreadableFileException("encrypted PDF: it needs a password", e);
        } catch (IOException e) {
            throw new UnreadableFileException("malformed PDF: " + e.getMessage(), e);
        }
    }

    private static List<Article> articles(String stem, String source, List<String> pageTexts, List<String> warnings) {
        TxtPageParser parser = new TxtPageParser(true);
        List<Article> articles = new ArrayList<>();
        int offset = 0;
        for (int p = 0; p < pageTexts.size(); p++) {
            String text = pageTexts.get(p);
            String pageStem = pageTexts.size() == 1 ? stem : stem + "-p" + (p + 1);
            for (Article a : parser.parse(pageStem, source, text, warnings)) {
                articles.add(new Article(a.id(), a.title(), a.subtitle(), a.byline(), a.kind(), a.source(), a.date(),
                        a.text(), a.sourceMap().shifted(offset), a.provenance()));
            }
            offset += text.length() + 1;
        }
        return articles;
    }

    /** Collects each page's glyphs with their sizes and weights; one instance per document. */
    private static final class GlyphCollector extends PDFTextStripper {
        private final List<String> pages = new ArrayList<>();
        private List<Glyph> glyphs = new ArrayList<>();

        List<String> pages(PDDocument doc) throws IOException {
            setSortByPosition(false);
            writeText(doc, new StringWriter());
            return pages;
        }

        @Override
        protected void startPage(PDPage page) {
            glyphs = new ArrayList<>();
        }

        @Override
        protected void processTextPosition(TextPosition t) {
            String text = t.getUnicode();
            float size = t.getFontSizeInPt();
            if (text == null || text.isEmpty() || !(size > 0)) {
                return;
            }
            glyphs.add(new Glyph(text, t.getXDirAdj(), t.getYDirAdj() - size, Math.max(0, t.getWidthDirAdj()), size,
                    isBold(t.getFont())));
        }

        @Override
        protected void endPage(PDPage page) {
            pages.add(PdfLayout.pageText(glyphs));
        }

        private static boolean isBold(PDFont font) {
            if (font == null) {
                return false;
            }
            PDFontDescriptor d = font.getFontDescriptor();
            if (d != null && (d.isForceBold() || d.getFontWeight() >= 600)) {
                return true;
            }
            String name = font.getName() == null ? "" : font.getName().toLowerCase(Locale.ROOT);
            return name.contains("bold") || name.contains("heavy") || name.contains("black");
        }
    }
}
