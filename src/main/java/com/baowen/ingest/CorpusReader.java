package com.baowen.ingest;

import com.baowen.BaowenException;
import com.baowen.ocr.ScanReader;
import com.baowen.ocr.ScannedDocument;
import com.baowen.ocr.UnreadableScanException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Lists and reads corpus files ({@code *.txt} pages, {@code *.md} Markdown, {@code *.jsonl} one article per line,
 * and, when OCR is set up, page scans: {@code *.png}, {@code *.jpg}, {@code *.tif(f)} and scanned {@code *.pdf});
 * thread-safe.
 *
 * <p>Reading never throws for bad content: a binary, empty, unreadable, undecodable or over-size file
 * comes back as {@link FileResult.Skipped} with the reason.
 */
public final class CorpusReader {
    /** Files larger than this are refused: 20 MiB. */
    public static final long DEFAULT_MAX_FILE_BYTES = 20L * 1024 * 1024;
    /** Scans (page images, scanned PDFs) larger than this are refused: 200 MiB. */
    public static final long MAX_SCAN_BYTES = 200L * 1024 * 1024;
    /** The encoding {@link FileResult.Parsed} names for text read off a scan. */
    public static final String OCR = "OCR";
    private static final List<String> EXTENSIONS = List.of(".txt", ".md", ".jsonl");
    private static final Logger LOG = LoggerFactory.getLogger(CorpusReader.class);

    private final long maxFileBytes;
    private final ScanReader scans;

    /**
     * @param maxFileBytes the largest text file read, in bytes, at least 1
     * @param scans        reads page images and scanned PDFs, or null to list them as skipped
     */
    public CorpusReader(long maxFileBytes, ScanReader scans) {
        if (maxFileBytes < 1) {
            throw new BaowenException("maxFileBytes must be at least 1, got " + maxFileBytes);
        }
        this.maxFileBytes = maxFileBytes;
        this.scans = scans;
    }

    public CorpusReader(long maxFileBytes) {
        this(maxFileBytes, null);
    }

    public CorpusReader(ScanReader scans) {
        this(DEFAULT_MAX_FILE_BYTES, scans);
    }

    public CorpusReader() {
        this(DEFAULT_MAX_FILE_BYTES, null);
    }

    /** @return the corpus files under {@code corpusDir} (recursively), sorted by path; unreadable folders are logged and skipped */
    public List<Path> list(Path corpusDir) {
        List<Path> out = new ArrayList<>();
        walk(corpusDir, p -> LOG.warn("{}", p)).forEachRemaining(out::add);
        return out;
    }

    /**
     * The corpus files under {@code corpusDir}, found lazily (one folder's listing in memory at a time), in
     * path order. A folder that cannot be read, or a symbolic link loop, goes to {@code problems} and is skipped.
     */
    public Iterator<Path> walk(Path corpusDir, Consumer<String> problems) {
        if (!Files.isDirectory(corpusDir)) {
            throw new BaowenException("corpus folder does not exist or is not a folder: " + corpusDir.toAbsolutePath());
        }
        return new CorpusWalk(corpusDir, CorpusReader::isCorpusFile, problems);
    }

    /**
     * The digest a corpus file is indexed at: the SHA-256 of its bytes, combined with its
     * {@code .meta.json} sidecar's when there is one (a changed sidecar re-reads the page); {@code null}
     * when the file cannot be read.
     */
    public static String digest(Path file) {
        String sha = sha256(file);
        Path meta = Sidecars.of(file);
        if (sha == null || meta == null) {
            return sha;
        }
        String metaSha = sha256(meta);
        return metaSha == null ? sha : ArticleIds.sha256(sha + "+" + metaSha);
    }

    /**
     * Opens a corpus file to read its articles one at a time: a {@code .jsonl} file line by line with a limit
     * per line (any file size), a page file whole (at most the size limit). Never throws for the file's content.
     *
     * @param digest the file's {@link #digest}, already computed by the caller
     */
    public OpenedFile open(Path corpusDir, Path file, String digest) {
        String name = nameOf(corpusDir, file);
        if (digest == null) {
            return OpenedFile.skipped(name, "unreadable");
        }
        if (name.toLowerCase(Locale.ROOT).endsWith(".jsonl")) {
            return JsonlFiles.open(file, name, digest);
        }
        return switch (read(file, name)) {
            case FileResult.Skipped s -> OpenedFile.skipped(s.source(), s.reason());
            case FileResult.Parsed p -> {
                List<String> warnings = new ArrayList<>(p.warnings());
                Sidecars.Meta meta = Sidecars.read(file, name, warnings);
                String fileDate = meta.date() != null ? meta.date() : ArticleDates.fromPath(name);
                List<Article> dated = p.articles().stream()
                        .map(a -> a.withProvenance(a.date() != null ? a.date() : fileDate, meta.provenance()))
                        .toList();
                yield new OpenedFile(name, digest, p.encoding(), dated.iterator(), warnings, null);
            }
        };
    }

