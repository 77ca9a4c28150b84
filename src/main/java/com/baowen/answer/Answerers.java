package com.baowen.answer;

import com.baowen.config.LlmConfig;
import com.baowen.retrieve.Retriever;

/** Picks the answerer for a configuration: a language model when one is configured, else extractive. */
public final class Answerers {
    /** Articles an answer draws from when the caller does not say. */
    public static final int DEFAULT_TOP_K = 5;

    private Answerers() {
    }

    /** {@link LlmAnswerer} (falling back to extractive answers) when {@code llm} is enabled, else {@link ExtractiveAnswerer}. */
    public static Answerer of(Retriever retriever, LlmConfig llm) {
        return of(retriever, llm != null && llm.enabled() ? LanguageModel.of(llm) : null);
    }

    /**
     * {@link LlmAnswerer} over this model (made once and shared, so its failures are counted in one place),
     * or {@link ExtractiveAnswerer} when {@code model} is {@code null}.
     */
    public static Answerer of(Retriever retriever, LanguageModel model) {
        ExtractiveAnswerer extractive = new ExtractiveAnswerer(retriever);
        return model != null ? new LlmAnswerer(extractive, model) : extractive;
    }
}
