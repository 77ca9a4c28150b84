package com.baowen.cli;

import com.baowen.BaowenException;
import com.baowen.Engine;
import com.baowen.answer.Answerers;
import com.baowen.answer.ExtractiveAnswerer;
import com.baowen.eval.AnswerEvaluation;
import com.baowen.eval.EvalSet;
import com.baowen.eval.EvalSets;
import com.baowen.eval.RetrievalEvaluation;
import com.baowen.eval.RetrievalResult;
import com.baowen.eval.UnanswerableEvaluation;
import com.baowen.index.IndexReport;
import com.baowen.index.LexicalWeights;
import com.baowen.retrieve.Fusion;
import com.baowen.retrieve.HybridRetriever;
import com.baowen.retrieve.ReciprocalRankFusion;
import com.baowen.retrieve.Retriever;
import com.baowen.retrieve.ScoreFusion;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import org.apache.commons.io.file.PathUtils;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code eval FILE}: scores retrieval on an evaluation set. Flow: 1. read the set; 2. bring the index
 * up to date (the configured corpus for our JSONL sets; the set's own paragraphs, in a temporary or
 * the given {@code --index} folder, for SQuAD sets); 3. run each section (retrieval: hybrid, BM25
 * only, vectors only; answers: grounded, not-found, latency) and print it.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Evaluate on a JSONL set (questions about the corpus) or a SQuAD-format set (one article per paragraph).")
