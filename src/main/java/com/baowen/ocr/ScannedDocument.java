package com.baowen.ocr;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

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

    /**
     * Where these characters of {@link #text()} are printed: one box a printed line, covering the line's
     * characters among them, in the order the lines are first met; line breaks and offsets outside the text
     * are left out. A citation's characters, mapped back through its article's source map, give its lines.
     *
     * @param offsets character offsets in {@link #text()}, any order
     */
    public List<LineSpan> boxesOf(IntStream offsets) {
        // per printed line (page, line start): the first and last of its characters asked for
        Map<Long, int[]> spans = new LinkedHashMap<>();
        int length = text.length();
        offsets.filter(o -> o >= 0 && o < length).forEach(o -> {
            int page = pageOf(o);
            int local = o - pageStarts.get(page);
            PageLine line = pages.get(page).lineAt(local);
            if (line != null) {
                int[] span = spans.computeIfAbsent(((long) page << 32) | line.start(), k -> new int[]{page, local, local});
                span[1] = Math.min(span[1], local);
                span[2] = Math.max(span[2], local);
            }
        });
        List<LineSpan> boxes = new ArrayList<>(spans.size());
        for (int[] s : spans.values()) {
            int start = pageStarts.get(s[0]);
            boxes.add(new LineSpan(s[0], pages.get(s[0]).boxOf(s[1], s[2] + 1), start + s[1], start + s[2] + 1));
        }
        return boxes;
    }

    /** The 0-based page holding offset {@code offset} of {@link #text()} (the page before, for a page break). */
    public int pageOf(int offset) {
        int i = Collections.binarySearch(pageStarts, offset);
        return i >= 0 ? i : Math.max(0, -i - 2);
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

    /**
     * Characters of one printed line and where they are.
     *
     * @param page  0-based page of the file
     * @param box   around the characters, in that page's pixels
     * @param start offset in {@link #text()} of the first character boxed
     * @param end   offset just past the last one (characters between them that were not asked for are boxed too)
     */
    public record LineSpan(int page, Quad box, int start, int end) {
    }
}
