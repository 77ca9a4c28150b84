package com.baowen.index;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/** Packs sentence vectors and source maps into stored binary fields, and back. Stateless. */
final class BinaryCodec {
    private BinaryCodec() {
    }

    /** Layout: count, dimension, then per sentence start, end and {@code dimension} floats. */
    static byte[] sentences(List<SentenceVector> sentences, int dimension) {
        ByteBuffer buf = ByteBuffer.allocate(8 + sentences.size() * (8 + 4 * dimension));
        buf.putInt(sentences.size()).putInt(dimension);
        for (SentenceVector s : sentences) {
            buf.putInt(s.start()).putInt(s.end());
            for (float f : s.vector()) {
                buf.putFloat(f);
            }
        }
        return buf.array();
    }

    static List<SentenceVector> sentences(byte[] bytes) {
        ByteBuffer buf = ByteBuffer.wrap(bytes);
        int count = buf.getInt();
        int dimension = buf.getInt();
        List<SentenceVector> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int start = buf.getInt();
            int end = buf.getInt();
            float[] v = new float[dimension];
            buf.asFloatBuffer().get(v);
            buf.position(buf.position() + 4 * dimension);
            out.add(new SentenceVector(start, end, v));
        }
        return List.copyOf(out);
    }

    /** Source offsets as ints. */
    static byte[] offsets(int[] offsets) {
        ByteBuffer buf = ByteBuffer.allocate(4 * offsets.length);
        buf.asIntBuffer().put(offsets);
        return buf.array();
    }

    static int[] offsets(byte[] bytes) {
        int[] out = new int[bytes.length / 4];
        ByteBuffer.wrap(bytes).asIntBuffer().get(out);
        return out;
    }
}
