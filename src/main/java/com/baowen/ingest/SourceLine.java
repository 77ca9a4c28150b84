package com.baowen.ingest;

/**
 * One non-blank line of a source file.
 *
 * @param text   the line without its line break
 * @param offset character offset of the line's first character in the file
 */
record SourceLine(String text, int offset) {
    String stripped() {
        return text.strip();
    }
}
