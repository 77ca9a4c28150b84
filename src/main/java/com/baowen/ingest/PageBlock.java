package com.baowen.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Consecutive non-blank lines of a page that belong together; mutable while the page is split.
 */
final class PageBlock {
    final List<SourceLine> lines = new ArrayList<>();
    /** Blank lines just before this block. */
    final int blanksBefore;
    /** The block starts a new text region: its first line is indented, or a wide gap precedes it. */
    final boolean regionStart;
    BlockKind kind = BlockKind.BODY;

    PageBlock(int blanksBefore, boolean regionStart) {
        this.blanksBefore = blanksBefore;
        this.regionStart = regionStart;
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
