package com.baowen.index;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class BinaryCodecTest {

    @Test
    void should_read_back_sentence_spans_and_vectors() {
        // given
        List<SentenceVector> sentences = List.of(
                new SentenceVector(0, 17, new float[] {0.6f, -0.8f, 0f}),
                new SentenceVector(17, 37, new float[] {1f, 0f, -0f}));

        // when
        List<SentenceVector> back = BinaryCodec.sentences(BinaryCodec.sentences(sentences, 3));

        // then
        assertEquals(2, back.size());
        assertEquals(17, back.get(1).start());
        assertEquals(37, back.get(1).end());
        assertArrayEquals(new float[] {0.6f, -0.8f, 0f}, back.get(0).vector());
        assertArrayEquals(new float[] {1f, 0f, -0f}, back.get(1).vector());
    }

    @Test
    void should_read_back_source_offsets() {
        int[] offsets = {3, 4, 5, 9, 10};
        assertArrayEquals(offsets, BinaryCodec.offsets(BinaryCodec.offsets(offsets)));
    }
}
