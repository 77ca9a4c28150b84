package com.baowen.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a page into classified blocks; stateless and thread-safe.
 *
 * <ol>
 *   <li>consecutive non-blank lines form a block; a blank line, an indented line (OCR starts a new text
 *       region with one) or a line that always stands alone (byline, credit, Markdown heading…) starts a new one;</li>
 *   <li>each block gets a {@link BlockKind};</li>
 *   <li>a paragraph that stops mid-sentence absorbs the next block (OCR put a blank line inside the sentence),
 *       unless that block is a headline followed by the start of a new article.</li>
 * </ol>
 */
final class PageSplitter {
    /** Blank lines that separate regions of a page. */
    static final int REGION_GAP = 3;
    /** A line this long is a whole paragraph of a one-paragraph-per-line page, not a narrow column's wrapped line. */
    static final int PARAGRAPH_LINE_CHARS = 40;

    private PageSplitter() {
    }

    static List<PageBlock> split(String page) {
        List<PageBlock> blocks = toBlocks(page);
        for (PageBlock b : blocks) {
            b.kind = b.lines.size() == 1 ? BlockClassifier.lineKind(b.firstLine()) : BlockKind.BODY;
        }
        return mergeContinuations(blocks);
    }

    private static List<PageBlock> toBlocks(String page) {
        List<SourceLine> lines = new ArrayList<>();
        List<Integer> blanksBefore = new ArrayList<>();
        int blanks = 0;
        int indentedLines = 0;
        int offset = 0;
        while (offset <= page.length()) {
            int nl = page.indexOf('\n', offset);
            int end = nl < 0 ? page.length() : nl;
            String line = page.substring(offset, end);
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            if (line.isBlank()) {
                blanks++;
            } else {
                lines.add(new SourceLine(line, offset));
                blanksBefore.add(blanks);
                indentedLines += isIndented(line) ? 1 : 0;
                blanks = 0;
            }
            if (nl < 0) {
                break;
            }
            offset = nl + 1;
        }
        // indentation marks a new region only where it is rare; pages that indent every paragraph use it for paragraphs
        boolean indentIsRare = indentedLines * 4 <= lines.size();
        List<PageBlock> blocks = new ArrayList<>();
        PageBlock cur = null;
        boolean curStandalone = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).text();
            int gap = blanksBefore.get(i);
            boolean standalone = BlockClassifier.standaloneKind(line) != null;
            boolean indented = isIndented(line);
            if (cur == null || gap > 0 || indented || standalone || curStandalone || startsHeadline(cur, line)
                    || endsHeadline(cur, line)) {
                boolean indentBreak = indented && indentIsRare;
                cur = new PageBlock(blocks.isEmpty() || indentBreak || gap >= REGION_GAP, indentBreak);
                blocks.add(cur);
            }
            cur.lines.add(lines.get(i));
            curStandalone = standalone;
        }
        return blocks;
    }

    /**
     * On a page with one paragraph per line and no blank lines between, a headline line after a finished
     * paragraph starts its own block. (Hard-wrapped narrow columns have short lines and are left alone.)
     */
    private static boolean startsHeadline(PageBlock cur, String line) {
        String previous = cur.lines.getLast().stripped();
        return previous.length() >= PARAGRAPH_LINE_CHARS && BlockClassifier.endsSentence(previous) && isHeadish(line);
    }

    /** The line after a lone headline line starts a new block when it is a whole paragraph, a lead or a subtitle. */
    private static boolean endsHeadline(PageBlock cur, String line) {
        if (cur.lines.size() != 1 || !isHeadish(cur.firstLine())) {
            return false;
        }
        String t = line.strip();
        return t.length() >= PARAGRAPH_LINE_CHARS || BlockClassifier.isLead(t)
                || BlockClassifier.lineKind(t) == BlockKind.SUBTITLE;
    }

    private static boolean isHeadish(String line) {
        BlockKind k = BlockClassifier.lineKind(line);
        return k == BlockKind.HEADING || k == BlockKind.SUBTITLE || k == BlockKind.KICKER;
    }

    static boolean isIndented(String line) {
        return !line.isEmpty() && (Character.isWhitespace(line.charAt(0)) || line.charAt(0) == '\u3000');
    }

    private static List<PageBlock> mergeContinuations(List<PageBlock> blocks) {
        List<PageBlock> out = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            PageBlock b = blocks.get(i);
            while (b.kind == BlockKind.BODY && !BlockClassifier.endsSentence(b.lines.getLast().stripped()) && i + 1 < blocks.size()
                    && continues(blocks, i + 1)) {
                b.lines.addAll(blocks.get(i + 1).lines);
                i++;
            }
            out.add(b);
        }
        return out;
    }

    /** True when block {@code j} carries on the unfinished sentence before it. */
    private static boolean continues(List<PageBlock> blocks, int j) {
        PageBlock next = blocks.get(j);
        if (isIndented(next.lines.getFirst().text())) {
            return false;
        }
        if (next.kind == BlockKind.BODY) {
            return !BlockClassifier.isLead(next.joined());
        }
        if (next.kind != BlockKind.HEADING) {
            return false;
        }
        if (j + 1 >= blocks.size()) {
            return true;
        }
        PageBlock after = blocks.get(j + 1);
        return after.kind == BlockKind.BODY && !BlockClassifier.isLead(after.joined());
    }
}
