package com.baowen.cli;

import com.baowen.BaowenException;
import com.baowen.config.Config;
import com.baowen.config.LlmConfig;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Duration;

/** Options shared by the commands; each also reads {@code BAOWEN_<OPTION>} from the environment. */
public class CommonOptions {
    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "${env:BAOWEN_CORPUS:-seeds}",
            description = "Corpus folder (*.txt, *.md, *.jsonl). Default: ${DEFAULT-VALUE}")
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

    /** Reads environment settings that have no flag (secrets stay out of the process list). */
    public Config toConfig() {
        var env = System.getenv();
        Duration llmTimeout = Duration.ofSeconds(seconds("BAOWEN_LLM_TIMEOUT_SECONDS", env.getOrDefault("BAOWEN_LLM_TIMEOUT_SECONDS", "30")));
        LlmConfig llm = new LlmConfig(env.get("BAOWEN_LLM_BASE_URL"), env.getOrDefault("BAOWEN_LLM_MODEL", "gpt-4o-mini"),
                env.get("BAOWEN_LLM_API_KEY"), llmTimeout);
        return new Config(corpus, index, models, model, host, port, chunkChars,
                env.get("BAOWEN_API_KEY"), env.get("BAOWEN_CORS_ORIGIN"), llm);
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
