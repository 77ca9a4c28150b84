package com.baowen.answer;

import com.baowen.Engine;
import com.baowen.SeedEngine;
import com.baowen.index.IndexProgress;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * How sure the ranker is of {@link DatedQuestionIT}'s daily report (a measurement, not a test): its corpus — forty
 * made-up reports alike but for the figure, and a next-day report naming the 24th — is indexed, the question naming one day is asked, and each of the first rows
 * is printed with its article, its score under the bundled models and, given a folder of other models ({@code train
 * --out}), under those, and the features that tell the rows apart. A retrained ranker has to answer this question.
 *
 * <pre>java -cp target/classes:target/test-classes:$(cat cp.txt) com.baowen.answer.DailyReportMeasure [MODEL_DIR]</pre>
 */
public class DailyReportMeasure {
    private static final String QUESTION = "2024年3月24日，湖滨市各景区共接待游客多少万人次？";
    private static final List<String> TELLING = List.of("articleRank", "prefilterRank", "periodMatch", "articleDateMatch");

    public static void main(String[] args) throws Exception {
        Path corpus = SeedEngine.tempDir("baowen-daily-corpus");
        try (BufferedWriter w = Files.newBufferedWriter(corpus.resolve("daily.jsonl"), StandardCharsets.UTF_8)) {
            DatedQuestionIT.writeCorpus(w, new ObjectMapper());
        }
        try (Engine engine = SeedEngine.open(corpus, SeedEngine.tempDir("baowen-daily-index"))) {
            engine.index(IndexProgress.NONE);
            ExtractiveAnswerer answerer = new ExtractiveAnswerer(engine.retriever());
            Question q = answerer.parse(QUESTION, List.of(), 5);
            AnswerRanker bundled = AnswerRanker.bundled();
            AnswerRanker other = args.length > 0 ? AnswerRanker.load(Path.of(args[0])) : null;
            List<SentenceFeatures.Row> rows = SentenceFeatures.rows(q, answerer.embed(q), answerer.candidates(q, 5),
                    (int) bundled.tuning().prefilter().value());
            List<float[]> values = rows.stream().map(SentenceFeatures.Row::values).toList();
            AnswerRanker.Ranking b = bundled.rank(values);
            AnswerRanker.Ranking o = other == null ? null : other.rank(values);
            System.out.printf(Locale.ROOT, "answered: bundled %s (bar %.3f)%s%n", b.answerable(),
                    bundled.tuning().notFound().value(), o == null ? "" : String.format(Locale.ROOT,
                            ", other %s (bar %.3f)", o.answerable(), other.tuning().notFound().value()));
            for (int i = 0; i < Math.min(5, rows.size()); i++) {
                StringBuilder features = new StringBuilder();
                for (String name : TELLING) {
                    features.append(' ').append(name).append('=').append(rows.get(i).values()[SentenceFeatures.NAMES.indexOf(name)]);
                }
                System.out.printf(Locale.ROOT, "%-18s sentence %d  bundled %.4f%s %s%n", rows.get(i).candidate().articleId(),
                        rows.get(i).candidate().index(), b.scores()[i],
                        o == null ? "" : String.format(Locale.ROOT, "  other %.4f", o.scores()[i]), features);
            }
        }
    }
}
