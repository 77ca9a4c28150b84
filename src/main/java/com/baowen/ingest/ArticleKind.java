package com.baowen.ingest;

/** What sort of text an article is, as printed on the page. */
public enum ArticleKind {
    /** A news story or feature with a headline (or a title derived from its lead). */
    NEWS,
    /** A photo caption ("……摄"). */
    PHOTO,
    /** The rest of an article begun on another page ("（上接第一版）"). */
    CONTINUATION,
    /** A recurring column: history entries, commentary, notices. */
    COLUMN
}
