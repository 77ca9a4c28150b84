package com.baowen.cli;

import com.baowen.Engine;
import com.baowen.EngineStatus;
import com.baowen.BaowenException;
import com.baowen.config.Config;
import com.baowen.index.IndexHealth;
import com.baowen.index.IndexProgress;
import com.baowen.index.IndexReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.util.concurrent.Callable;

/**
 * {@code ingest}: brings the index in line with the corpus folder, incrementally, with progress on stderr;
 * or checks it ({@code --check}) or rebuilds it beside the old one ({@code --rebuild}).
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Index what is new or changed in the corpus (and drop what left it); progress on stderr.")
public class IngestCommand implements Callable<Integer> {
    /** Progress lines at most this often; snapshots come every 2 s, so a line appears at least every 10 s. */
    static final long PROGRESS_MILLIS = 8_000;

    @Mixin
    CommonOptions options;

    @Option(names = "--check", description = "Run Lucene's CheckIndex on the index and report; changes nothing. Exit 1 when it is damaged.")
    boolean check;

    @Option(names = "--rebuild", description = "Build a fresh index from the corpus beside the current (e.g. corrupt) one, then swap it in.")
    boolean rebuild;

    @Override
    public Integer call() {
        PrintStream err = System.err;
        Config config = options.toConfig();
        if (check) {
            return check(config, err);
        }
        if (rebuild) {
            IndexHealth.rebuild(config.index(), fresh -> ingest(config.withIndex(fresh), err))
                    .ifPresent(old -> err.printf("the old index was moved to %s; delete it when you no longer need it%n", old));
            err.printf("rebuilt the index in %s%n", config.index());
            return 0;
        }
        ingest(config, err);
        return 0;
    }

    private static int check(Config config, PrintStream err) {
        IndexHealth.CheckResult r = IndexHealth.check(config.index());
        err.print(r.report());
        if (r.clean()) {
            err.printf("index %s is clean: %d segments checked%n", config.index(), r.segments());
            return 0;
        }
        err.printf("index %s is damaged: %d of %d segments bad, %d documents in them; run 'baowen ingest --rebuild' "
                + "to rebuild it from the corpus%n", config.index(), r.badSegments(), r.segments(), r.lostDocs());
        return 1;
    }

    private static void ingest(Config config, PrintStream err) {
        try (Engine engine = open(config)) {
            IndexReport r = engine.index(new Printer(err, System.console() != null));
            EngineStatus s = engine.status();
            err.printf("files: %d indexed, %d unchanged, %d deleted, %d skipped%n",
                    r.filesIndexed(), r.filesUnchanged(), r.filesDeleted(), r.skipped().size());
            r.skipped().forEach(f -> err.printf("  skipped %s: %s%n", f.source(), f.reason()));
            err.printf("this run: %d articles (%d unchanged, %d deleted, %d refused), %d chunks, %d sentence vectors "
                            + "in %.1f s (embedding %.1f s)%n",
                    r.articles(), r.articlesUnchanged(), r.articlesDeleted(), r.rejected(), r.chunks(), r.sentences(),
                    r.millis() / 1000.0, r.chunkEmbedMillis() / 1000.0);
            err.printf("index: %d articles, %d chunks, %.1f MB in %s%n", s.articles(), s.chunks(), s.indexBytes() / 1e6,
                    config.index());
        }
    }

    /** Opens the engine; a corrupt index is an error that says what to run. */
    static Engine open(Config config) {
        try {
            return Engine.open(config);
        } catch (RuntimeException e) {
            throw IndexHealth.corruption(e)
                    .map(why -> (RuntimeException) new BaowenException("index " + config.index() + " is corrupt (" + why + "): "
                            + IndexHealth.ADVICE, e))
                    .orElse(e);
        }
    }

    /** Prints each file on a line and, every {@link #PROGRESS_MILLIS}, articles done/total, characters/s and ETA. */
    static final class Printer implements IndexProgress {
        private final PrintStream err;
        private final boolean terminal;
        private long last;

        /** @param terminal rewrite one live line ({@code \r}) instead of printing plain lines */
        Printer(PrintStream err, boolean terminal) {
            this.err = err;
            this.terminal = terminal;
        }

        @Override
        public void onFile(int done, int total, String source, String action) {
            err.printf("%s[%d/%d] %s %s%n", terminal ? "\r" : "", done, total, action, source);
        }

        @Override
        public void onProgress(Snapshot p) {
            long now = System.currentTimeMillis();
            if (now - last < PROGRESS_MILLIS) {
                return;
            }
            last = now;
            err.print((terminal ? "\r" : "") + line(p) + (terminal ? "" : System.lineSeparator()));
        }

        static String line(Snapshot p) {
            String total = p.articlesTotal() == null ? "?" : Long.toString(p.articlesTotal());
            String eta = p.etaSeconds() == null ? "?" : String.format("%dm%02ds", p.etaSeconds() / 60, p.etaSeconds() % 60);
            return String.format("articles %d/%s, files %d/%d, %.0f characters/s, ETA %s",
                    p.articlesDone(), total, p.filesDone(), p.filesTotal(), p.charsPerSecond(), eta);
        }
    }
}
