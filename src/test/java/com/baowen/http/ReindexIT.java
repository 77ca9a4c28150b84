package com.baowen.http;

import com.baowen.Engine;
import com.baowen.SeedEngine;
import com.baowen.index.IndexProgress;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code POST /api/reindex} while clients keep asking: a new page is added to the corpus and
 * re-indexed; no request fails and every listing sees the old or the new index, never a mix.
 */
class ReindexIT {
    static final String FIRST_PAGE = "000_232fd453f4f86065.txt";
    static final String NEW_PAGE = "002_349b83f5d47ec507.txt";

    @Test
    void should_keep_answering_every_query_while_reindexing() throws Exception {
        // given: one seed page indexed
        Path corpus = SeedEngine.tempDir("baowen-reindex-corpus");
        Files.copy(SeedEngine.seeds().resolve(FIRST_PAGE), corpus.resolve(FIRST_PAGE));
        try (Engine engine = SeedEngine.open(corpus, SeedEngine.tempDir("baowen-reindex-index"));
             TestServer server = TestServer.start(engine, new ServerOptions("127.0.0.1", 0, "k", null, null))) {
            engine.index(IndexProgress.NONE);
            var http = new HttpTestClient(server.port(), "k");
            String question = "{\"question\":\"" + ApiIT.QUESTION + "\"}";
            // the best cited sentence: sentences that join it may change as new articles become candidates
            String expected = http.post("/api/chat", question).json().get("citations").get(0).get("snippet").asText();
            int before = http.get("/health").json().get("articles").asInt();
            AtomicBoolean running = new AtomicBoolean(true);
            AtomicInteger requests = new AtomicInteger();
            ConcurrentLinkedQueue<Integer> counts = new ConcurrentLinkedQueue<>();
            ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
            List<Thread> clients = List.of(0, 1, 2, 3).stream().map(i -> Thread.ofVirtual().start(() -> {
                while (running.get()) {
                    var chat = http.post("/api/chat", question);
                    if (chat.status() != 200 || !chat.json().get("citations").get(0).get("snippet").asText().equals(expected)) {
                        failures.add(chat.status() + " " + chat.body());
                    }
                    var list = http.get("/api/articles?limit=1000");
                    if (list.status() != 200) {
                        failures.add("articles: " + list.status() + " " + list.body());
                    } else {
                        counts.add(list.json().get("articles").size());
                    }
                    requests.incrementAndGet();
                }
            })).toList();

            // when: a second page arrives and the corpus is re-read
            Files.copy(SeedEngine.seeds().resolve(NEW_PAGE), corpus.resolve(NEW_PAGE));
            var first = http.post("/api/reindex", "");
            var second = http.post("/api/reindex", "");
            String during = http.get("/health").json().get("status").asText();
            long deadline = System.currentTimeMillis() + 120_000;
            while (server.backend().indexing() && System.currentTimeMillis() < deadline) {
                Thread.sleep(50);
            }
            Thread.sleep(300);
            running.set(false);
            for (Thread t : clients) {
                t.join();
            }

            // then
            int after = http.get("/health").json().get("articles").asInt();
            assertTrue(after > before, before + " -> " + after);
            assertEquals(202, first.status(), first.body());
            assertTrue(first.json().get("started").asBoolean());
            assertEquals(false, second.json().get("started").asBoolean(), second.body());
            assertEquals("indexing", during);
            assertEquals("ready", http.get("/health").json().get("status").asText());
            assertEquals(List.of(), List.copyOf(failures));
            assertEquals(Set.of(), Set.copyOf(counts.stream().filter(c -> c != before && c != after).toList()),
                    "listings must show the old (" + before + ") or the new (" + after + ") index");
            assertTrue(requests.get() > 4, "requests during reindex: " + requests.get());
        }
    }
}
