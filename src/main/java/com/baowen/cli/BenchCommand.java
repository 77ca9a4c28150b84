package com.baowen.cli;

import com.baowen.Engine;
import com.baowen.EngineStatus;
import com.baowen.eval.BenchSection;
import com.baowen.eval.EvalSets;
import com.baowen.eval.SearchBench;
import com.baowen.index.IndexProgress;
import com.baowen.index.IndexReport;
import com.baowen.ingest.Article;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code bench}: measures Baowen on this machine, as a list of sections. Flow: 1. index the corpus
 * from scratch into a temporary folder (ingest speed, index size, heap); 2. search (latency
 * percentiles). Further sections (embedding, chat) add themselves to the list.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure ingest speed, index size, heap and search latency on the corpus (indexed afresh in a temporary folder).")
public class BenchCommand implements Callable<Integer> {
    @Mixin
    CommonOptions options;

    @Option(names = "--queries", paramLabel = "FILE",
            description = "Queries for search latency: an eval set (.jsonl or SQuAD .json). Default: the corpus's article titles and first sentences.")
    Path queries;

    @Option(names = "--json", description = "Print the sections as JSON.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        Path indexDir = Files.createTempDirectory("baowen-bench-");
        List<BenchSection> sections = new ArrayList<>();
        try (Engine engine = Engine.open(options.toConfig().withIndex(indexDir))) {
            sections.add(ingest(engine, System.err));
            List<String> qs = queries(engine);
            sections.add(SearchBench.run(engine::freshRetriever, qs, 5));
        } finally {
            deleteTree(indexDir);
        }
        print(sections);
        return 0;
    }

    private static BenchSection ingest(Engine engine, PrintStream err) {
        IndexProgress progress = (done, total, source, action) -> err.printf("[%d/%d] %s %s%n", done, total, action, source);
        IndexReport r = engine.index(progress);
        EngineStatus s = engine.status();
        System.gc();
        long heap = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        double seconds = r.millis() / 1000.0;
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("model", engine.embedder().modelName());
        f.put("chunk size chars", engine.config().chunkChars());
        f.put("files", r.filesIndexed());
        f.put("articles", r.articles());
        f.put("chunks", r.chunks());
        f.put("chunk chars", r.chunkChars());
        f.put("sentence vectors", r.sentences());
        f.put("seconds", round(seconds));
        f.put("chunks/s", round(r.chunks() / seconds));
        f.put("chars/s", round(r.chunkChars() / seconds));
        f.put("embedding chunks s", round(r.chunkEmbedMillis() / 1000.0));
        f.put("embedding sentences s", round(r.sentenceEmbedMillis() / 1000.0));
        f.put("index MB", round(s.indexBytes() / 1e6));
        f.put("heap after indexing MB", round(heap / 1e6));
        return new BenchSection("ingest", f);
    }

    private List<String> queries(Engine engine) {
        if (queries != null) {
            return EvalSets.read(queries).questions().stream().map(q -> q.question()).filter(q -> !q.isBlank()).toList();
        }
        List<String> out = new ArrayList<>();
        for (Article a : engine.retriever().articles(0, 1000)) {
            out.add(a.title());
            String text = a.text().strip();
            out.add(text.substring(0, Math.min(30, text.length())));
        }
        return out;
    }

    private void print(List<BenchSection> sections) throws IOException {
        if (json) {
            System.out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(sections));
            return;
        }
        for (BenchSection s : sections) {
            System.out.println("== " + s.name());
            s.figures().forEach((k, v) -> System.out.printf("  %-24s %s%n", k, v));
        }
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
