package com.baowen.ingest;

import java.util.List;

/** What reading one corpus file gave: its articles, or the reason it was skipped. */
public sealed interface FileResult {
    /** The corpus file name. */
    String source();

    /**
     * A file that was read.
     *
     * @param source   the corpus file name
     * @param sha256   hex SHA-256 of the raw bytes (for incremental indexing)
     * @param encoding "UTF-8" or "GB18030" for text; for other formats (scans too) the detected media type ("application/pdf", "image/png")
     * @param articles the articles found, in page order
     * @param warnings problems that did not stop the file: bad JSONL lines, headlines without a body
     */
    record Parsed(String source, String sha256, String encoding, List<Article> articles, List<String> warnings)
            implements FileResult {
        public Parsed {
            articles = List.copyOf(articles);
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * A file that was not read.
     *
     * @param source the corpus file name
     * @param reason why, e.g. "binary file (contains NUL bytes)"
     */
    record Skipped(String source, String reason) implements FileResult {
    }
}
