package com.baowen.ingest;

import java.util.Objects;

/**
 * One article of the corpus after OCR clean-up; immutable.
 *
 * @param id        stable id: the same after restarts and re-indexing (for `.jsonl` files, the given id)
 * @param title     the printed headline, or a short title derived from the lead when none is printed
 * @param subtitle  kicker or subtitle line, or {@code null}
 * @param byline    "本报记者 李盼 通讯员 王楠" and the like, or {@code null}
 * @param kind      news, photo caption, continuation, column
 * @param source    the corpus file name, e.g. {@code 000_232fd453f4f86065.txt}
 * @param date       publication date when known: ISO {@code YYYY-MM-DD} when the corpus gives one (see
 *                   {@link ArticleDates}), or as printed on the page, or {@code null}
 * @param text       cleaned article text; citations' offsets point into it
 * @param sourceMap  maps positions in {@code text} back to character offsets in the source file
 * @param provenance paper, edition, page, URL and origin when the corpus gives them ({@link Provenance#NONE} when not)
 */
public record Article(String id, String title, String subtitle, String byline, ArticleKind kind,
                      String source, String date, String text, SourceMap sourceMap, Provenance provenance) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        if (sourceMap == null) {
            sourceMap = SourceMap.identity(text.length());
        }
        if (provenance == null) {
            provenance = Provenance.NONE;
        }
    }

    /** An article without provenance (the signature before dates and provenance were kept). */
    public Article(String id, String title, String subtitle, String byline, ArticleKind kind,
                   String source, String date, String text, SourceMap sourceMap) {
        this(id, title, subtitle, byline, kind, source, date, text, sourceMap, Provenance.NONE);
    }

    /** The same article with another date and provenance. */
    public Article withProvenance(String date, Provenance provenance) {
        return new Article(id, title, subtitle, byline, kind, source, date, text, sourceMap, provenance);
    }
}
