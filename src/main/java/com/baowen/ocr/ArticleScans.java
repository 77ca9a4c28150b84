package com.baowen.ocr;

import com.baowen.BaowenException;
import com.baowen.ingest.Article;
import com.baowen.ingest.CorpusReader;
import com.baowen.ingest.SourceMap;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.stream.IntStream;

/**
 * The scans that indexed articles were read from: which scan an article came from (its corpus file, found by the
 * file's digest in the {@link ScanStore}), where a span of its text is printed on it, and its pages as images to
 * show that place on. Thread-safe; small caches keep the file digests, the last readings and the last pages sent.
 *
 * <p>An article's offsets lead to the scan in two steps: 1. its {@link SourceMap} maps each character to an
 * offset of the text read off the scan ({@link ScannedDocument#text()}, the page text the article was parsed
 * from); 2. {@link ScannedDocument#boxesOf} finds the printed line of each such offset and boxes them.
 */
public final class ArticleScans {
    /** Pages drawn at once: each holds a decoded page (up to tens of MB for a large PDF page) while it is drawn. */
    static final int DRAWING_AT_ONCE = 2;
    /** Below this share of an article's characters found at their mapped offsets, the scan changed since indexing. */
    static final double MIN_SAME_CHARS = 0.5;

    private final Path corpus;
    private final ScanReader reader;
    private final Semaphore drawing = new Semaphore(DRAWING_AT_ONCE);
    private final Map<Path, Digest> digests = lru(4096);
    private final Map<String, ScannedDocument> readings = lru(8);
    private final Map<String, byte[]> previews = lru(16);

    private record Digest(long size, long modified, String sha256) {
    }

    /**
     * A scan and its reading.
     *
     * @param file   the scan file in the corpus folder
     * @param sha256 hex digest of its bytes
     * @param doc    what OCR read off it
     */
    public record Scan(Path file, String sha256, ScannedDocument doc) {
    }

    /**
     * @param corpus the corpus folder articles' {@link Article#source()} names are relative to
     * @param reader the scan reader that keeps the readings
     */
    public ArticleScans(Path corpus, ScanReader reader) {
        this.corpus = corpus.toAbsolutePath().normalize();
        this.reader = reader;
    }

    /** True when the article was read off a scan that is still in the corpus as it was read; cheap (no reading is parsed). */
    public boolean hasScan(Article article) {
        Path file = fileOf(article);
        String sha = file == null ? null : digest(file);
        return sha != null && reader.isStored(sha);
    }

    /**
     * The scan the article was read from.
     *
     * @throws NoScanException naming why there is none: not a scan, the file is gone, read as text (a PDF with a
     *                         text layer), or changed since the article was indexed
     */
    public Scan scanOf(Article article) {
        Path file = fileOf(article);
        if (file == null) {
            throw new NoScanException("article '" + article.id() + "' was not read from a scan: its source "
                    + article.source() + " is " + (ScanReader.isScan(article.source()) ? "no longer in the corpus" : "not an image or PDF"), false);
        }
        String sha = digest(file);
        ScannedDocument doc = sha == null ? null : reading(sha);
        if (doc == null) {
            throw new NoScanException("article '" + article.id() + "' was not read from a scan: " + article.source()
                    + (ScanReader.isImage(article.source()) ? " has no stored OCR reading (not indexed yet?)" : " was read from its text layer"), false);
        }
        if (!matches(article, doc)) {
            throw new NoScanException("the scan " + article.source() + " changed since article '" + article.id()
                    + "' was indexed; it can be shown again once the corpus is re-indexed", true);
        }
        return new Scan(file, sha, doc);
    }

    /**
     * Where characters {@code from..to} of the article's text are printed on its scan: one box a printed line.
     *
     * @param from offset in {@link Article#text()}, 0..to
     * @param to   offset just past the span, from..text length
     */
    public static List<ScannedDocument.LineSpan> boxes(Article article, ScannedDocument doc, int from, int to) {
        if (from < 0 || to > article.text().length() || from > to) {
            throw new BaowenException("a span of article '" + article.id() + "' must lie in 0.." + article.text().length()
                    + ", got " + from + ".." + to);
        }
        SourceMap map = article.sourceMap();
        return doc.boxesOf(IntStream.range(from, Math.min(to, map.length())).map(map::sourceOffset));
    }

