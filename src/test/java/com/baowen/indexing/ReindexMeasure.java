package com.baowen.indexing;

import com.baowen.Engine;
import com.baowen.config.Config;
import com.baowen.index.IndexProgress;
import com.baowen.index.IndexReport;

import java.nio.file.Path;

/**
 * What an index run costs when nothing changed (a measurement, not a test): one process runs
 * {@code Engine.index} six times over a corpus and an index already up to date with it, as a server does after
 * each upload, delete or {@code /api/reindex}; the first run reads every file, the later ones only what changed.
 *
 * <pre>./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt
 * java -cp target/classes:target/test-classes:$(cat cp.txt) com.baowen.indexing.ReindexMeasure CORPUS INDEX</pre>
 */
public class ReindexMeasure {
    public static void main(String[] args) {
        Config config = Config.defaults().withCorpus(Path.of(args[0])).withIndex(Path.of(args[1]));
        try (Engine engine = Engine.open(config)) {
            for (int run = 0; run < 6; run++) {
                long t = System.nanoTime();
                IndexReport r = engine.index(IndexProgress.NONE);
                System.out.printf("run %d: %.1f ms, %d files unchanged, %d indexed%n", run, (System.nanoTime() - t) / 1e6,
                        r.filesUnchanged(), r.filesIndexed());
            }
        }
    }
}
