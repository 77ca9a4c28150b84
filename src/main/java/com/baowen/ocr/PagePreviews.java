package com.baowen.ocr;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;

/**
 * Draws one page of a scan file as a JPEG to show in a browser: the stored image (one page of a multi-page TIFF)
 * or the PDF page rendered, scaled to at most {@link #MAX_WIDTH} pixels wide, never up. Pages the reading left out
 * (over a limit, unreadable) are skipped the same way, so page {@code n} here is page {@code n} of the reading.
 * Stateless; each call holds one scaled page in memory (a large image is decoded subsampled).
 */
final class PagePreviews {
    /** Widest page sent, in pixels: a column of body text stays legible when zoomed on a phone or a desktop. */
    static final int MAX_WIDTH = 1600;
    static final float JPEG_QUALITY = 0.85f;

    private PagePreviews() {
    }

    /**
     * @param file the scan file
     * @param doc  its reading, for the pages' sizes
     * @param page 0-based page of the reading
     * @return the page as JPEG bytes, {@link #width} pixels wide
     * @throws IOException when the file cannot be read as it was
     */
    static byte[] jpeg(Path file, ScannedDocument doc, int page) throws IOException {
        OcrPage p = doc.pages().get(page);
        int width = width(p);
        int height = Math.max(1, (int) Math.round(p.height() * (double) width / p.width()));
        BufferedImage image = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf")
                ? pdfPage(file, doc, page, width) : imagePage(file, doc, page, width);
        return encode(scaled(image, width, height));
    }

    /** The width a page is sent at, in pixels. */
    static int width(OcrPage page) {
        return Math.min(MAX_WIDTH, page.width());
    }

    private static BufferedImage imagePage(Path file, ScannedDocument doc, int page, int width) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new IOException("not a PNG, JPEG or TIFF image any more");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, false, true);
                int index = filePage(doc, page, reader.getNumImages(true), j -> new int[]{reader.getWidth(j), reader.getHeight(j)});
                ImageReadParam param = reader.getDefaultReadParam();
                // decode every k-th pixel down to about twice the width sent: bounded memory, then a smooth scale
                int k = Math.max(1, reader.getWidth(index) / (2 * width));
                param.setSourceSubsampling(k, k, 0, 0);
                return reader.read(index, param);
            } finally {
                reader.dispose();
            }
        }
    }

    private static BufferedImage pdfPage(Path file, ScannedDocument doc, int page, int width) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            int index = filePage(doc, page, pdf.getNumberOfPages(), j -> {
                float[] pt = points(pdf.getPage(j));
                return new int[]{(int) Math.ceil(pt[0] * ScanReader.PDF_DPI / 72f), (int) Math.ceil(pt[1] * ScanReader.PDF_DPI / 72f)};
            });
            float scale = width / points(pdf.getPage(index))[0]; // pixels per point
            return new PDFRenderer(pdf).renderImage(index, scale, ImageType.RGB);
        }
    }

    /** A PDF page's width and height in points, as it is shown (turned pages swapped), as {@link ScanReader} reads it. */
    private static float[] points(PDPage page) {
        PDRectangle box = page.getCropBox();
        boolean turned = page.getRotation() % 180 != 0;
        return turned ? new float[]{box.getHeight(), box.getWidth()} : new float[]{box.getWidth(), box.getHeight()};
    }

    private interface PageSize {
        int[] of(int filePage) throws IOException;
    }

    /**
     * The file's page that is page {@code page} of the reading: the file's pages are walked in order, and one
     * whose size differs from the next page read is one the reading left out.
     */
    private static int filePage(ScannedDocument doc, int page, int filePages, PageSize size) throws IOException {
        int read = 0;
        for (int j = 0; j < filePages && read < doc.pages().size(); j++) {
            OcrPage p = doc.pages().get(read);
            int[] wh = size.of(j);
            if (wh[0] == p.width() && wh[1] == p.height()) {
                if (read == page) {
                    return j;
                }
                read++;
            }
        }
        throw new IOException("page " + (page + 1) + " of the reading is not in the file any more");
    }

    private static BufferedImage scaled(BufferedImage image, int width, int height) {
        boolean gray = image.getColorModel().getNumComponents() == 1;
        BufferedImage out = new BufferedImage(width, height, gray ? BufferedImage.TYPE_BYTE_GRAY : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(image, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static byte[] encode(BufferedImage image) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
