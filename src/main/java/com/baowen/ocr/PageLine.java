package com.baowen.ocr;

/**
 * A recognised line placed in the page text; immutable.
 *
 * @param line   what OCR read and where
 * @param kind   body, headline (taller than body text) or caption (smaller)
 * @param start  offset of its first character in the page text
 * @param column the reading-order region it belongs to, 0-based (columns left to right, blocks top to bottom)
 */
public record PageLine(OcrLine line, LineKind kind, int start, int column) {
    public int end() {
        return start + line.text().length();
    }
}
