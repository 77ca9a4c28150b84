package com.baowen.ocr;

import java.util.ArrayList;
import java.util.List;

/**
 * A scanned file read into text: its pages' texts one after another, three blank lines between pages (a new
 * region for the page parser), and a way back from any character to its page and box; immutable.
 *
 * @param text       the whole text, as a {@code .txt} page file would hold it
 * @param pages      the pages, in order
 * @param pageStarts offset in {@code text} where each page begins
 */
public record ScannedDocument(String text, List<OcrPage> pages, List<Integer> pageStarts) {
    static final String PAGE_BREAK = "\n\n\n";

    public ScannedDocument {
        pages = List.copyOf(pages);
        pageStarts = List.copyOf(pageStarts);
    }

    static ScannedDocument of(List<OcrPage> pages) {
        StringBuilder text = new StringBuilder();
        List<Integer> starts = new ArrayList<>();
        for (OcrPage p : pages) {
            if (!text.isEmpty()) {
                text.append(PAGE_BREAK);
            }
            starts.add(text.length());
            text.append(p.text());
        }
        return new ScannedDocument(text.toString(), pages, starts);
    }

    /** Where characters {@code start..end} of {@link #text()} are printed, or null for a line break. */
    public ScanBox boxOf(int start, int end) {
        for (int i = pages.size() - 1; i >= 0; i--) {
            int from = pageStarts.get(i);
            if (start >= from) {
                Quad q = pages.get(i).boxOf(start - from, end - from);
                return q == null ? null : new ScanBox(i, q);
            }
        }
        return null;
    }

    /** True when most text of the file runs in vertical columns. */
    public boolean vertical() {
        return pages.stream().filter(OcrPage::vertical).count() * 2 > pages.size();
    }

    /**
     * A place on a scan.
     *
     * @param page 0-based page of the file
     * @param box  in that page's pixels
     */
    public record ScanBox(int page, Quad box) {
    }
}
