package com.baowen.cli;

import com.baowen.Engine;
import com.baowen.retrieve.ArticleHit;
import com.baowen.retrieve.ScoredChunk;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code search "…"}: the articles the hybrid retriever finds in the current index (no indexing). */
@Command(name = "search", mixinStandardHelpOptions = true, description = "Search the index: articles best first, with their best chunk.")
public class SearchCommand implements Callable<Integer> {
    @Mixin
    CommonOptions options;

    @Parameters(index = "0", paramLabel = "QUERY", description = "The question or words to search for.")
    String query;

    @Option(names = {"-k", "--k"}, paramLabel = "N", defaultValue = "5", description = "Articles to show, 1..50. Default: ${DEFAULT-VALUE}")
    int k;

    @Option(names = "--json", description = "Print the hits as JSON.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        try (Engine engine = Engine.open(options.toConfig())) {
            long t0 = System.nanoTime();
            List<ArticleHit> hits = engine.retriever().search(query, k);
            long tookMs = (System.nanoTime() - t0) / 1_000_000;
            if (json) {
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("hits", hits.stream().map(SearchCommand::toJson).toList());
                out.put("tookMs", tookMs);
                System.out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(out));
            } else {
                for (int i = 0; i < hits.size(); i++) {
                    ArticleHit h = hits.get(i);
                    System.out.printf("%d. %s  [%s]  %.3f%n   %s%n", i + 1, h.title(), h.source(), h.score(),
                            oneLine(h.chunks().get(0).chunk().text()));
                }
                System.err.printf("%d hits in %d ms%n", hits.size(), tookMs);
            }
        }
        return 0;
    }

    private static Map<String, Object> toJson(ArticleHit h) {
        ScoredChunk best = h.chunks().get(0);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("articleId", h.articleId());
        m.put("title", h.title());
        m.put("source", h.source());
        m.put("snippet", best.chunk().text());
        m.put("start", best.chunk().start());
        m.put("end", best.chunk().end());
        m.put("score", h.score());
        return m;
    }

    private static String oneLine(String s) {
        String flat = s.replaceAll("\\s+", " ");
        return flat.length() > 120 ? flat.substring(0, 120) + "…" : flat;
    }
}
