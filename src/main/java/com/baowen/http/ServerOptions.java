package com.baowen.http;

import com.baowen.BaowenException;
import com.baowen.config.Config;
import com.baowen.documents.UploadLimits;

import java.nio.file.Path;
import java.util.List;

/**
 * How the HTTP server listens; immutable.
 *
 * @param host          bind address, {@code 127.0.0.1} by default
 * @param port          TCP port, 0 for any free port
 * @param apiKey        when set, {@code /api/*} and {@code /v1/*} need {@code Authorization: Bearer <apiKey>}; else {@code null}
 * @param corsOrigin    the one origin allowed by CORS, or {@code null} for CORS off
 * @param web           folder served at {@code /}, or {@code null} for none
 * @param allowedHosts  host names accepted in {@code Host} besides the loopback ones ({@link HostCheck})
 * @param answerWorkers answers computed at once, 1..256
 * @param answerQueue   answers waiting for a worker before more are shed with 503, 0..4096
 * @param uploads       how much {@code POST /api/documents} takes ({@link UploadLimits#DEFAULTS} when {@code null})
 */
public record ServerOptions(String host, int port, String apiKey, String corsOrigin, Path web,
                            List<String> allowedHosts, int answerWorkers, int answerQueue, UploadLimits uploads) {
    /**
     * Answers computed at once: one per core but one, which is left to reading, refusing and writing
     * requests. With {@code bench --sections shed} (64 clients, 2 cores), 1 worker admitted more requests
     * (95 against 51 per second) at a lower admitted p50 (40 against 437 ms) than 2; see the README.
     */
    public static final int DEFAULT_ANSWER_WORKERS = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
    /**
     * Answers waiting for a worker. With the same bench, queue 4 kept admitted p50 at 40 ms where queue 8
     * gave 300 ms and no shedding (queue 64) 2,056 ms; see the README.
     */
    public static final int DEFAULT_ANSWER_QUEUE = 4;

    public ServerOptions {
        if (uploads == null) {
            uploads = UploadLimits.DEFAULTS;
        }
        allowedHosts = allowedHosts == null ? List.of() : allowedHosts.stream().map(String::strip).filter(h -> !h.isEmpty()).toList();
        if (answerWorkers < 1 || answerWorkers > 256) {
            throw new BaowenException("answer workers must be between 1 and 256, got " + answerWorkers);
        }
        if (answerQueue < 0 || answerQueue > 4096) {
            throw new BaowenException("answer queue must be between 0 and 4096, got " + answerQueue);
        }
    }

    /** The default host list and shedding limits. */
    public ServerOptions(String host, int port, String apiKey, String corsOrigin, Path web) {
        this(host, port, apiKey, corsOrigin, web, List.of(), DEFAULT_ANSWER_WORKERS, DEFAULT_ANSWER_QUEUE, UploadLimits.DEFAULTS);
    }

    /** The options before upload limits were one (the default limits). */
    public ServerOptions(String host, int port, String apiKey, String corsOrigin, Path web,
                         List<String> allowedHosts, int answerWorkers, int answerQueue) {
        this(host, port, apiKey, corsOrigin, web, allowedHosts, answerWorkers, answerQueue, UploadLimits.DEFAULTS);
    }

    public static ServerOptions of(Config config, Path web) {
        return new ServerOptions(config.host(), config.port(), config.apiKey(), config.corsOrigin(), web);
    }

    public ServerOptions withApiKey(String key) {
        return new ServerOptions(host, port, key, corsOrigin, web, allowedHosts, answerWorkers, answerQueue, uploads);
    }

    /** @param hosts comma-separated host names, as in {@code BAOWEN_ALLOWED_HOSTS}; blank for none */
    public ServerOptions withAllowedHosts(String hosts) {
        List<String> names = hosts == null || hosts.isBlank() ? List.of() : List.of(hosts.split(","));
        return new ServerOptions(host, port, apiKey, corsOrigin, web, names, answerWorkers, answerQueue, uploads);
    }

    public ServerOptions withWeb(Path web) {
        return new ServerOptions(host, port, apiKey, corsOrigin, web, allowedHosts, answerWorkers, answerQueue, uploads);
    }

    public ServerOptions withAnswerLimits(int workers, int queue) {
        return new ServerOptions(host, port, apiKey, corsOrigin, web, allowedHosts, workers, queue, uploads);
    }

    public ServerOptions withUploads(UploadLimits limits) {
        return new ServerOptions(host, port, apiKey, corsOrigin, web, allowedHosts, answerWorkers, answerQueue, limits);
    }
}
