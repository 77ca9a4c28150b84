package com.baowen.answer;

import com.baowen.BaowenException;
import com.baowen.config.LlmConfig;
import dev.langchain4j.http.client.jdk.JdkHttpClient;
import dev.langchain4j.http.client.jdk.JdkHttpClientBuilder;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One OpenAI-compatible language model, made once per server: its plain and streaming clients and a
 * count of its failures (errors, timeouts, streams broken off) for {@code /health} and the metrics.
 * Thread-safe.
 */
public final class LanguageModel {
    private static final Logger LOG = LoggerFactory.getLogger(LanguageModel.class);
    /** Characters of a failure's message kept for {@code /health}. */
    private static final int MAX_REASON = 300;

    /**
     * What {@code /health} shows of the model.
     *
     * @param failures      answers the model failed since start (each fell back or ended with an error event)
     * @param lastFailure   why the last one failed, or {@code null}
     * @param lastFailureAt when, or {@code null}
     */
    public record Health(String model, long failures, String lastFailure, Instant lastFailureAt) {
    }

    private record Failure(String reason, Instant at) {
    }

    private final String name;
    private final ChatModel chat;
    private final StreamingChatModel streaming;
    private final Duration timeout;
    private final AtomicLong failures = new AtomicLong();
    private volatile Failure last;

    /**
     * @param timeout how long a plain answer may take, and how long a stream may stay silent, before
     *                the model counts as failed
     */
    LanguageModel(String name, ChatModel chat, StreamingChatModel streaming, Duration timeout) {
        this.name = name;
        this.chat = chat;
        this.streaming = streaming;
        this.timeout = timeout;
    }

    /** The clients for the OpenAI-compatible server in {@code config}, which must be enabled. */
    public static LanguageModel of(LlmConfig config) {
        if (!config.enabled()) {
            throw new BaowenException("LLM base URL must be set to use a language model, got '" + config.baseUrl() + "'");
        }
        String key = config.apiKey() == null ? "none" : config.apiKey();
        ChatModel chat = OpenAiChatModel.builder()
                .httpClientBuilder(http11())
                .baseUrl(config.baseUrl())
                .apiKey(key)
                .modelName(config.model())
                .timeout(config.timeout())
                .maxRetries(0) // the fallback answer is better than waiting twice
                .temperature(0.1)
                .build();
        StreamingChatModel streaming = OpenAiStreamingChatModel.builder()
                .httpClientBuilder(http11())
                .baseUrl(config.baseUrl())
                .apiKey(key)
                .modelName(config.model())
                .timeout(config.timeout())
                .temperature(0.1)
                .build();
        return new LanguageModel(config.model(), chat, streaming, config.timeout());
    }

    /**
     * The JDK client speaking HTTP/1.1 only. By default it asks a plain-http server to upgrade to HTTP/2
     * ({@code Upgrade: h2c}) on every request; the servers that run models locally speak HTTP/1.1, and some stall on
     * that request instead of ignoring it (langchain4j issue 4582, an Express server). The model's timeouts are set
     * on it by the model's builder.
     */
    private static JdkHttpClientBuilder http11() {
        return JdkHttpClient.builder().httpClientBuilder(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1));
    }

    ChatModel chat() {
        return chat;
    }

    StreamingChatModel streaming() {
        return streaming;
    }

    Duration timeout() {
        return timeout;
    }

    /** Counts a failure and remembers why. */
    void failed(Throwable e) {
        failures.incrementAndGet();
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
        last = new Failure(reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON) + "…" : reason, Instant.now());
        LOG.warn("language model {} failed: {}", name, reason);
    }

    public Health health() {
        Failure f = last;
        return new Health(name, failures.get(), f == null ? null : f.reason(), f == null ? null : f.at());
    }
}
