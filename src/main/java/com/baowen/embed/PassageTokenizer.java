package com.baowen.embed;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.huggingface.tokenizers.jni.CharSpan;
import com.baowen.BaowenException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Turns a text into token ids exactly as LangChain4j's {@code OnnxBertBiEncoder} does, so vectors match
 * one-at-a-time {@code OnnxEmbeddingModel} ones: the model's {@code tokenizer.json}, no padding (batches
 * are padded later), {@code [CLS]} and {@code [SEP]} added, and, as there, a text cut after
 * {@value #MAX_TOKENS} tokens by the tokenizer's default truncation, so only about the first 500 Chinese
 * characters of a passage count. Thread-safe.
 */
final class PassageTokenizer implements AutoCloseable {
    /** BERT's position limit, including {@code [CLS]} and {@code [SEP]}. */
    static final int MAX_TOKENS = 512;

    private final HuggingFaceTokenizer tokenizer;

    PassageTokenizer(Path tokenizerJson) {
        try {
            this.tokenizer = HuggingFaceTokenizer.newInstance(tokenizerJson, Map.of("padding", "false"));
        } catch (IOException | RuntimeException e) {
            throw new BaowenException("cannot read tokenizer " + tokenizerJson + ": " + e.getMessage(), e);
        }
    }

    /** Token ids of {@code text}, starting with {@code [CLS]} and ending with {@code [SEP]}, at most 512. */
    long[] tokenize(String text) {
        return tokenizer.encode(text, true, false).getIds();
    }

    /**
     * Token ids with each token's character range in {@code text}; {@code starts[i] == -1} for the
     * special tokens ({@code [CLS]}, {@code [SEP]}).
     */
    Tokenized tokenizeWithOffsets(String text) {
        Encoding e = tokenizer.encode(text, true, false);
        long[] ids = e.getIds();
        CharSpan[] spans = e.getCharTokenSpans();
        long[] special = e.getSpecialTokenMask();
        int[] starts = new int[ids.length];
        int[] ends = new int[ids.length];
        for (int i = 0; i < ids.length; i++) {
            CharSpan cs = spans == null || i >= spans.length ? null : spans[i];
            boolean isSpecial = special != null && i < special.length && special[i] == 1;
            starts[i] = cs == null || isSpecial ? -1 : cs.getStart();
            ends[i] = cs == null || isSpecial ? -1 : cs.getEnd();
        }
        return new Tokenized(ids, starts, ends);
    }

    /** Token ids and their character ranges ({@code -1} for special tokens). */
    record Tokenized(long[] ids, int[] starts, int[] ends) {
    }

    @Override
    public void close() {
        tokenizer.close();
    }
}
