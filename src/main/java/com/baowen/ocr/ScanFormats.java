package com.baowen.ocr;

import com.baowen.ingest.ArticleIds;
import com.baowen.ingest.Article;
import com.baowen.ingest.ContentTypes;
import com.baowen.ingest.CorpusReader;
import com.baowen.ingest.FormatReader;
import com.baowen.ingest.FormatReaders;
import com.baowen.ingest.NoTextLayerException;
import com.baowen.ingest.TxtPageParser;
import com.baowen.ingest.UnreadableFileException;

import java.util.List;

/**
 * Adds page scans to the formats a {@link CorpusReader} reads: PNG, JPEG and TIFF images, and PDFs without a
 * text layer (the text-layer reader goes first; OCR when it finds no text). The page text read off a scan goes
 * through the same page parser as a {@code .txt} page.
 */
public final class ScanFormats {
    private ScanFormats() {
    }

    /** A corpus reader of every format, scans read by {@code scans} (none when it is null). */
    public static CorpusReader reader(ScanReader scans) {
        return new CorpusReader(CorpusReader.DEFAULT_MAX_FILE_BYTES, with(FormatReaders.defaults(), scans));
    }

    /** {@code base} plus scans read by {@code scans}; {@code base} unchanged when {@code scans} is null (no OCR models). */
    public static FormatReaders with(FormatReaders base, ScanReader scans) {
        if (scans == null) {
            return base;
        }
        FormatReader image = (stem, source, bytes, warnings) -> ocr(scans, stem, source, bytes, warnings);
        FormatReaders out = base;
        for (String type : CorpusReader.SCAN_TYPES) {
            out = out.with(type, image);
        }
        FormatReader pdf = base.forType(ContentTypes.PDF).orElse(null);
        if (pdf != null) {
            out = out.with(ContentTypes.PDF, (stem, source, bytes, warnings) -> {
                try {
                    return pdf.read(stem, source, bytes, warnings);
                } catch (NoTextLayerException e) {
                    return ocr(scans, stem, source, bytes, warnings);
                }
            });
        }
        return out;
    }

    private static List<Article> ocr(ScanReader scans, String stem, String source, byte[] bytes, List<String> warnings) {
        ScannedDocument doc;
        try {
            // the scan's name says how to read it (".pdf" renders pages); the result is kept by digest
            doc = scans.read(source, bytes, ArticleIds.sha256(bytes), warnings);
        } catch (UnreadableScanException e) {
            throw new UnreadableFileException(e.getMessage(), e);
        }
        if (doc.text().isBlank()) {
            throw new UnreadableFileException("OCR found no text on the scan");
        }
        return new TxtPageParser(false).parse(stem, source, doc.text(), warnings);
    }
}
