package com.baowen.ingest;

/**
 * One printed character of a PDF page's text layer, in page points with the origin top left; immutable.
 *
 * @param text   its Unicode text (one character, sometimes a ligature)
 * @param x      left edge
 * @param top    top edge
 * @param width  advance width, at least 0
 * @param size   font size in points, above 0
 * @param bold   set in a bold face
 */
record Glyph(String text, float x, float top, float width, float size, boolean bold) {
    float right() {
        return x + width;
    }

    float bottom() {
        return top + size;
    }

    float baseline() {
        return top + size;
    }
}
