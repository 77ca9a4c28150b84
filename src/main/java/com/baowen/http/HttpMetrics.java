package com.baowen.http;

import com.baowen.answer.LanguageModel;
import io.javalin.http.Context;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Micrometer meters in Prometheus format: requests and latency per route
 * ({@code baowen_http_requests_seconds}), index size, articles and chunks, language-model failures
 * ({@code baowen_llm_failures_total}). Thread-safe.
 *
 * <p>Every tag comes from a closed set, so anonymous requests cannot grow the registry: the route is a
 * registered path template (else {@code unmatched}), the method one of {@link #METHODS} (else
 * {@code OTHER}) and the status a class ({@code 2xx}..{@code 5xx}).
 */
final class HttpMetrics {
    /** Methods tagged by name; any other is {@code OTHER}. */
    static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    /** Held here: a function counter keeps only a weak reference to what it reads. */
    private final Supplier<Optional<LanguageModel.Health>> llm;

    HttpMetrics(Supplier<IndexStatus> status, Supplier<Optional<LanguageModel.Health>> llm) {
        this.llm = llm;
        FunctionCounter.builder("baowen.llm.failures", this.llm, m -> m.get().map(h -> (double) h.failures()).orElse(0.0))
                .description("answers the language model failed (fallbacks and streams broken off); 0 without a model")
                .register(registry);
        Gauge.builder("baowen.index.articles", () -> status.get().articles()).description("searchable articles").register(registry);
        Gauge.builder("baowen.index.chunks", () -> status.get().chunks()).description("searchable chunks").register(registry);
        Gauge.builder("baowen.index.size", () -> status.get().indexBytes()).baseUnit("bytes")
                .description("size of the index on disk").register(registry);
        Gauge.builder("baowen.index.ready", () -> IndexStatus.READY.equals(status.get().status()) ? 1 : 0)
                .description("1 when questions can be asked, 0 while indexing").register(registry);
        Gauge.builder("baowen.index.last.run.failed.files", () -> lastRun(status, r -> r.filesFailed()))
                .description("files the last indexing run could not read (what they held stays indexed)").register(registry);
        Gauge.builder("baowen.index.last.run.rejected.items", () -> lastRun(status, r -> r.rejected()))
                .description("items the last indexing run refused (bad lines, duplicate ids)").register(registry);
        Gauge.builder("baowen.index.articles.done", () -> status.get().progress() == null ? 0 : status.get().progress().articlesDone())
                .description("articles handled by the current (or last) indexing run").register(registry);
    }

    private static int lastRun(Supplier<IndexStatus> status, java.util.function.ToIntFunction<com.baowen.index.IndexReport> f) {
        com.baowen.index.IndexReport r = status.get().lastRun();
        return r == null ? 0 : f.applyAsInt(r);
    }

    /** Records one finished request; the route is the matched path template, so the tags stay few. */
    void record(Context ctx, float executionMs) {
        Timer.builder("baowen.http.requests")
                .description("HTTP requests by route, method and status")
                .tag("route", route(ctx))
                .tag("method", method(ctx.method().name()))
                .tag("status", statusClass(ctx.statusCode()))
                .publishPercentileHistogram(false)
                .register(registry)
                .record((long) (executionMs * 1_000_000), TimeUnit.NANOSECONDS);
    }

    String scrape() {
        return registry.scrape();
    }

    static String method(String name) {
        return METHODS.contains(name) ? name : "OTHER";
    }

    static String statusClass(int status) {
        return status >= 100 && status <= 599 ? status / 100 + "xx" : "other";
    }

    private static String route(Context ctx) {
        try {
            var endpoint = ctx.endpoints().matchedHttpEndpoint();
            return endpoint == null ? "unmatched" : endpoint.path;
        } catch (RuntimeException e) {
            return "unmatched";
        }
    }
}