    /** Reads one file, named by its file name; never throws for the file's content. */
    public FileResult read(Path file) {
        return read(file, file.getFileName().toString());
    }

    /**
     * Reads one file of a corpus folder, named by its path relative to the folder ("2024/01/page.txt"), so that
     * files of the same name in different sub-folders keep apart; never throws for the file's content.
     */
    public FileResult read(Path corpusDir, Path file) {
        return read(file, nameOf(corpusDir, file));
    }

    /** The name {@link #read(Path, Path)} gives a file of a corpus folder: its path relative to the folder. */
    public static String nameOf(Path corpusDir, Path file) {
        Path relative = corpusDir.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize());
        return relative.toString().replace('\\', '/');
    }

    /**
     * The hex SHA-256 of a file's bytes, as {@link FileResult.Parsed#sha256()} gives it, without parsing;
     * {@code null} when the file cannot be read (then {@link #read} says why).
     */
    public static String sha256(Path file) {
        try {
            return ArticleIds.sha256(file);
        } catch (IOException | SecurityException e) {
            return null;
        }
    }

    private FileResult read(Path file, String name) {
        if (ScanReader.isScan(name)) {
            return readScan(file, name);
        }
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > maxFileBytes) {
                return new FileResult.Skipped(name, "file has " + size + " bytes, over the limit of " + maxFileBytes + " bytes");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException | SecurityException e) {
            return new FileResult.Skipped(name, "unreadable: " + e);
        }
        if (TextDecoder.isBinary(bytes)) {
            return new FileResult.Skipped(name, "binary file (contains NUL bytes)");
        }
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
        if (decoded == null) {
            return new FileResult.Skipped(name, "not text: neither valid UTF-8 nor valid GB18030");
        }
        if (decoded.text().isBlank()) {
            return new FileResult.Skipped(name, "empty file");
        }
        List<String> warnings = new ArrayList<>();
        List<Article> articles;
        try {
            articles = parse(name, decoded.text(), warnings);
        } catch (RuntimeException e) {
            // a bug in a parser must not stop the other files; the log keeps the trace
            LOG.error("could not parse {}", name, e);
            return new FileResult.Skipped(name, "could not be parsed: " + e);
        }
        if (articles.isEmpty()) {
            return new FileResult.Skipped(name, "no article found" + (warnings.isEmpty() ? "" : ": " + String.join("; ", warnings)));
        }
        return new FileResult.Parsed(name, ArticleIds.sha256(bytes), decoded.encoding(), articles, warnings);
    }

    /** OCR, then the page parser over the page text; article offsets point into the OCR text of the file. */
    private FileResult readScan(Path file, String name) {
        if (scans == null) {
            return new FileResult.Skipped(name, "a page scan, and OCR is not set up (models/ocr)");
        }
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_SCAN_BYTES) {
                return new FileResult.Skipped(name, "scan has " + size + " bytes, over the limit of " + MAX_SCAN_BYTES + " bytes");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException | SecurityException e) {
            return new FileResult.Skipped(name, "unreadable: " + e);
        }
        String sha = ArticleIds.sha256(bytes);
        List<String> warnings = new ArrayList<>();
        ScannedDocument doc;
        try {
            doc = scans.read(name, bytes, sha, warnings);
        } catch (UnreadableScanException e) {
            return new FileResult.Skipped(name, e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("could not OCR {}", name, e);
            return new FileResult.Skipped(name, "could not be read by OCR: " + e);
        }
        if (doc.text().isBlank()) {
            return new FileResult.Skipped(name, "no text found on the scan");
        }
        List<Article> articles = new TxtPageParser(false).parse(ArticleIds.stemOf(name), name, doc.text(), warnings);
        if (articles.isEmpty()) {
            return new FileResult.Skipped(name, "no article found on the scan");
        }
        return new FileResult.Parsed(name, sha, OCR, articles, warnings);
    }

    private static List<Article> parse(String name, String text, List<String> warnings) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".jsonl")) {
            return new JsonlParser().parse(name, text, warnings);
        }
        return new TxtPageParser(lower.endsWith(".md")).parse(ArticleIds.stemOf(name), name, text, warnings);
    }

    private static boolean isCorpusFile(Path p) {
        String lower = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return (EXTENSIONS.stream().anyMatch(lower::endsWith) || ScanReader.isScan(lower))
                && !p.getFileName().toString().startsWith(".");
    }
}
