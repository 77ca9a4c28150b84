package com.baowen.cli;

import com.baowen.BaowenException;
import com.baowen.Engine;
import com.baowen.EngineStatus;
import com.baowen.answer.Answerer;
import com.baowen.answer.Answerers;
import com.baowen.bench.EmbeddingBenchmark;
import com.baowen.bench.LoadBenchmark;
import com.baowen.bench.OcrBenchmark;
import com.baowen.chunk.Chunk;
import com.baowen.chunk.Chunker;
import com.baowen.http.ApiServer;
import com.baowen.http.ServerOptions;
import com.baowen.http.ServingBackend;
import com.baowen.eval.BenchSection;
import com.baowen.eval.EvalSets;
import com.baowen.eval.Latencies;
import com.baowen.eval.SearchBench;
import com.baowen.index.IndexProgress;
import com.baowen.index.IndexReport;
import com.baowen.ingest.Article;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import org.apache.commons.io.file.PathUtils;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code bench}: measures Baowen on this machine, as a list of sections. Flow: 1. index the corpus
 * from scratch into a temporary folder, or into {@code --index} when it is given, where it is kept and
 * a second run only indexes what changed (ingest speed, index size, heap); 2. search (latency
 * percentiles: a first pass, then {@code --rounds} passes once warm); 3. chat answers (the same, one at a
 * time); 4. load: concurrent clients asking over loopback HTTP; 5. chunk embedding, Baowen's path against
 * LangChain4j's {@code embedAll} with the same model and chunks.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure ingest speed, index size, heap and search latency on the corpus (indexed afresh in a temporary "
                + "folder; with --index, in that folder, kept, so a second run measures queries on an archive without indexing it again).")
public class BenchCommand implements Callable<Integer> {
    /** Clients in the shed section: well past what 2 cores answer at once. */
    static final int SHED_CLIENTS = 64;

    @Mixin
    CommonOptions options;

    @Spec
    CommandSpec spec;

    @Option(names = "--queries", paramLabel = "FILE",
            description = "Queries for search latency: an eval set (.jsonl or SQuAD .json). Default: the corpus's article titles and first sentences.")
    Path queries;

    @Option(names = "--json", description = "Print the sections as JSON.")
    boolean json;

    @Option(names = "--clients", paramLabel = "N", defaultValue = "8",
            description = "Concurrent HTTP clients in the load section, 1..256. Default: ${DEFAULT-VALUE}")
    int clients;

    @Option(names = "--answer-workers", paramLabel = "N", defaultValue = "0",
            description = "Answers computed at once in the load and shed sections; 0 for one per core but one. Default: ${DEFAULT-VALUE}")
    int answerWorkers;

    @Option(names = "--answer-queue", paramLabel = "N", defaultValue = "" + ServerOptions.DEFAULT_ANSWER_QUEUE,
            description = "Answers waiting for a worker in the load and shed sections, 0..4096. Default: ${DEFAULT-VALUE}")
    int answerQueue;

    @Option(names = "--load-seconds", paramLabel = "S", defaultValue = "20",
            description = "How long the load section runs, at most 2,000 requests. Default: ${DEFAULT-VALUE}")
    int loadSeconds;

