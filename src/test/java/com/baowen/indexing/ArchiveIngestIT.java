package com.baowen.indexing;

import com.baowen.Engine;
import com.baowen.SeedEngine;
import com.baowen.index.IndexProgress;
import com.baowen.index.IndexReport;
import com.baowen.ingest.Article;
import com.baowen.retrieve.ArticleHit;
import com.baowen.retrieve.DateRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Ingest of dated JSONL archives with the real model and a Lucene index on disk. */
class ArchiveIngestIT {

    @Test
    void should_index_a_jsonl_file_over_20_mib_line_by_line(@TempDir Path tmp) throws Exception {
        // given: 24 items padded with 1 MiB of an unknown field each, and one line over the 4 Mi-character limit
        // (in a folder JUnit deletes: the file is 88 MB)
        Path corpus = Files.createDirectory(tmp.resolve("corpus"));
        Path file = ArchiveCorpus.write(corpus.resolve("big.jsonl"), 24, 1 << 20);
        Files.writeString(file, ArchiveCorpus.line("too-long", "太长", "太".repeat(5 << 20), null, Map.of()) + "\n",
                StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        assertTrue(Files.size(file) > 20L << 20, "size " + Files.size(file));

        try (Engine engine = SeedEngine.open(corpus, tmp.resolve("index"))) {
            // when
            IndexReport report = engine.index(IndexProgress.NONE);

            // then: every item but the over-long line, which is named
            assertEquals(24, engine.status().articles());
            assertEquals(List.of(), report.skipped());
            assertEquals(List.of("big.jsonl: line 25: longer than 4194304 characters, skipped"), report.problems());
            assertEquals("2024-01-24", engine.retriever().article("item-0023").orElseThrow().date());
        }
    }

    @Test
    void should_reindex_a_changed_line_only_and_delete_a_removed_one() throws Exception {
        // given
        Path corpus = SeedEngine.tempDir("baowen-update-corpus");
        Path file = ArchiveCorpus.write(corpus.resolve("news.jsonl"), 3, 0);
        try (Engine engine = SeedEngine.open(corpus, SeedEngine.tempDir("baowen-update-index"))) {
            engine.index(IndexProgress.NONE);
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);

            // when: the second item gets new text, the third leaves the file
            String changed = ArchiveCorpus.line("item-0001", "第2条新闻", "太谷区总工会已连续坚持了9年送腊八粥。",
                    LocalDate.of(2024, 1, 2), Map.of());
            Files.write(file, List.of(lines.get(0), changed), StandardCharsets.UTF_8);
            IndexReport report = engine.index(IndexProgress.NONE);

            // then
            assertEquals(List.of(1, 1, 1), List.of(report.articles(), report.articlesUnchanged(), report.articlesDeleted()));
            assertEquals(List.of("item-0000", "item-0001"), engine.retriever().articles(0, 10).stream().map(Article::id).sorted().toList());
            assertEquals("太谷区总工会已连续坚持了9年送腊八粥。", engine.retriever().article("item-0001").orElseThrow().text());
            assertEquals("item-0001", engine.retriever().search("腊八粥坚持了9年", 1).get(0).articleId());
        }
    }

    @Test
    void should_search_only_the_dates_asked_for() {
        // given: 40 items, one a day from 2024-01-01
        Path corpus = SeedEngine.tempDir("baowen-dates-corpus");
        ArchiveCorpus.write(corpus.resolve("news.jsonl"), 40, 0);
        try (Engine engine = SeedEngine.open(corpus, SeedEngine.tempDir("baowen-dates-index"))) {
            engine.index(IndexProgress.NONE);

            // when
            DateRange january10to12 = new DateRange(LocalDate.of(2024, 1, 10), LocalDate.of(2024, 1, 12));
            List<ArticleHit> limited = engine.retriever().search("新闻", 20, january10to12);
            List<ArticleHit> fromFeb = engine.retriever().search("新闻", 20, new DateRange(LocalDate.of(2024, 2, 1), null));

            // then
            assertEquals(List.of("2024-01-10", "2024-01-11", "2024-01-12"), limited.stream().map(ArticleHit::date).sorted().toList());
            assertEquals(List.of("2024-02-01", "2024-02-02", "2024-02-03", "2024-02-04", "2024-02-05", "2024-02-06",
                    "2024-02-07", "2024-02-08", "2024-02-09"), fromFeb.stream().map(ArticleHit::date).sorted().toList());
            assertEquals(20, engine.retriever().search("新闻", 20).size());
        }
    }

    @Test
    void should_resume_mid_file_after_the_indexing_jvm_is_killed() throws Exception {
        // given: a child JVM indexing 600 items, committing every 300 ms, killed (SIGKILL) after its first commit
        int items = 600;
        Path corpus = SeedEngine.tempDir("baowen-kill-corpus");
        ArchiveCorpus.write(corpus.resolve("news.jsonl"), items, 0);
        Path index = SeedEngine.tempDir("baowen-kill-index");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dbaowen.commitMillis=300", "-cp", System.getProperty("java.class.path"), "com.baowen.App", "ingest",
                "--corpus", corpus.toString(), "--index", index.toString(),
                "--models", System.getProperty("baowen.models", "models"))
                .redirectErrorStream(true).redirectOutput(index.resolveSibling(index.getFileName() + ".log").toFile()).start();
        int committed = 0;
        long deadline = System.currentTimeMillis() + 300_000;
        while (committed == 0 && child.isAlive() && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
            committed = CommittedArticles.count(index);
        }
        child.destroyForcibly().waitFor();

        // when: the next run over the same corpus
        List<IndexProgress.Snapshot> snapshots = new CopyOnWriteArrayList<>();
        try (Engine engine = SeedEngine.open(corpus, index)) {
            int before = engine.status().articles();
            IndexReport report = engine.index(new IndexProgress() {
                @Override
                public void onFile(int done, int total, String source, String action) {
                }

                @Override
                public void onProgress(Snapshot snapshot) {
                    snapshots.add(snapshot);
                }
            });

            // then: killed mid-file; what was committed is not embedded again; every item is there once
            assertTrue(before > 0 && before < items, "articles committed before the kill: " + before);
            assertEquals(before, report.articlesUnchanged());
            assertEquals(items - before, report.articles());
            List<String> ids = new ArrayList<>(engine.retriever().articles(0, 1000).stream().map(Article::id).toList());
            assertEquals(items, ids.size());
            assertEquals(items, ids.stream().distinct().count());
            IndexProgress.Snapshot last = snapshots.get(snapshots.size() - 1);
            assertEquals(List.of((long) items, (long) items), List.of(last.articlesDone(), last.articlesTotal()));
        }
    }
}
