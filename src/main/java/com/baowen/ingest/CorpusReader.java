package com.baowen.ingest;

import com.baowen.BaowenException;
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
 * and PDF, HTML, DOCX, ODT, RTF, EPUB through {@link FormatReaders}, and page scans (PNG, JPEG, TIFF, PDF
 * without text) when OCR is set up, see {@code com.baowen.ocr.ScanFormats}); thread-safe.
 *
 * <p>A page file's reader is chosen by the content type detected from its bytes ({@link ContentTypes}), not by
 * its extension; plain text goes to the page or Markdown parser by its extension.
 *
 * <p>Reading never throws for bad content: a binary, empty, unreadable, undecodable or over-size file
 * comes back as {@link FileResult.Skipped} with the reason.
 */
public final class CorpusReader {
    /** Files larger than this are refused: 20 MiB. */
    public static final long DEFAULT_MAX_FILE_BYTES = 20L * 1024 * 1024;
    /** PDFs and page images (scans) larger than this are refused: 200 MiB. */
    public static final long MAX_SCAN_BYTES = 200L * 1024 * 1024;
    /** The image types of page scans, read when OCR is set up. */
    public static final List<String> SCAN_TYPES = List.of("image/png", "image/jpeg", "image/tiff");
    private static final List<String> SCAN_EXTENSIONS = List.of(".pdf", ".png", ".jpg", ".jpeg", ".tif", ".tiff");
    private static final List<String> EXTENSIONS = List.of(".txt", ".md", ".jsonl",
            ".pdf", ".html", ".htm", ".xhtml", ".docx", ".odt", ".rtf", ".epub", ".png", ".jpg", ".jpeg", ".tif", ".tiff");
    /** Detected types read as text; any other type without a {@link FormatReader} is refused. */
    private static final List<String> TEXT_TYPES = List.of("application/json", "application/x-ndjson", ContentTypes.OCTETS);
    private static final Logger LOG = LoggerFactory.getLogger(CorpusReader.class);

    private final long maxFileBytes;
    private final FormatReaders formats;

    /**
     * @param maxFileBytes the largest file read, in bytes, at least 1
     * @param formats      the readers of formats other than plain text
     */
    public CorpusReader(long maxFileBytes, FormatReaders formats) {
        if (maxFileBytes < 1) {
            throw new BaowenException("maxFileBytes must be at least 1, got " + maxFileBytes);
        }
        this.maxFileBytes = maxFileBytes;
        this.formats = formats;
    }

    /** @param maxFileBytes the largest file read, in bytes, at least 1 */
    public CorpusReader(long maxFileBytes) {
        this(maxFileBytes, FormatReaders.defaults());
    }

    public CorpusReader() {
        this(DEFAULT_MAX_FILE_BYTES);
    }

    /** True for a file name the corpus folder scan picks up (by extension; the content decides how it is read). */
    public static boolean isCorpusName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(lower::endsWith) && !fileName.startsWith(".");
    }

    /** The file extensions the corpus folder scan picks up, lower case with the dot. */
    public static List<String> extensions() {
        return EXTENSIONS;
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

    /** The file's {@code .meta.json} sidecar when it has one, else {@code null}. */
    public static Path sidecarOf(Path file) {
        return Sidecars.of(file);
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
        return switch (readAs(file, name)) {
            case FileResult.Skipped s -> OpenedFile.skipped(s.source(), s.reason());
            case FileResult.Parsed p -> {
                List<String> warnings = new ArrayList<>(p.warnings());
                Sidecars.Meta meta = Sidecars.read(file, name, warnings);
                String fileDate = meta.date() != null ? meta.date() : ArticleDates.fromPath(name);
                List<Article> dated = p.articles().stream()
                        .map(a -> a.withProvenance(a.date() != null ? a.date() : fileDate, merged(meta.provenance(), a.provenance())))
                        .toList();
                yield new OpenedFile(name, digest, p.encoding(), dated.iterator(), warnings, null);
            }
        };
    }

    /** Reads one file, named by its file name; never throws for the file's content. */
    public FileResult read(Path file) {
        return readAs(file, file.getFileName().toString());
    }

    /**
     * Reads one file of a corpus folder, named by its path relative to the folder ("2024/01/page.txt"), so that
     * files of the same name in different sub-folders keep apart; never throws for the file's content.
     */
    public FileResult read(Path corpusDir, Path file) {
        return readAs(file, nameOf(corpusDir, file));
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

    /** Reads one file under the corpus name it has (or will have: an upload not yet moved into place). */
    public FileResult readAs(Path file, String name) {
        byte[] bytes;
        try {
            long size = Files.size(file);
            long limit = isScanName(name) ? Math.max(maxFileBytes, MAX_SCAN_BYTES) : maxFileBytes;
            if (size > limit) {
                return new FileResult.Skipped(name, "file has " + size + " bytes, over the limit of " + limit + " bytes");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException | SecurityException e) {
            return new FileResult.Skipped(name, "unreadable: " + e);
        }
        String type = ContentTypes.detect(bytes);
        FormatReader format = formats.forType(type).orElse(null);
        if (format != null) {
            return readFormat(format, type, name, bytes);
        }
        if (isScanName(name) && !name.toLowerCase(Locale.ROOT).endsWith(".pdf") && !SCAN_TYPES.contains(type)) {
            return new FileResult.Skipped(name, "not a PNG, JPEG or TIFF image (its content is " + type + ")");
        }
        if (SCAN_TYPES.contains(type)) {
            return new FileResult.Skipped(name, "a page scan (" + type + "), and OCR is not set up (models/ocr)");
        }
        if (!type.startsWith("text/") && !TEXT_TYPES.contains(type)) {
            return new FileResult.Skipped(name, "unsupported content type " + type
                    + " (read here: text, Markdown, JSONL, " + String.join(", ", formats.types()) + ")");
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

    /** The sidecar's provenance, each part it leaves out taken from what the file itself says (an HTML page's URL). */
    private static Provenance merged(Provenance sidecar, Provenance own) {
        return new Provenance(first(sidecar.origin(), own.origin()), first(sidecar.url(), own.url()),
                first(sidecar.paper(), own.paper()), first(sidecar.edition(), own.edition()), first(sidecar.page(), own.page()));
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }

    private static FileResult readFormat(FormatReader format, String type, String name, byte[] bytes) {
        List<String> warnings = new ArrayList<>();
        List<Article> articles;
        try {
            articles = format.read(ArticleIds.stemOf(name), name, bytes, warnings);
        } catch (UnreadableFileException e) {
            return new FileResult.Skipped(name, e.getMessage());
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // a bug or a hostile file in a format library must not stop the other files; the log keeps the trace
            LOG.error("could not parse {} ({})", name, type, e);
            return new FileResult.Skipped(name, "could not be parsed as " + type + ": " + e);
        }
        if (articles.isEmpty()) {
            return new FileResult.Skipped(name, "no article found in " + type + (warnings.isEmpty() ? "" : ": " + String.join("; ", warnings)));
        }
        return new FileResult.Parsed(name, ArticleIds.sha256(bytes), type, articles, warnings);
    }

    private static List<Article> parse(String name, String text, List<String> warnings) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".jsonl")) {
            return new JsonlParser().parse(name, text, warnings);
        }
        return new TxtPageParser(lower.endsWith(".md")).parse(ArticleIds.stemOf(name), name, text, warnings);
    }

    private static boolean isScanName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return SCAN_EXTENSIONS.stream().anyMatch(lower::endsWith);
    }

    private static boolean isCorpusFile(Path p) {
        return isCorpusName(p.getFileName().toString());
    }
}
