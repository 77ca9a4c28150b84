package com.baowen.ocr;

/**
 * One recognised line of a page; immutable.
 *
 * @param box        where it is printed, in page pixels
 * @param text       the recognised characters, in reading order
 * @param confidence mean probability of its characters, 0..1
 * @param charAt     for each character of {@code text}, its centre as a fraction of the box width, 0..1
 */
public record OcrLine(Quad box, String text, float confidence, float[] charAt) {
}
