package com.baowen.index;

/**
 * Field names and document types of the Lucene index. One index holds three kinds of documents,
 * told apart by {@link #TYPE}: a chunk (searched), an article (stored, with its sentence vectors) and
 * a file marker (the sha256 of each source file, for incremental indexing).
 */
final class IndexFields {
    static final String TYPE = "type";
    static final String TYPE_CHUNK = "chunk";
    static final String TYPE_ARTICLE = "article";
    static final String TYPE_FILE = "file";

    /** Chunk id, article id or source file name, depending on the type. */
    static final String ID = "id";
    /** On chunks and articles: every document of an article carries it, so an article is replaced with one term. */
    static final String ARTICLE_ID = "article_id";
    /** The corpus file name; every document of a file carries it so a file is deleted with one term. */
    static final String SOURCE = "source";
    static final String SHA256 = "sha256";
    /** On a file marker: the corpus file name, the marker's key. */
    static final String FILE = "file";
    /** On an article: the {@code ContentHash} it was indexed at. */
    static final String CONTENT_HASH = "content_hash";
    /** Publication day as days since 1970-01-01, on articles and chunks: a point for filters, doc values for sorting. */
    static final String DAY = "day";
    static final String ORIGIN = "origin";
    static final String URL = "url";
    static final String PAPER = "paper";
    static final String EDITION = "edition";
    static final String PAGE = "page";

    static final String ORDINAL = "ordinal";
    static final String START = "start";
    static final String END = "end";

    static final String TITLE = "title";
    static final String SUBTITLE = "subtitle";
    static final String BYLINE = "byline";
    static final String KIND = "kind";
    static final String DATE = "date";
    static final String TEXT = "text";
    static final String SOURCE_MAP = "source_map";
    static final String SENTENCES = "sentences";

    /** BM25 fields: words (SmartChineseAnalyzer) and character bigrams, of the chunk text and its title. */
    static final String TEXT_WORDS = "text_words";
    static final String TEXT_BIGRAMS = "text_bigrams";
    static final String TITLE_WORDS = "title_words";
    static final String TITLE_BIGRAMS = "title_bigrams";

    static final String VECTOR = "vector";

    private IndexFields() {
    }
}
