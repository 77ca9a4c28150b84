package com.baowen.http;

import com.baowen.Engine;
import com.baowen.SeedEngine;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code /health} while a dated archive is indexed, and the date parameters of search and chat. */
class IndexingHealthIT {

    @Test
    void should_report_progress_while_indexing_and_the_last_run_after() throws Exception {
        // given: 600 dated items, not yet indexed (several batches, so the run outlasts a few polls)
        Path corpus = SeedEngine.tempDir("baowen-health-corpus");
        com.baowen.indexing.ArchiveCorpus.write(corpus.resolve("news.jsonl"), 600, 0);
        try (Engine engine = SeedEngine.open(corpus, SeedEngine.tempDir("baowen-health-index"));
             TestServer server = TestServer.start(engine, new ServerOptions("127.0.0.1", 0, "k", null, null))) {
            var http = new HttpTestClient(server.port(), "k");

            // when: indexing runs, /health is polled
            assertEquals(202, http.post("/api/reindex", "").status());
            List<JsonNode> during = new ArrayList<>();
            long deadline = System.currentTimeMillis() + 300_000;
            while (server.backend().indexing() && System.currentTimeMillis() < deadline) {
                JsonNode h = http.get("/health").json();
                if (h.has("articlesDone")) {
                    during.add(h);
                }
                Thread.sleep(20);
            }
            JsonNode after = http.get("/health").json();

            // then
            assertFalse(during.isEmpty(), "no progress seen in /health while indexing");
            JsonNode p = during.get(0);
            assertEquals("indexing", p.get("status").asText());
            assertEquals(600, p.get("articlesTotal").asInt());
            assertTrue(p.get("articlesDone").asInt() > 0 && p.get("articlesDone").asInt() <= 600, p.toString());
            assertTrue(p.get("charsPerSecond").asLong() > 0, p.toString());
            assertTrue(p.has("etaSeconds"), p.toString());
            assertEquals("ready", after.get("status").asText());
            assertFalse(after.has("articlesDone"), after.toString());
            assertEquals(List.of(0, 0, 600), List.of(after.get("lastRun").get("failed").asInt(),
                    after.get("lastRun").get("skipped").asInt(), after.get("lastRun").get("articles").asInt()));

            // and: dates in hits and citations, from/to honoured, a bad date named
            JsonNode hits = http.get("/api/search?q=%E6%96%B0%E9%97%BB&k=10&from=2024-01-05&to=2024-01-06&sort=date").json().get("hits");
            assertEquals(List.of("2024-01-06", "2024-01-05"), List.of(hits.get(0).get("date").asText(), hits.get(1).get("date").asText()));
            assertEquals(2, hits.size());
            var bad = http.get("/api/search?q=%E6%96%B0%E9%97%BB&from=2024-13-01");
            assertEquals(400, bad.status());
            assertTrue(bad.body().contains("from must be an ISO date YYYY-MM-DD, got '2024-13-01'"), bad.body());
            // the item of 2024-01-03 (第3条) holds "…沟子村正式启动，10余名书法爱好者为该村群众" (ArchiveCorpus); so do later ones
            JsonNode chat = http.post("/api/chat", "{\"question\":\"多少名书法爱好者为沟子村群众？\",\"from\":\"2024-01-03\",\"to\":\"2024-01-03\"}").json();
            assertTrue(chat.get("citations").size() > 0, chat.toString());
            for (JsonNode c : chat.get("citations")) {
                assertEquals("2024-01-03", c.get("date").asText(), c.toString());
            }
            assertEquals(400, http.post("/api/chat", "{\"question\":\"新闻\",\"to\":\"yesterday\"}").status());
        }
    }
}
