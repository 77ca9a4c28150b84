package com.baowen.config;

import java.time.Duration;

/**
 * An optional OpenAI-compatible chat model (vLLM, Ollama, DeepSeek, Qwen…); immutable.
 *
 * @param baseUrl e.g. {@code http://127.0.0.1:11434/v1}, or {@code null} for none (extractive answers)
 * @param model   model name the server knows
 * @param apiKey  key, or {@code null}
 * @param timeout how long to wait before falling back to the extractive answer
 */
public record LlmConfig(String baseUrl, String model, String apiKey, Duration timeout) {
    public static final LlmConfig NONE = new LlmConfig(null, null, null, Duration.ofSeconds(30));

    public boolean enabled() {
        return baseUrl != null && !baseUrl.isBlank();
    }
}
