package com.baowen.embed;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import com.baowen.BaowenException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Counts tokens as the embedding model's own {@code tokenizer.json} splits a text, without special
 * tokens and without truncation (for the {@code usage} of OpenAI-compatible answers). Thread-safe.
 */
public final class TokenCounter implements AutoCloseable {
    private final HuggingFaceTokenizer tokenizer;

    private TokenCounter(HuggingFaceTokenizer tokenizer) {
        this.tokenizer = tokenizer;
    }

    /** @param modelDir the model's folder, holding {@code tokenizer.json} */
    public static TokenCounter open(Path modelDir) {
        Path json = modelDir.resolve("tokenizer.json");
        try {
            return new TokenCounter(HuggingFaceTokenizer.newInstance(json,
                    Map.of("padding", "false", "truncation", "false", "addSpecialTokens", "false")));
        } catch (IOException | RuntimeException e) {
            throw new BaowenException("cannot read tokenizer " + json + ": " + e.getMessage(), e);
        }
    }

    /** Tokens in {@code text}; 0 for empty text. */
    public int count(String text) {
        return text == null || text.isEmpty() ? 0 : tokenizer.encode(text, false, false).getIds().length;
    }

    @Override
    public void close() {
        tokenizer.close();
    }
}
