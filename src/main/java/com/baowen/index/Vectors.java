package com.baowen.index;

/** Vector arithmetic for the index. Stateless. */
final class Vectors {
    private Vectors() {
    }

    /** {@code v} scaled to unit length (a copy), as DOT_PRODUCT similarity needs; a zero vector stays zero. */
    static float[] unit(float[] v) {
        double norm = 0;
        for (float f : v) {
            norm += f * f;
        }
        float[] out = v.clone();
        if (norm == 0) {
            return out;
        }
        float inv = (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < out.length; i++) {
            out[i] *= inv;
        }
        return out;
    }
}
