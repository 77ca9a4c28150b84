package com.baowen.ingest;

/**
 * Where an article was published and found, when the corpus says so; every part may be {@code null}.
 * Immutable.
 *
 * @param origin  where the item came from, as the corpus gives it (a JSONL {@code "source"}: an archive path or URL)
 * @param url     the item's web address
 * @param paper   the newspaper's (or channel's) name, e.g. {@code 晋中日报}
 * @param edition the edition, e.g. {@code 第3版}
 * @param page    the page, as printed
 */
public record Provenance(String origin, String url, String paper, String edition, String page) {
    /** Nothing known. */
    public static final Provenance NONE = new Provenance(null, null, null, null, null);

    public Provenance {
        origin = blankToNull(origin);
        url = blankToNull(url);
        paper = blankToNull(paper);
        edition = blankToNull(edition);
        page = blankToNull(page);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
