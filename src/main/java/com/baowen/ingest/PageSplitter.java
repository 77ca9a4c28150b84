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
        List<PageBlock> blocks = new ArrayList<>();
        PageBlock cur = null;
        boolean curStandalone = false;
        int blanks = 0;
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
                boolean standalone = BlockClassifier.standaloneKind(line) != null;
                boolean indented = Character.isWhitespace(line.charAt(0)) || line.charAt(0) == '\u3000';
                if (cur == null || blanks > 0 || indented || standalone || curStandalone) {
                    cur = new PageBlock(blanks, blocks.isEmpty() || indented || blanks >= REGION_GAP);
                    blocks.add(cur);
                }
                cur.lines.add(new SourceLine(line, offset));
                curStandalone = standalone;
                blanks = 0;
            }
            if (nl < 0) {
                break;
            }
            offset = nl + 1;
        }
        return blocks;
    }

    private static List<PageBlock> mergeContinuations(List<PageBlock> blocks) {
        List<PageBlock> out = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            PageBlock b = blocks.get(i);
            while (b.kind == BlockKind.BODY && !BlockClassifier.endsSentence(b.joined()) && i + 1 < blocks.size()
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
        boolean indented = Character.isWhitespace(next.lines.getFirst().text().charAt(0));
        if (indented) {
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
