package com.baowen.index;

import com.baowen.ingest.Article;

import java.util.List;
import java.util.Objects;

/**
 * One corpus file ready to index; immutable.
 *
 * @param source   the corpus file name (unique within the corpus)
 * @param sha256   hex digest of the file's bytes: unchanged digest, unchanged file
 * @param articles the articles read from it (empty when the file is unchanged since it was indexed and was not parsed)
 */
public record SourceFile(String source, String sha256, List<Article> articles) {
    public SourceFile {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sha256, "sha256");
        articles = List.copyOf(articles);
    }
}
