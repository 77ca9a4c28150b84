package com.baowen.cli;

import com.baowen.BaowenException;
import com.baowen.config.Config;
import com.baowen.config.LlmConfig;
import com.baowen.config.SolrConfig;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Duration;

/** Options shared by the commands; each also reads {@code BAOWEN_<OPTION>} from the environment. */
public class CommonOptions {
    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "${env:BAOWEN_CORPUS:-seeds}",
            description = "Corpus folder: text, JSONL, PDF, HTML, Office, EPUB and page scans, also in sub-folders. Default: ${DEFAULT-VALUE}")
    Path corpus;

    @Option(names = "--index", paramLabel = "DIR", defaultValue = "${env:BAOWEN_INDEX:-data/index}",
            description = "Index folder. Default: ${DEFAULT-VALUE}")
    Path index;

    @Option(names = "--models", paramLabel = "DIR", defaultValue = "${env:BAOWEN_MODELS:-models}",
            description = "Models folder. Default: ${DEFAULT-VALUE}")
    Path models;

    @Option(names = "--model", paramLabel = "NAME", defaultValue = "${env:BAOWEN_MODEL:-" + Config.DEFAULT_MODEL + "}",
            description = "Embedding model: a folder under --models. Default: ${DEFAULT-VALUE}")
    String model;

    @Option(names = "--chunk-chars", paramLabel = "N", defaultValue = "${env:BAOWEN_CHUNK_CHARS:-" + Config.DEFAULT_CHUNK_CHARS + "}",
            description = "Target chunk size in characters, 50..2000. Default: ${DEFAULT-VALUE}")
    int chunkChars;

    /** Serving options are here too so that every command builds the same {@link Config}. */
    @Option(names = "--host", defaultValue = "${env:BAOWEN_HOST:-127.0.0.1}", description = "Bind address. Default: ${DEFAULT-VALUE}")
    String host;

    @Option(names = "--port", defaultValue = "${env:BAOWEN_PORT:-" + Config.DEFAULT_PORT + "}", description = "Port. Default: ${DEFAULT-VALUE}")
    int port;

    @Option(names = "--backend", paramLabel = "embedded|solr", defaultValue = "${env:BAOWEN_BACKEND:-embedded}",
            description = "Where the index lives: the embedded Lucene index in --index, or a SolrCloud collection. Default: ${DEFAULT-VALUE}")
    String backend;

    @Option(names = "--solr-zk", paramLabel = "HOST:PORT[/chroot]", defaultValue = "${env:BAOWEN_SOLR_ZK}",
            description = "ZooKeeper of the SolrCloud cluster (with --backend solr), e.g. 127.0.0.1:2181/solr")
    String solrZk;

    @Option(names = "--solr-collection", paramLabel = "NAME", defaultValue = "${env:BAOWEN_SOLR_COLLECTION:-" + SolrConfig.DEFAULT_COLLECTION + "}",
            description = "SolrCloud collection; created when missing. Default: ${DEFAULT-VALUE}")
    String solrCollection;

    @Option(names = "--solr-shards", paramLabel = "N", defaultValue = "1",
            description = "Shards when the collection is created, 1..64. Default: ${DEFAULT-VALUE}")
    int solrShards;

    @Option(names = "--solr-replicas", paramLabel = "R", defaultValue = "1",
            description = "Replicas per shard when the collection is created, 1..8. Default: ${DEFAULT-VALUE}")
    int solrReplicas;

    /** Reads environment settings that have no flag (secrets stay out of the process list). */
    public Config toConfig() {
        var env = System.getenv();
        Duration llmTimeout = Duration.ofSeconds(seconds("BAOWEN_LLM_TIMEOUT_SECONDS", env.getOrDefault("BAOWEN_LLM_TIMEOUT_SECONDS", "30")));
        LlmConfig llm = new LlmConfig(env.get("BAOWEN_LLM_BASE_URL"), env.getOrDefault("BAOWEN_LLM_MODEL", "gpt-4o-mini"),
                env.get("BAOWEN_LLM_API_KEY"), llmTimeout);
        return new Config(corpus, index, models, model, host, port, chunkChars,
                env.get("BAOWEN_API_KEY"), env.get("BAOWEN_CORS_ORIGIN"), llm, solrConfig());
    }

    /** The SolrCloud settings with {@code --backend solr}, {@code null} for the embedded index. */
    SolrConfig solrConfig() {
        String b = backend == null ? "embedded" : backend.strip();
        switch (b) {
            case "embedded" -> {
                return null;
            }
            case "solr" -> {
                if (solrZk == null || solrZk.isBlank()) {
                    throw new BaowenException("--backend solr needs --solr-zk HOST:PORT[/chroot] (or BAOWEN_SOLR_ZK)");
                }
                return new SolrConfig(solrZk.strip(), solrCollection, solrShards, solrReplicas);
            }
            default -> throw new BaowenException("backend must be 'embedded' or 'solr', got '" + backend + "'");
        }
    }

    static long seconds(String name, String value) {
        try {
            long s = Long.parseLong(value.strip());
            if (s >= 1 && s <= 600) {
                return s;
            }
        } catch (NumberFormatException e) {
            // reported below with the value
        }
        throw new BaowenException(name + " must be a whole number of seconds between 1 and 600, got '" + value + "'");
    }
}
