package com.baowen.cli;

import com.baowen.Engine;
import com.baowen.EngineStatus;
import com.baowen.index.IndexReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.PrintStream;
import java.util.concurrent.Callable;

/** {@code ingest}: brings the index in line with the corpus folder, incrementally. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Index what is new or changed in the corpus (and drop what left it); progress on stderr.")
public class IngestCommand implements Callable<Integer> {
    @Mixin
    CommonOptions options;

    @Override
    public Integer call() {
        PrintStream err = System.err;
        try (Engine engine = Engine.open(options.toConfig())) {
            IndexReport r = engine.index((done, total, source, action) -> err.printf("[%d/%d] %s %s%n", done, total, action, source));
            EngineStatus s = engine.status();
            err.printf("files: %d indexed, %d unchanged, %d deleted, %d skipped%n",
                    r.filesIndexed(), r.filesUnchanged(), r.filesDeleted(), r.skipped().size());
            r.skipped().forEach(f -> err.printf("  skipped %s: %s%n", f.source(), f.reason()));
            err.printf("this run: %d articles, %d chunks, %d sentence vectors in %.1f s (embedding chunks %.1f s, sentences %.1f s)%n",
                    r.articles(), r.chunks(), r.sentences(), r.millis() / 1000.0, r.chunkEmbedMillis() / 1000.0,
                    r.sentenceEmbedMillis() / 1000.0);
            err.printf("index: %d articles, %d chunks, %.1f MB in %s%n", s.articles(), s.chunks(), s.indexBytes() / 1e6,
                    options.toConfig().index());
        }
        return 0;
    }
}