public class EvalCommand implements Callable<Integer> {
    @Mixin
    CommonOptions options;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "Evaluation set: .jsonl or SQuAD-format .json")
    Path file;

    @Option(names = "--json", description = "Print the results as JSON.")
    boolean json;

    @Option(names = "--fusion", paramLabel = "F", defaultValue = "score:0.7,rrf",
            split = ",", description = "Fusions of BM25 and vectors to score in hybrid mode: rrf (k=60), rrfK (e.g. rrf20), "
            + "or score:W (W = weight of BM25, 0..1). Default: ${DEFAULT-VALUE}")
    List<String> fusions;

    @Option(names = "--candidates", paramLabel = "N", defaultValue = "50",
            description = "Chunk candidates taken from each of BM25 and HNSW. Default: ${DEFAULT-VALUE}")
    int candidates;

    @Option(names = "--modes", paramLabel = "M", split = ",", defaultValue = "hybrid,bm25,dense",
            description = "Retrieval modes to score: hybrid, bm25, bm25-words (words of the text only, no bigrams or title), dense. "
                    + "Default: ${DEFAULT-VALUE}")
    List<String> modes;

    @Option(names = "--bm25-weights", paramLabel = "W",
            description = "BM25 field weights: text words, text bigrams, title words, title bigrams. Default: 1,0.5,0.5,0.25")
    String bm25Weights;

    @Option(names = "--no-answers", description = "Score retrieval only, not the answers.")
    boolean noAnswers;

    @Option(names = "--show-misses", description = "After the figures, print every missed question with what was "
            + "expected, what was answered and the best probability (with --json they are in \"missed\" anyway).")
    boolean showMisses;

    @Option(names = "--held-out", description = "SQuAD sets: ask only the questions of held-out paragraphs (those `train` "
            + "never fits on); the corpus keeps every paragraph.")
    boolean heldOut;

    @Option(names = "--training-part", description = "SQuAD sets: ask only the questions of the paragraphs `train` fits "
            + "on (the complement of --held-out), to choose a rule on them before measuring it held out.")
    boolean trainingPart;

    @Option(names = "--unanswerable", description = "SQuAD sets: also ask every question as if the corpus did not "
            + "answer it (without its paragraph; near its topic, the answering sentences taken out; with the answer's "
            + "text cut out; asking for a year past those its paragraph names, when it names one of them) and count how many "
            + "the answer stage refuses. About three more asks per question.")
    boolean unanswerable;

    @Option(names = "--first", paramLabel = "N",
            description = "Ask only the first N questions of the set, in file order (after --held-out); a SQuAD set's "
                    + "corpus keeps every paragraph. E.g. the first 1,000 of a dev set.")
    Integer first;

    private LexicalWeights weights() {
        return bm25Weights == null ? LexicalWeights.DEFAULT : LexicalWeights.parse(bm25Weights);
    }

    @Override
    public Integer call() throws IOException {
        EvalSet set = EvalSets.read(file);
        if (heldOut && trainingPart) {
            throw new ParameterException(spec.commandLine(), "--held-out and --training-part exclude each other: give one");
        }
        if (heldOut || trainingPart) {
            set = set.part(heldOut);
        }
        if (first != null) {
            set = set.first(first);
        }
        if (unanswerable && set.corpus() == null) {
            throw new ParameterException(spec.commandLine(), "--unanswerable needs a SQuAD-format set (questions with "
                    + "their paragraphs), got " + file);
        }
        boolean tempIndex = set.corpus() != null && !spec.commandLine().getParseResult().hasMatchedOption("--index");
        Path indexDir = tempIndex ? Files.createTempDirectory("baowen-eval-") : options.index;
        PrintStream err = System.err;
        try (Engine engine = Engine.open(options.toConfig().withIndex(indexDir))) {
            IndexReport report = set.corpus() != null
                    ? engine.index(List.of(set.corpus()), List.of(), (d, t, s, a) -> err.printf("%s %s%n", a, s))
                    : engine.index((d, t, s, a) -> err.printf("[%d/%d] %s %s%n", d, t, a, s));
            err.printf("index: %d files indexed, %d unchanged, %d articles, %d chunks, %d sentences in %d ms "
                            + "(embedding chunks %d ms, sentences %d ms)%n",
                    report.filesIndexed(), report.filesUnchanged(), report.articles(), report.chunks(), report.sentences(),
                    report.millis(), report.chunkEmbedMillis(), report.sentenceEmbedMillis());

            List<RetrievalEvaluation.Candidate> candidates = new ArrayList<>();
            for (String mode : modes) {
                for (HybridRetriever.Settings settings : settings(mode)) {
                    warmUp(engine.retriever(settings), set);
                    // a fresh retriever: no question vector cached by the warm-up
                    candidates.add(new RetrievalEvaluation.Candidate(
                            mode + (mode.equals("hybrid") ? " " + settings.fusion() : ""), engine.retriever(settings)));
                }
            }
            List<RetrievalResult> retrieval = RetrievalEvaluation.run(candidates, set.questions());
            Map<String, Object> sections = new LinkedHashMap<>();
            sections.put("set", set.name());
            sections.put("questions", set.questions().size());
            sections.put("model", engine.embedder().modelName());
            sections.put("chunkChars", engine.config().chunkChars());
            sections.put("retrieval", retrieval);
            AnswerEvaluation.Result answers = noAnswers ? null : AnswerEvaluation.run(set.name(),
                    () -> Answerers.of(engine.freshRetriever(), engine.config().llm()), set.questions(), Answerers.DEFAULT_TOP_K);
            if (answers != null) {
                sections.put("answers", answers);
            }
            UnanswerableEvaluation.Result refusals = null;
            if (unanswerable) {
                refusals = UnanswerableEvaluation.run(new ExtractiveAnswerer(engine.freshRetriever()), set.questions(),
                        Answerers.DEFAULT_TOP_K, err);
                sections.put("unanswerable", refusals);
            }
            if (json) {
                System.out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(sections));
            } else {
                System.out.printf("model %s, chunks of at most %d characters%n", engine.embedder().modelName(),
                        engine.config().chunkChars());
                printRetrieval(set, retrieval, System.out);
                if (answers != null) {
                    System.out.println();
                    System.out.print(answers.format());
                    if (showMisses) {
                        System.out.println();
                        System.out.print(answers.formatMisses());
                    }
                }
                if (refusals != null) {
                    System.out.println();
                    System.out.print(refusals.format());
                }
            }
        } finally {
            if (tempIndex) {
                PathUtils.deleteDirectory(indexDir);
            }
        }
        return 0;
    }

    private List<HybridRetriever.Settings> settings(String mode) {
        return switch (mode) {
            case "hybrid" -> fusions.stream()
                    .map(f -> new HybridRetriever.Settings(candidates, candidates, parseFusion(f), weights())).toList();
            case "bm25" -> List.of(new HybridRetriever.Settings(candidates, 0, new ReciprocalRankFusion(), weights()));
            case "bm25-words" -> List.of(new HybridRetriever.Settings(candidates, 0, new ReciprocalRankFusion(),
                    LexicalWeights.WORDS_ONLY));
            case "dense" -> List.of(new HybridRetriever.Settings(0, candidates, new ReciprocalRankFusion(), weights()));
            default -> throw new BaowenException("mode must be hybrid, bm25, bm25-words or dense, got '" + mode + "'");
        };
    }

    static Fusion parseFusion(String f) {
        if (f.startsWith("rrf")) {
            return f.equals("rrf") ? new ReciprocalRankFusion() : new ReciprocalRankFusion(Integer.parseInt(f.substring(3)));
        }
        if (f.startsWith("score:")) {
            double w = Double.parseDouble(f.substring(6));
            return new ScoreFusion(w, 1 - w);
        }
        throw new BaowenException("fusion must be rrf, rrfK or score:W, got '" + f + "'");
    }

    /**
     * The first searches are slower (JIT, index pages) and would skew the percentiles; warm up on
     * another retriever instance so the measured one has no question vector cached.
     */
    private static void warmUp(Retriever retriever, EvalSet set) {
        set.questions().stream().filter(q -> !q.question().isBlank()).limit(20)
                .forEach(q -> retriever.search(q.question(), 10));
    }

    private static void printRetrieval(EvalSet set, List<RetrievalResult> results, PrintStream out) {
        out.printf("%s: %d questions%n", set.name(), set.questions().size());
        out.printf("%-24s %9s %10s %10s %7s %8s %8s%n", "retrieval", "questions", "recall@1", "recall@5", "MRR", "p50 ms", "p95 ms");
        for (RetrievalResult r : results) {
            out.printf("%-24s %9d %10.4f %10.4f %7.4f %8.2f %8.2f%n", r.label(), r.questions(), r.recallAt1(),
                    r.recallAt5(), r.mrr(), r.p50Millis(), r.p95Millis());
        }
        RetrievalResult first = results.get(0);
        if (first.blank() > 0) {
            out.printf("skipped %d blank questions%n", first.blank());
        }
        if (!first.missesAt5().isEmpty()) {
            out.printf("%s misses@5: %s%n", first.label(), String.join(" ", first.missesAt5().stream().limit(30).toList()));
        }
    }
}
