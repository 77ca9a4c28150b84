package com.baowen.index;

import com.baowen.ingest.Article;

import java.util.List;
import java.util.Objects;

/**
 * A finished article as the indexing stage hands it to an {@link ArticleStore}: the article, its chunks
 * with vectors and its sentence vectors; immutable.
 *
 * @param article     the article (its {@code source} is the corpus file it came from)
 * @param contentHash hex digest of what was indexed (see {@code indexing.ContentHash}): an article whose
 *                    hash the store holds is not embedded again
 * @param chunks      its chunks, in order
 * @param sentences   its sentences with vectors, in text order
 */
public record EncodedArticle(Article article, String contentHash, List<EncodedChunk> chunks, List<SentenceVector> sentences) {
    public EncodedArticle {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(contentHash, "contentHash");
        chunks = List.copyOf(chunks);
        sentences = List.copyOf(sentences);
    }

    /** Characters of article text. */
    public int chars() {
        return article.text().length();
    }
}