    /**
     * One page of the scan as a JPEG, at most {@link PagePreviews#MAX_WIDTH} pixels wide; at most
     * {@link #DRAWING_AT_ONCE} pages are drawn at once, others wait.
     *
     * @param page 0-based page of the reading
     * @throws NoScanException when the file cannot be read as it was
     */
    public byte[] pageImage(Scan scan, int page) {
        if (page < 0 || page >= scan.doc().pages().size()) {
            throw new BaowenException("page must be between 0 and " + (scan.doc().pages().size() - 1) + ", got " + page);
        }
        String key = scan.sha256() + "/" + page;
        byte[] known;
        synchronized (previews) {
            known = previews.get(key);
        }
        if (known != null) {
            return known;
        }
        drawing.acquireUninterruptibly();
        try {
            byte[] jpeg = PagePreviews.jpeg(scan.file(), scan.doc(), page);
            synchronized (previews) {
                previews.put(key, jpeg);
            }
            return jpeg;
        } catch (IOException | RuntimeException e) {
            // the file was read when indexed: a failure now means it changed or went away
            throw new NoScanException("the scan " + scan.file().getFileName() + " cannot be shown: " + e.getMessage(), true);
        } finally {
            drawing.release();
        }
    }

    /** The width in pixels a page is sent at by {@link #pageImage}. */
    public static int imageWidth(OcrPage page) {
        return PagePreviews.width(page);
    }

    /** The article's file in the corpus when its name is a scan's and it is there (never outside the corpus), else null. */
    private Path fileOf(Article article) {
        if (!ScanReader.isScan(article.source())) {
            return null;
        }
        Path file = corpus.resolve(article.source()).normalize();
        return file.startsWith(corpus) && Files.isRegularFile(file) ? file : null;
    }

    /** The file's SHA-256, computed again only when its size or time changed; null when it cannot be read. */
    private String digest(Path file) {
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            return null;
        }
        long size = attrs.size();
        long modified = attrs.lastModifiedTime().toMillis();
        synchronized (digests) {
            Digest d = digests.get(file);
            if (d != null && d.size() == size && d.modified() == modified) {
                return d.sha256();
            }
        }
        String sha = CorpusReader.sha256(file);
        if (sha != null) {
            synchronized (digests) {
                digests.put(file, new Digest(size, modified, sha));
            }
        }
        return sha;
    }

    private ScannedDocument reading(String sha) {
        synchronized (readings) {
            ScannedDocument doc = readings.get(sha);
            if (doc != null) {
                return doc;
            }
        }
        ScannedDocument doc = reader.stored(sha);
        if (doc != null) {
            synchronized (readings) {
                readings.put(sha, doc);
            }
        }
        return doc;
    }

    /** True when most of the article's characters are found at their mapped offsets of the reading's text. */
    static boolean matches(Article article, ScannedDocument doc) {
        String text = article.text();
        SourceMap map = article.sourceMap();
        int n = Math.min(text.length(), map.length());
        int same = 0;
        for (int i = 0; i < n; i++) {
            int o = map.sourceOffset(i);
            if (o >= 0 && o < doc.text().length() && doc.text().charAt(o) == text.charAt(i)) {
                same++;
            }
        }
        return n > 0 && same >= MIN_SAME_CHARS * n;
    }

    private static <K, V> Map<K, V> lru(int capacity) {
        return new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }

    /** An article with no scan to show; {@link #changed()} when its scan changed or went away since it was indexed. */
    public static final class NoScanException extends BaowenException {
        private final boolean changed;

        NoScanException(String message, boolean changed) {
            super(message);
            this.changed = changed;
        }

        public boolean changed() {
            return changed;
        }
    }
}
