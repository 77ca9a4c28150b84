package com.baowen.eval;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * The fixed split of a reading-comprehension set into training and held-out parts, by paragraph
 * (all questions of a paragraph fall on the same side): {@code train} fits on one, {@code eval
 * --held-out} reports on the other. Stateless.
 */
public final class HeldOut {
    /** Share of paragraphs held out, in percent. */
    public static final int PERCENT = 20;

    private HeldOut() {
    }

    /** True when the paragraph (article) of this id is held out. */
    public static boolean isHeldOut(String paragraphId) {
        return bucket(paragraphId) < PERCENT;
    }

    /** The paragraph's fold, 0..folds-1, among training paragraphs (for out-of-fold predictions). */
    public static int fold(String paragraphId, int folds) {
        return Math.floorMod(bucket("fold:" + paragraphId) , folds);
    }

    private static int bucket(String id) {
        CRC32 crc = new CRC32();
        crc.update(id.getBytes(StandardCharsets.UTF_8));
        return (int) (crc.getValue() % 100);
    }
}
