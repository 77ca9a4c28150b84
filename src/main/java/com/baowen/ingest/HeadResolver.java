package com.baowen.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a group of heading lines into article heads; stateless and thread-safe.
 *
 * <p>A group may hold the heads of more than one article: a headline with its "——" subtitle is complete,
 * so a headline that follows it starts another head. Which line is the headline:
 * <ul>
 *   <li>the last Markdown heading (earlier ones are section headings that title no article);</li>
 *   <li>else the line just above a "——" subtitle;</li>
 *   <li>else, printed after the body, the first line (the subtitle follows it);</li>
 *   <li>else the longest line (a short line above it is a kicker);</li>
 *   <li>a long line continued by a shorter one, both without spaces, is one headline wrapped in two.</li>
 * </ul>
 */
final class HeadResolver {

    private HeadResolver() {
    }

    /** @return the heads in the group in order; the last one belongs to the body that follows the group */
    static List<Head> resolve(List<PageBlock> group, boolean printedAfterBody) {
        List<List<PageBlock>> units = new ArrayList<>();
        List<PageBlock> cur = new ArrayList<>();
        boolean complete = false;
        for (PageBlock b : group) {
            if (b.kind == BlockKind.SUBTITLE) {
                cur.add(b);
                complete = true;
            } else if (b.kind == BlockKind.BYLINE) {
                cur.add(b);
            } else {
                if (complete) {
                    units.add(cur);
                    cur = new ArrayList<>();
                    complete = false;
                }
                cur.add(b);
            }
        }
        units.add(cur);
        List<Head> heads = new ArrayList<>();
        for (List<PageBlock> unit : units) {
            heads.add(headOf(unit, printedAfterBody));
        }
        return heads;
    }

    private static Head headOf(List<PageBlock> unit, boolean printedAfterBody) {
        List<PageBlock> headings = new ArrayList<>();
        PageBlock lastMarkdown = null;
        int firstSubtitle = -1;
        for (PageBlock b : unit) {
            if (b.kind == BlockKind.HEADING) {
                headings.add(b);
            } else if (b.kind == BlockKind.MARKDOWN_HEADING) {
                lastMarkdown = b;
            } else if (b.kind == BlockKind.SUBTITLE && firstSubtitle < 0) {
                firstSubtitle = headings.size();
            }
        }
        String title;
        PageBlock titleBlock = null;
        if (lastMarkdown != null) {
            titleBlock = lastMarkdown;
            title = headline(lastMarkdown.firstLine().replaceFirst("^#+\\s*", ""));
        } else if (isWrapped(headings)) {
            title = headline(headings.get(0).firstLine() + headings.get(1).firstLine());
            headings.clear();
        } else if (headings.isEmpty()) {
            title = null;
        } else {
            if (firstSubtitle > 0) {
                titleBlock = headings.get(firstSubtitle - 1);
            } else if (printedAfterBody) {
                titleBlock = headings.getFirst();
            } else {
                titleBlock = longest(headings);
            }
            title = headline(titleBlock.firstLine());
        }
        List<String> subtitles = new ArrayList<>();
        List<String> bylines = new ArrayList<>();
        for (PageBlock b : unit) {
            if (b == titleBlock) {
                continue;
            }
            switch (b.kind) {
                case HEADING -> {
                    if (headings.contains(b)) {
                        subtitles.add(OcrCleaner.cleanHeadline(b.firstLine()));
                    }
                }
                case SUBTITLE, KICKER -> subtitles.add(OcrCleaner.cleanHeadline(b.firstLine()));
                case BYLINE -> bylines.add(BlockClassifier.bylineText(b.firstLine()));
                default -> {
                    // section headings above the headline title no article
                }
            }
        }
        if (title != null && title.isBlank()) {
            title = null;
        }
        return new Head(title, joinOrNull(subtitles), joinOrNull(bylines), titleBlock);
    }

    /** A headline cleaned, with an OCR-doubled headline ("写春联写春联") reduced to one copy. */
    static String headline(String raw) {
        String t = OcrCleaner.cleanHeadline(raw);
        int half = t.length() / 2;
        if (t.length() >= 4 && t.length() % 2 == 0 && t.substring(0, half).equals(t.substring(half))) {
            return t.substring(0, half);
        }
        return t;
    }

    private static boolean isWrapped(List<PageBlock> headings) {
        if (headings.size() != 2) {
            return false;
        }
        String a = headings.get(0).firstLine();
        String b = headings.get(1).firstLine();
        return a.length() >= 12 && b.length() < a.length() && a.indexOf(' ') < 0 && b.indexOf(' ') < 0;
    }

    private static PageBlock longest(List<PageBlock> headings) {
        PageBlock best = headings.getFirst();
        for (PageBlock b : headings) {
            if (b.firstLine().length() >= best.firstLine().length()) {
                best = b;
            }
        }
        return best;
    }

    private static String joinOrNull(List<String> parts) {
        return parts.isEmpty() ? null : String.join(" ", parts);
    }
}
