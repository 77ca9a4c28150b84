package com.baowen.embed;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
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

    @Override
    public void close() {
        tokenizer.close();
    }
}
