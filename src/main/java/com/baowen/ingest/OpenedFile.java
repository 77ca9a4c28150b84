package com.baowen.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;

/**
 * One corpus file opened for reading its articles one at a time ({@code .jsonl} line by line); not
 * thread-safe. {@link #skipped()} is non-null when the file cannot be used at all (then there are no
 * articles). Warnings about bad lines grow while the articles are read.
 */
public final class OpenedFile implements Iterator<Article>, Closeable {
    private final String source;
    private final String sha256;
    private final String encoding;
    private final String skipped;
    private final Iterator<Article> articles;
    private final List<String> warnings;
    private final Closeable resource;

    OpenedFile(String source, String sha256, String encoding, Iterator<Article> articles, List<String> warnings,
               Closeable resource) {
        this.source = source;
        this.sha256 = sha256;
        this.encoding = encoding;
        this.skipped = null;
        this.articles = articles;
        this.warnings = warnings;
        this.resource = resource;
    }

    private OpenedFile(String source, String reason) {
        this.source = source;
        this.sha256 = null;
        this.encoding = null;
        this.skipped = reason;
        this.articles = Collections.emptyIterator();
        this.warnings = List.of();
        this.resource = null;
    }

    static OpenedFile skipped(String source, String reason) {
        return new OpenedFile(source, reason);
    }

    /** The corpus file name (its path under the corpus folder). */
    public String source() {
        return source;
    }

    /** The digest the file is indexed at ({@link CorpusReader#digest}), or {@code null} when skipped. */
    public String sha256() {
        return sha256;
    }

    /** "UTF-8" or "GB18030", or {@code null} when skipped. */
    public String encoding() {
        return encoding;
    }

    /** Why the file cannot be used, or {@code null} when it can. */
    public String skipped() {
        return skipped;
    }

    /** Problems that did not stop the file (bad lines, a bad sidecar), so far. */
    public List<String> warnings() {
        return warnings;
    }

    @Override
    public boolean hasNext() {
        return articles.hasNext();
    }

    @Override
    public Article next() {
        return articles.next();
    }

    @Override
    public void close() throws IOException {
        if (resource != null) {
            resource.close();
        }
    }
}
