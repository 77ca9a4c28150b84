package com.baowen.bench;

import com.baowen.BaowenException;
import com.baowen.eval.Latencies;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bounded loopback load generator for {@code POST /api/chat}: N concurrent clients ask questions in
 * turn until a time limit or a request count is reached, then it reports requests per second and
 * latency percentiles. A 503 {@code busy} (load shedding) is counted apart as shed, and its client waits
 * the {@code Retry-After} it was given, as the web page does; any other non-200 answer or I/O failure is
 * an error.
 *
 * <p>Flow: 1. each client (a virtual thread) takes the next request number; 2. stops when the count
 * or the deadline is reached; 3. asks question {@code n % questions}; 4. records the latency, apart
 * for admitted (200) and shed (503) requests.
 */
public final class LoadBenchmark {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /**
     * @param base        the server, e.g. {@code http://127.0.0.1:7070}
     * @param clients     concurrent clients, 1..256
     * @param duration    stop after this long
     * @param maxRequests stop after this many requests in all, >= 1
     * @param questions   asked in turn (at least one)
     * @param apiKey      sent as {@code Authorization: Bearer}, or {@code null}
     */
    public record Settings(URI base, int clients, Duration duration, long maxRequests, List<String> questions, String apiKey) {
        public Settings {
            Objects.requireNonNull(base, "base");
            if (clients < 1 || clients > 256) {
                throw new BaowenException("clients must be between 1 and 256, got " + clients);
            }
            if (duration.isNegative() || duration.isZero()) {
                throw new BaowenException("duration must be positive, got " + duration);
            }
            if (maxRequests < 1) {
                throw new BaowenException("maxRequests must be at least 1, got " + maxRequests);
            }
            if (questions.isEmpty()) {
                throw new BaowenException("questions must not be empty");
            }
            questions = List.copyOf(questions);
        }
    }

    /**
     * What one run measured.
     *
     * @param errors          requests that failed or did not answer 200 or 503 busy
     * @param shed            requests refused with 503 busy
     * @param admittedP50Ms   median latency of the requests answered 200
     * @param admittedP99Ms   99th percentile latency of the requests answered 200
     * @param shedP99Ms       99th percentile latency of the 503 busy answers (how fast a refusal comes)
     * @param firstErrors     a few error descriptions (status or exception), for the report
     */
    public record Result(int clients, long requests, long errors, double seconds, double requestsPerSecond,
                         double p50Ms, double p99Ms, double maxMs, long shed, double admittedP50Ms, double admittedP99Ms,
                         double shedP99Ms, List<String> firstErrors) {
        /** Share of requests shed, 0..1. */
        public double shedShare() {
            return requests == 0 ? 0 : (double) shed / requests;
        }

        @Override
        public String toString() {
            return String.format("%d clients: %d requests in %.1f s = %.1f req/s, p50 %.1f ms, p99 %.1f ms, max %.1f ms, "
                            + "%d errors, %d shed (%.1f%%), admitted p50 %.1f ms p99 %.1f ms, shed p99 %.1f ms%s",
                    clients, requests, seconds, requestsPerSecond, p50Ms, p99Ms, maxMs, errors, shed, 100 * shedShare(),
                    admittedP50Ms, admittedP99Ms, shedP99Ms, firstErrors.isEmpty() ? "" : " " + firstErrors);
        }
    }

    private LoadBenchmark() {
    }

    public static Result run(Settings settings) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        AtomicLong next = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> admitted = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> shed = new ConcurrentLinkedQueue<>();
        Map<String, Boolean> firstErrors = new ConcurrentHashMap<>();
        long start = System.nanoTime();
        long deadline = start + settings.duration().toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < settings.clients(); c++) {
            threads.add(Thread.ofVirtual().name("load-" + c).start(() -> {
                while (System.nanoTime() < deadline) {
                    long n = next.getAndIncrement();
                    if (n >= settings.maxRequests()) {
                        return;
                    }
                    String question = settings.questions().get((int) (n % settings.questions().size()));
                    long t0 = System.nanoTime();
                    String error = ask(http, settings, question);
                    long took = System.nanoTime() - t0;
                    latencies.add(took);
                    if (error == null) {
                        admitted.add(took);
                    } else if (error.startsWith(BUSY)) {
                        shed.add(took);
                        pause(Long.parseLong(error.substring(BUSY.length())));
                    } else {
                        errors.incrementAndGet();
                        if (firstErrors.size() < 5) {
                            firstErrors.put(error, true);
                        }
                    }
                }
            }));
        }
        for (Thread t : threads) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new BaowenException("load benchmark interrupted", e);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        long[] ok = admitted.stream().mapToLong(Long::longValue).toArray();
        long[] refused = shed.stream().mapToLong(Long::longValue).toArray();
        return new Result(settings.clients(), sorted.length, errors.get(), seconds, sorted.length / seconds,
                Latencies.percentileMillis(sorted, 50), Latencies.percentileMillis(sorted, 99),
                sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6, refused.length, Latencies.percentileMillis(ok, 50),
                Latencies.percentileMillis(ok, 99), Latencies.percentileMillis(refused, 99), List.copyOf(firstErrors.keySet()));
    }

    /** What {@link #ask} returns for a 503 busy, followed by the seconds of its Retry-After. */
    private static final String BUSY = "busy ";

    private static void pause(long seconds) {
        try {
            Thread.sleep(Duration.ofSeconds(Math.max(0, Math.min(5, seconds))));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** @return null when answered 200, {@code "busy <seconds>"} for a 503 busy, else what went wrong */
    private static String ask(HttpClient http, Settings settings, String question) {
        try {
            String body = MAPPER.writeValueAsString(Map.of("question", question));
            HttpRequest.Builder request = HttpRequest.newBuilder(settings.base().resolve("/api/chat"))
                    .timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
            if (settings.apiKey() != null) {
                request.header("Authorization", "Bearer " + settings.apiKey());
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() == 503 && response.body().contains("\"busy\"")) {
                return BUSY + response.headers().firstValue("Retry-After").orElse("1").strip();
            }
            return response.statusCode() == 200 ? null : "HTTP " + response.statusCode();
        } catch (IOException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    /** The {@code q} of every line of an eval file such as {@code seeds-dev.jsonl}. */
    public static List<String> questions(Path jsonl) {
        try {
            List<String> questions = new ArrayList<>();
            for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    JsonNode q = MAPPER.readTree(line).get("q");
                    if (q != null && q.isTextual()) {
                        questions.add(q.textValue());
                    }
                }
            }
            if (questions.isEmpty()) {
                throw new BaowenException("no questions (\"q\") in " + jsonl);
            }
            return questions;
        } catch (IOException e) {
            throw new BaowenException("cannot read questions from " + jsonl + ": " + e.getMessage(), e);
        }
    }
}
