package com.baowen.ingest;

/**
 * The printed head of an article: headline, subtitle and byline, each cleaned, or {@code null} when absent.
 *
 * @param title    the headline
 * @param subtitle kicker and subtitle lines, joined by a space
 * @param byline   byline lines without their markers, joined by a space
 * @param block    the block the headline came from, or {@code null} when it was put together from several
 */
record Head(String title, String subtitle, String byline, PageBlock block) {
    boolean hasTitle() {
        return title != null;
    }

    /** Only a headline: no subtitle, no byline (it may be a section heading). */
    boolean isBare() {
        return subtitle == null && byline == null && block != null && block.kind == BlockKind.HEADING;
    }
}