    @Option(names = "--sections", paramLabel = "S", split = ",", defaultValue = "search,chat,load,shed,embedding",
            description = "Sections after ingest: search, chat, load, shed (64 clients against the default shedding limits), "
                    + "embedding. Default: ${DEFAULT-VALUE}")
    List<String> only;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "5",
            description = "Measured passes over the queries in the search and chat sections, once warm, 1..100. Default: ${DEFAULT-VALUE}")
    int rounds;

    @Option(names = "--warm-up-seconds", paramLabel = "S", defaultValue = "5",
            description = "How long the search and chat sections ask the queries before the measured passes (after a first "
                    + "pass, reported apart), 0..600. Default: ${DEFAULT-VALUE}")
    int warmUpSeconds;

    @Option(names = "--ocr", paramLabel = "DIR",
            description = "Only measure OCR: read every page scan (.png, .jpg, .tif, scanned .pdf) in DIR; pages/min, chars/s, peak RSS.")
    Path ocr;

    @Override
    public Integer call() throws IOException {
        if (rounds < 1 || rounds > 100) {
            throw new BaowenException("--rounds must be between 1 and 100, got " + rounds);
        }
        if (warmUpSeconds < 0 || warmUpSeconds > 600) {
            throw new BaowenException("--warm-up-seconds must be between 0 and 600, got " + warmUpSeconds);
        }
        if (ocr != null) {
            print(List.of(OcrBenchmark.run(ocr, options.toConfig().models(), System.err)));
            return 0;
        }
        boolean tempIndex = !spec.commandLine().getParseResult().hasMatchedOption("--index");
        Path indexDir = tempIndex ? Files.createTempDirectory("baowen-bench-") : options.index;
        List<BenchSection> sections = new ArrayList<>();
        try (Engine engine = Engine.open(options.toConfig().withIndex(indexDir))) {
            sections.add(ingest(engine, System.err));
            List<String> qs = queries(engine);
            if (only.contains("search")) {
                sections.add(SearchBench.run(engine::freshRetriever, qs, 5, Duration.ofSeconds(warmUpSeconds), rounds));
            }
            if (only.contains("chat")) {
                sections.add(chat(engine, qs));
            }
            if (only.contains("load")) {
                sections.add(load(engine, Answerers.of(engine.freshRetriever(), engine.config().llm()), qs, clients,
                        "load (POST /api/chat over loopback)"));
            }
            if (only.contains("shed")) {
                sections.add(load(engine, Answerers.of(engine.freshRetriever(), engine.config().llm()), qs, SHED_CLIENTS,
                        "shed (" + SHED_CLIENTS + " clients, " + workers() + " workers, queue " + answerQueue + ")"));
            }
            if (only.contains("embedding")) {
                sections.add(embedding(engine));
            }
        } finally {
            if (tempIndex) {
                PathUtils.deleteDirectory(indexDir);
            }
        }
        print(sections);
        return 0;
    }

    private static BenchSection ingest(Engine engine, PrintStream err) {
        IndexReport r = engine.index(new IngestCommand.Printer(err, false));
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
        f.put("articles unchanged", r.articlesUnchanged());
        f.put("items refused", r.rejected());
        f.put("index MB", round(s.indexBytes() / 1e6));
        f.put("heap after indexing MB", round(heap / 1e6));
        f.put("peak RSS MB", round(peakRssKb() / 1e3));
        return new BenchSection("ingest", f);
    }

    /**
     * Answers each query once per pass ({@link Latencies#run}: a first pass after a short warm-up, then the warm
     * passes); latency of the whole answer, as {@code /api/chat} computes it. Each pass answers on a fresh retriever,
     * so no question vector is cached from an earlier pass.
     */
    private BenchSection chat(Engine engine, List<String> qs) {
        Latencies.Passes passes = Latencies.run(qs, () -> Answerers.of(engine.freshRetriever(), engine.config().llm()),
                (a, q) -> a.answer(q, List.of(), Answerers.DEFAULT_TOP_K), Duration.ofSeconds(warmUpSeconds), rounds);
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("questions", qs.size());
        SearchBench.figures(passes, f);
        return new BenchSection("chat (answer, one at a time)", f);
    }

    /**
     * Serves the index on a free loopback port (default shedding limits, queue {@code --answer-queue}) and
     * lets {@code clients} clients ask the queries in turn; shed clients wait their Retry-After.
     */
    private BenchSection load(Engine engine, Answerer answerer, List<String> qs, int clients, String name) {
        try (ServingBackend backend = new ServingBackend()) {
            backend.ready(engine, answerer);
            ApiServer server = ApiServer.start(ServerOptions.of(engine.config().withPort(0), Path.of("web"))
                    .withAnswerLimits(workers(), answerQueue), backend);
            try {
                LoadBenchmark.Result r = LoadBenchmark.run(new LoadBenchmark.Settings(
                        URI.create("http://127.0.0.1:" + server.port()), clients, Duration.ofSeconds(loadSeconds), 2000,
                        qs, engine.config().apiKey()));
                Map<String, Object> f = new LinkedHashMap<>();
                f.put("clients", r.clients());
                f.put("requests", r.requests());
                f.put("errors", r.errors());
                f.put("requests/s", round(r.requestsPerSecond()));
                f.put("p50 ms", round(r.p50Ms()));
                f.put("p99 ms", round(r.p99Ms()));
                f.put("shed", r.shed());
                f.put("share shed", round(r.shedShare()));
                f.put("admitted p50 ms", round(r.admittedP50Ms()));
                f.put("admitted p99 ms", round(r.admittedP99Ms()));
                f.put("shed p99 ms", round(r.shedP99Ms()));
                return new BenchSection(name, f);
            } finally {
                server.close();
            }
        }
    }

    private int workers() {
        return answerWorkers == 0 ? ServerOptions.DEFAULT_ANSWER_WORKERS : answerWorkers;
    }

    /** Baowen's chunk embedding against LangChain4j's {@code embedAll}: same model, same chunks of the corpus. */
    private static BenchSection embedding(Engine engine) {
        Chunker chunker = new Chunker(engine.config().chunkChars(), Engine.OVERLAP_SENTENCES);
        List<String> texts = engine.retriever().articles(0, 1000).stream()
                .flatMap(a -> chunker.chunk(a).stream()).map(Chunk::text).toList();
        EmbeddingBenchmark.Result r = EmbeddingBenchmark.run(engine.embedder(), engine.config().modelDir(), texts);
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("model", r.model());
        f.put("segments", r.segments());
        f.put("chars", r.chars());
        f.put("LangChain4j embedAll chars/s", round(r.langchain4j().charsPerSecond()));
        f.put("Baowen chars/s", round(r.baowen().charsPerSecond()));
        f.put("ratio (chars/s)", round(r.ratio()));
        f.put("lowest cosine between sides", r.minCosine());
        f.put("LangChain4j CPU s", round(r.langchain4j().cpuSeconds()));
        f.put("Baowen CPU s", round(r.baowen().cpuSeconds()));
        return new BenchSection("embedding (median of " + r.repetitions() + " runs)", f);
    }

    /** The process's peak resident set (Linux {@code VmHWM}), in KB; 0 where unknown. */
    private static long peakRssKb() {
        try {
            for (String line : java.nio.file.Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
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
            s.figures().forEach((k, v) -> System.out.printf("  %-30s %s%n", k, v));
        }
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
