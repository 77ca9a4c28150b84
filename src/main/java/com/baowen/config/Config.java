package com.baowen.config;

import com.baowen.BaowenException;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Baowen's settings, read once at start-up from flags, environment ({@code BAOWEN_*}) and defaults,
 * validated, then passed in; immutable.
 *
 * @param corpus     folder of corpus files ({@code *.txt}, {@code *.md}, {@code *.jsonl})
 * @param index      folder of the Lucene index
 * @param models     folder of models, one sub-folder per model
 * @param model      the embedding model's folder name under {@code models}
 * @param host       address the server binds
 * @param port       TCP port, 0..65535 (0 = any free port)
 * @param chunkChars target chunk size in characters, 50..2000
 * @param apiKey     when set, {@code /api/*} and {@code /v1/*} require {@code Authorization: Bearer <key>}
 * @param corsOrigin allowed CORS origin, or {@code null} for CORS off
 * @param llm        optional OpenAI-compatible language model
 * @param solr       the SolrCloud backend, or {@code null} for the embedded Lucene index in {@code index}
 */
public record Config(Path corpus, Path index, Path models, String model, String host, int port,
                     int chunkChars, String apiKey, String corsOrigin, LlmConfig llm, SolrConfig solr) {
    /** int8: CMRC dense recall within 0.003 of fp32, ~1.6x its ingest speed and ~3x faster queries (embed helper, 2026-11-23). */
    public static final String DEFAULT_MODEL = "bge-small-zh-v15-q";
    public static final int DEFAULT_PORT = 7070;
    public static final int DEFAULT_CHUNK_CHARS = 200;

    public Config {
        Objects.requireNonNull(corpus, "corpus");
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(models, "models");
        if (model == null || model.isBlank() || model.contains("/") || model.contains("\\") || model.startsWith(".")) {
            throw new BaowenException("model must be a folder name under " + models + ", got '" + model + "'");
        }
        if (port < 0 || port > 65535) {
            throw new BaowenException("port must be between 0 and 65535, got " + port);
        }
        if (chunkChars < 50 || chunkChars > 2000) {
            throw new BaowenException("chunkChars must be between 50 and 2000, got " + chunkChars);
        }
        if (apiKey != null && apiKey.isBlank()) {
            apiKey = null;
        }
        if (corsOrigin != null && corsOrigin.isBlank()) {
            corsOrigin = null;
        }
        if (llm == null) {
            llm = LlmConfig.NONE;
        }
    }

    /** The embedded Lucene backend. */
    public Config(Path corpus, Path index, Path models, String model, String host, int port,
                  int chunkChars, String apiKey, String corsOrigin, LlmConfig llm) {
        this(corpus, index, models, model, host, port, chunkChars, apiKey, corsOrigin, llm, null);
    }

    /** Defaults: {@code seeds}, {@code data/index}, {@code models}, the default model, 127.0.0.1:7070. */
    public static Config defaults() {
        return new Config(Path.of("seeds"), Path.of("data/index"), Path.of("models"), DEFAULT_MODEL,
                "127.0.0.1", DEFAULT_PORT, DEFAULT_CHUNK_CHARS, null, null, LlmConfig.NONE);
    }

    public Config withCorpus(Path corpus) {
        return new Config(corpus, index, models, model, host, port, chunkChars, apiKey, corsOrigin, llm, solr);
    }

    public Config withIndex(Path index) {
        return new Config(corpus, index, models, model, host, port, chunkChars, apiKey, corsOrigin, llm, solr);
    }

    public Config withPort(int port) {
        return new Config(corpus, index, models, model, host, port, chunkChars, apiKey, corsOrigin, llm, solr);
    }

    public Config withApiKey(String apiKey) {
        return new Config(corpus, index, models, model, host, port, chunkChars, apiKey, corsOrigin, llm, solr);
    }

    public Config withLlm(LlmConfig llm) {
        return new Config(corpus, index, models, model, host, port, chunkChars, apiKey, corsOrigin, llm, solr);
    }

    public Config withSolr(SolrConfig solr) {
        return new Config(corpus, index, models, model, host, port, chunkChars, apiKey, corsOrigin, llm, solr);
    }

    /** The model's folder: {@code models/<model>}. */
    public Path modelDir() {
        return models.resolve(model);
    }
}
