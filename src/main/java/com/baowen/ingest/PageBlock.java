package com.baowen.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Consecutive non-blank lines of a page that belong together; mutable while the page is split.
 */
final class PageBlock {
    final List<SourceLine> lines = new ArrayList<>();
    /** The block starts a new text region: its first line is indented (on a page where few are), or a wide gap precedes it. */
    final boolean regionStart;
    /** Its first line is indented on a page where indentation is rare, which OCR does at the start of a text region. */
    final boolean indentBreak;
    BlockKind kind = BlockKind.BODY;

    PageBlock(boolean regionStart, boolean indentBreak) {
        this.regionStart = regionStart;
        this.indentBreak = indentBreak;
    }

    /** The block's lines joined without separators, stripped. */
    String joined() {
        StringBuilder sb = new StringBuilder();
        for (SourceLine l : lines) {
            sb.append(l.stripped());
        }
        return sb.toString();
    }

    String firstLine() {
        return lines.getFirst().stripped();
    }

    @Override
    public String toString() {
        return kind + ":" + joined();
    }
}
