package com.baowen.ocr;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Reads scanned newspaper pages into text: PNG, JPEG and TIFF images (every page of a multi-page TIFF), and PDFs
 * without a text layer, whose pages are rendered at {@link #PDF_DPI}. Each page goes through {@link OcrEngine}
 * and {@link PageLayout}. Thread-safe; the models are loaded on the first scan and freed by {@link #close()}, which
 * waits for the pages being read.
 */
public final class ScanReader implements AutoCloseable {
    /** PDF pages are rendered at this resolution: 10-point text comes out about 28 pixels high. */
    public static final int PDF_DPI = 200;
    /** A PDF page with fewer letters than this in its text layer is a scan. */
    static final int TEXT_LAYER_MIN_CHARS = 20;
    private static final List<String> IMAGE_EXTENSIONS = List.of(".png", ".jpg", ".jpeg", ".tif", ".tiff");

    private final Path modelsDir;
    private final ScanLimits limits;
    private final PageLayout layout = new PageLayout();
    private final ScanStore store;
    /** Held to read a page, taken whole to close: the models are never freed under a running session. */
    private final ReentrantReadWriteLock open = new ReentrantReadWriteLock();
    private OcrModels models;
    private OcrEngine engine;
    private boolean closed;

    /**
     * @param modelsDir the models folder; the OCR models are in its {@code ocr/} sub-folder
     * @param store     keeps OCR results by file digest, or null to keep none
     */
    public ScanReader(Path modelsDir, ScanLimits limits, ScanStore store) {
        this.modelsDir = modelsDir;
        this.limits = limits;
        this.store = store;
    }

    public ScanReader(Path modelsDir) {
        this(modelsDir, ScanLimits.DEFAULT, null);
    }

    /** True for the names of files read here: page images and PDFs. */
    public static boolean isScan(String name) {
        return isImage(name) || name.toLowerCase(Locale.ROOT).endsWith(".pdf");
    }

    /**
     * Reads an image or PDF file (by its name), or takes the stored result for the same bytes.
     *
     * @param sha256 hex digest of {@code bytes}
     * @throws UnreadableScanException naming the problem
     */
    public ScannedDocument read(String name, byte[] bytes, String sha256, List<String> warnings) {
        ScannedDocument known = store == null ? null : store.load(sha256);
        if (known != null) {
            return known;
        }
        ScannedDocument doc;
        if (name.toLowerCase(Locale.ROOT).endsWith(".pdf")) {
            try (PDDocument pdf = Loader.loadPDF(bytes)) {
                if (hasTextLayer(pdf)) {
                    throw new UnreadableScanException("PDF has a text layer: it is read as text, not OCR'd");
                }
            } catch (IOException e) {
                throw new UnreadableScanException("corrupt or encrypted PDF: " + e.getMessage(), e);
            }
            doc = readPdf(bytes, warnings);
        } else {
            doc = readImage(bytes, warnings);
        }
        if (store != null) {
            store.save(sha256, doc);
        }
        return doc;
    }

    /** The stored reading of a file, or null (none kept, or not a scan). */
    public ScannedDocument stored(String sha256) {
        return store == null ? null : store.load(sha256);
    }

    /** True when a reading of the file with this digest is kept; cheaper than {@link #stored}. */
    public boolean isStored(String sha256) {
        return store != null && store.contains(sha256);
    }

    /** True for the file names of page images ({@code .png}, {@code .jpg}, {@code .jpeg}, {@code .tif}, {@code .tiff}). */
    public static boolean isImage(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return IMAGE_EXTENSIONS.stream().anyMatch(lower::endsWith);
    }

    /**
     * @param warnings receives pages left out of a multi-page file, and vertical text
     * @throws UnreadableScanException naming the problem (corrupt, too small or large, CMYK JPEG…)
     */
    public ScannedDocument readImage(byte[] bytes, List<String> warnings) {
        List<OcrPage> pages = new ArrayList<>();
        ImagePages.read(bytes, limits, warnings, page -> pages.add(read(page)));
        return done(pages, warnings);
    }

    /** True when a PDF's pages carry text (then it is read as text, not OCR'd); false for a scan. */
    public static boolean hasTextLayer(PDDocument pdf) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        int pages = pdf.getNumberOfPages();
        for (int i = 1; i <= Math.min(pages, 3); i++) {
            stripper.setStartPage(i);
            stripper.setEndPage(i);
            String text = stripper.getText(pdf).replaceAll("\\s+", "");
            if (text.length() >= TEXT_LAYER_MIN_CHARS) {
                return true;
            }
        }
        return false;
    }

    /**
     * Renders each page of a PDF without a text layer at {@link #PDF_DPI} and reads it.
     *
     * @throws UnreadableScanException when the PDF cannot be opened, or no page can be rendered
     */
    public ScannedDocument readPdf(byte[] bytes, List<String> warnings) {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            PDFRenderer renderer = new PDFRenderer(pdf);
            List<OcrPage> pages = new ArrayList<>();
            int n = pdf.getNumberOfPages();
            for (int i = 0; i < n; i++) {
                String where = "page " + (i + 1) + " of " + n + ": ";
                if (i >= limits.maxPages()) {
                    warnings.add(where + "left out, over the limit of " + limits.maxPages() + " pages a file");
                    break;
                }
                PDPage page = pdf.getPage(i);
                PDRectangle box = page.getCropBox();
                boolean turned = page.getRotation() % 180 != 0;
                int w = (int) Math.ceil((turned ? box.getHeight() : box.getWidth()) * PDF_DPI / 72f);
                int h = (int) Math.ceil((turned ? box.getWidth() : box.getHeight()) * PDF_DPI / 72f);
                String refused = limits.refuse(w, h);
                if (refused != null) {
                    warnings.add(where + "at " + PDF_DPI + " dpi the " + refused);
                    continue;
                }
                pages.add(read(GrayImage.of(renderer.renderImageWithDPI(i, PDF_DPI, ImageType.GRAY))));
            }
            if (pages.isEmpty()) {
                throw new UnreadableScanException("no page of the scanned PDF could be read: " + String.join("; ", warnings));
            }
            return done(pages, warnings);
        } catch (IOException e) {
            throw new UnreadableScanException("corrupt or encrypted PDF: " + e.getMessage(), e);
        }
    }

    /**
     * OCR and layout of one page.
     *
     * @throws UnreadableScanException when the reader is closed
     */
    public OcrPage read(GrayImage page) {
        // the models stay open while a page is read: close() waits for the pages in flight, as freeing a session
        // that is running crashes the JVM (an upload still being read when the server stops)
        open.readLock().lock();
        try {
            return layout.layout(engine().read(page), page.width(), page.height());
        } finally {
            open.readLock().unlock();
        }
    }

    private static ScannedDocument done(List<OcrPage> pages, List<String> warnings) {
        ScannedDocument doc = ScannedDocument.of(pages);
        long vertical = pages.stream().filter(OcrPage::vertical).count();
        if (vertical > 0) {
            warnings.add(vertical + " of " + pages.size() + " pages printed in vertical columns: read column by column,"
                    + " right to left, with the horizontal-text models (expect more errors)");
        }
        return doc;
    }

    private synchronized OcrEngine engine() {
        if (closed) {
            throw new UnreadableScanException("the scan reader is closed (the server is stopping): the scan was not read");
        }
        if (engine == null) {
            models = OcrModels.in(modelsDir);
            engine = new OcrEngine(models);
        }
        return engine;
    }

    /** Frees the models once the pages being read are done; later reads fail with {@link UnreadableScanException}. */
    @Override
    public void close() {
        open.writeLock().lock();
        try {
            synchronized (this) {
                closed = true;
                if (models != null) {
                    models.close();
                    models = null;
                    engine = null;
                }
            }
        } finally {
            open.writeLock().unlock();
        }
    }
}
