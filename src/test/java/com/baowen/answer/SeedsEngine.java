package com.baowen.answer;

import com.baowen.Engine;
import com.baowen.config.Config;
import com.baowen.index.SourceFile;
import com.baowen.ingest.CorpusReader;
import com.baowen.ingest.FileResult;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The real engine over the seed pages, indexed once per test JVM into a temporary folder and shared
 * by the answer ITs (loading the model and embedding the seeds takes a while).
 */
final class SeedsEngine {
    private static Engine engine;

    private SeedsEngine() {
    }

    static synchronized Engine get() {
        if (engine == null) {
            engine = open();
            Runtime.getRuntime().addShutdownHook(new Thread(engine::close));
        }
        return engine;
    }

    private static Engine open() {
        Path seeds = Path.of(System.getProperty("baowen.seeds", "seeds"));
        Path models = Path.of(System.getProperty("baowen.models", "models"));
        Path index;
        try {
            index = Files.createTempDirectory("baowen-answer-it-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Config defaults = Config.defaults();
        Config config = new Config(seeds, index, models, defaults.model(), defaults.host(), 0, defaults.chunkChars(),
                null, null, null);
        Engine e = Engine.open(config);
        CorpusReader reader = new CorpusReader();
        List<SourceFile> files = new ArrayList<>();
        for (Path p : reader.list(seeds)) {
            if (reader.read(p) instanceof FileResult.Parsed parsed) {
                files.add(new SourceFile(parsed.source(), parsed.sha256(), parsed.articles()));
            }
        }
        e.index(files, List.of(), (done, total, source, action) -> { });
        return e;
    }
}
