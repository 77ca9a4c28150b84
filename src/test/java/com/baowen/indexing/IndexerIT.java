package com.baowen.indexing;

import com.baowen.chunk.Chunker;
import com.baowen.chunk.SentenceSpans;
import com.baowen.chunk.Span;
import com.baowen.embed.Embedder;
import com.baowen.index.ArticleStore;
import com.baowen.index.Candidates;
import com.baowen.index.IndexMetadata;
import com.baowen.index.IndexProgress;
import com.baowen.index.IndexReport;
import com.baowen.index.LexicalWeights;
import com.baowen.index.LuceneIndex;
import com.baowen.index.SentenceVector;
import com.baowen.index.SourceFile;
import com.baowen.index.SourceSummary;
import com.baowen.index.TestArticles;
import com.baowen.ingest.Article;
import com.baowen.ingest.ArticleKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;

import static com.baowen.index.TestArticles.LABA;
import static com.baowen.index.TestArticles.PAGE_0;
import static com.baowen.index.TestArticles.PAGE_1;
import static com.baowen.index.TestArticles.page0;
import static com.baowen.index.TestArticles.page1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IndexerIT {
    private static Embedder embedder;
    private final Chunker chunker = new Chunker(80, 1);

    @TempDir
    Path dir;

    @BeforeAll
    static void loadModel() {
        embedder = TestArticles.embedder();
    }

    @AfterAll
    static void closeModel() {
        embedder.close();
    }

    private IndexMetadata metadata(int chunkChars) {
        return IndexMetadata.current(embedder.modelName(), embedder.dimension(), chunkChars, 1);
    }

    private IndexReport run(LuceneIndex index, SourceFile... files) {
        return new Indexer(index, new ArticleEncoder(embedder, chunker, true)).run(List.of(files), List.of(), IndexProgress.NONE);
    }

    @Test
    void should_skip_unchanged_replace_changed_and_delete_removed_files() {
        try (LuceneIndex index = LuceneIndex.open(dir, metadata(80))) {
            // given
            run(index, page0("sha-a"), page1("sha-b"));

            // when: nothing changed
            IndexReport same = run(index, page0("sha-a"), page1("sha-b"));

            // then
            assertEquals(List.of(0, 2, 0), List.of(same.filesIndexed(), same.filesUnchanged(), same.filesDeleted()));

            // when: page 0 now holds one article with new text, page 1 is gone
            Article edited = new Article("000-laba", "腊八送温情", null, null, ArticleKind.NEWS, PAGE_0, null,
                    "太谷区总工会已连续坚持了9年送腊八粥。", null);
            IndexReport changed = run(index, new SourceFile(PAGE_0, "sha-c", List.of(edited)));

            // then
            assertEquals(List.of(1, 0, 1), List.of(changed.filesIndexed(), changed.filesUnchanged(), changed.filesDeleted()));
            assertEquals(Map.of(PAGE_0, "sha-c"), index.files());
            assertEquals(1, index.articleCount());
            assertEquals("太谷区总工会已连续坚持了9年送腊八粥。", index.article("000-laba").orElseThrow().text());
            assertTrue(index.article("001-library").isEmpty());
            assertEquals(List.of("000-laba#0"), index.search("腊八粥", LexicalWeights.DEFAULT, null, 10, 0).lexical().stream()
                    .map(m -> m.chunk().id()).toList());
        }
    }

    @Test
    void should_keep_what_was_committed_when_a_writer_dies_before_its_commit() {
        // given: page 0 committed, page 1 written but never committed (the process "dies")
        try (LuceneIndex index = LuceneIndex.open(dir, metadata(80))) {
            run(index, page0("sha-a"));
            try (ArticleStore.Writer writer = index.writer()) {
                new ArticleEncoder(embedder, chunker, true).encode(page1("sha-b").articles()).forEach(writer::put);
            }
        }

        // when: the next start opens the index and indexes the corpus
        try (LuceneIndex index = LuceneIndex.open(dir, metadata(80))) {
            int before = index.articleCount();
            IndexReport report = run(index, page0("sha-a"), page1("sha-b"));

            // then: page 0 survived, page 1 was finished by the next run
            assertEquals(3, before);
            assertEquals(List.of(1, 1), List.of(report.filesIndexed(), report.filesUnchanged()));
            assertEquals(4, index.articleCount());
        }
    }

    @Test
    void should_rebuild_an_index_built_with_other_settings() {
        // given
        try (LuceneIndex index = LuceneIndex.open(dir, metadata(80))) {
            run(index, page0("sha-a"));
        }

        // when: opened for another chunk size
        try (LuceneIndex index = LuceneIndex.open(dir, metadata(120))) {
            // then: empty, and the next run indexes everything again
            assertEquals(0, index.articleCount());
            assertEquals(Map.of(), index.files());
            assertEquals(1, run(index, page0("sha-a")).filesIndexed());
            assertEquals(metadata(120), index.metadata());
        }
    }

    @Test
    void should_store_pooled_sentence_vectors_nearest_to_their_own_sentence() {
        try (LuceneIndex index = LuceneIndex.open(dir, metadata(80))) {
            // given
            run(index, page0("sha-a"));

            // when
            List<SentenceVector> stored = index.sentences(LABA.id());

            // then: one per sentence, spans in text order, each vector nearest to its own sentence's fresh vector
            List<Span> spans = SentenceSpans.of(LABA.text());
            assertEquals(4, stored.size());
            assertEquals(spans, stored.stream().map(s -> new Span(s.start(), s.end())).toList());
            assertEquals("这一活动，太谷区总工会已连续坚持了8年。", LABA.text().substring(stored.get(2).start(), stored.get(2).end()));
            List<float[]> fresh = embedder.embedPassages(spans.stream().map(s -> s.of(LABA.text())).toList());
            for (int i = 0; i < spans.size(); i++) {
                int nearest = 0;
                for (int j = 1; j < spans.size(); j++) {
                    if (dot(fresh.get(j), stored.get(i).vector()) > dot(fresh.get(nearest), stored.get(i).vector())) {
                        nearest = j;
                    }
                }
                assertEquals(i, nearest, "sentence " + i + " pooled vector is nearest to sentence " + nearest);
            }
        }
    }

    @Test
    void should_find_nothing_in_a_new_empty_index() {
        try (LuceneIndex index = LuceneIndex.open(dir, metadata(80))) {
            // when
            Candidates c = index.search("腊八粥", LexicalWeights.DEFAULT, embedder.embedQuery("腊八粥"), 50, 50);

            // then
            assertEquals(List.of(List.of(), List.of()), List.of(c.lexical(), c.semantic()));
            assertEquals(0, index.articleCount());
        }
    }

    @Test
    void should_summarise_each_source_from_the_index_without_counting_replaced_articles() {
        try (LuceneIndex index = LuceneIndex.open(dir, metadata(80))) {
            // given: page 0 with two dated articles and an undated one, page 1 undated
            Article early = TestArticles.LECTURE.withProvenance("2025-01-16", TestArticles.LECTURE.provenance());
            Article late = LABA.withProvenance("2025-01-18", LABA.provenance());
            run(index, new SourceFile(PAGE_0, "sha-a", List.of(late, early, TestArticles.COUPLETS)), page1("sha-b"));

            // then
            assertEquals(List.of(new SourceSummary(PAGE_0, 3, "2025-01-16", "2025-01-18"), new SourceSummary(PAGE_1, 1, null, null)),
                    index.sourceSummaries());

            // when: page 0 keeps only the late article, its text changed (the old documents are deleted, not yet merged away)
            Article edited = new Article(late.id(), late.title(), null, null, ArticleKind.NEWS, PAGE_0, "2025-01-18",
                    "太谷区总工会已连续坚持了9年送腊八粥。", null);
            run(index, new SourceFile(PAGE_0, "sha-c", List.of(edited)), page1("sha-b"));

            // then
            assertEquals(List.of(new SourceSummary(PAGE_0, 1, "2025-01-18", "2025-01-18"), new SourceSummary(PAGE_1, 1, null, null)),
                    index.sourceSummaries());
        }
    }

    @Test
    void should_not_read_unchanged_corpus_files_again_in_a_later_run() throws Exception {
        try (LuceneIndex index = LuceneIndex.open(dir.resolve("index"), metadata(80))) {
            // given: a corpus folder of two pages, indexed once
            Path corpus = Files.createDirectories(dir.resolve("corpus"));
            Files.writeString(corpus.resolve("a.txt"), "腊八送温情\n\n太谷区总工会已连续坚持了8年送腊八粥。");
            Path b = Files.writeString(corpus.resolve("b.txt"), "写春联\n\n10余名书法爱好者为该村群众免费书写春联900余幅。");
            Indexer indexer = new Indexer(index, new ArticleEncoder(embedder, chunker, true));
            indexer.run(corpus, IndexProgress.NONE);
            long reads = indexer.fileReads();

            // when: nothing changed, then one page changed
            IndexReport same = indexer.run(corpus, IndexProgress.NONE);
            long readsWhenSame = indexer.fileReads() - reads;
            Files.writeString(b, "写春联\n\n20余名书法爱好者为该村群众免费书写春联900余幅。");
            Files.setLastModifiedTime(b, FileTime.fromMillis(System.currentTimeMillis() + 5_000));
            IndexReport changed = indexer.run(corpus, IndexProgress.NONE);

            // then: the unchanged run read no file; the changed one read only that page
            assertEquals(List.of(2, 0L), List.of(same.filesUnchanged(), readsWhenSame));
            assertEquals(List.of(1, 1, reads + 1), List.of(changed.filesIndexed(), changed.filesUnchanged(), indexer.fileReads()));
        }
    }

    private static double dot(float[] a, float[] b) {
        double d = 0;
        for (int i = 0; i < a.length; i++) {
            d += a[i] * b[i];
        }
        return d;
    }
}
