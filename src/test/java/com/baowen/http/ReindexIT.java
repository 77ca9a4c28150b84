package com.baowen.http;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code POST /api/reindex} while clients keep asking: no request fails, none sees a half-built index. */
class ReindexIT {
    @Test
    void should_keep_answering_every_query_while_reindexing() throws Exception {
        try (TestServer server = TestServer.start("k")) {
            // given
            var http = new HttpTestClient(server.port(), "k");
            String expected = http.post("/api/chat", "{\"question\":\"" + ApiIT.QUESTION + "\"}").json().get("answer").asText();
            int articles = http.get("/health").json().get("articles").asInt();
            AtomicBoolean running = new AtomicBoolean(true);
            AtomicInteger done = new AtomicInteger();
            ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
            List<Thread> clients = List.of(0, 1, 2, 3).stream().map(i -> Thread.ofVirtual().start(() -> {
                while (running.get()) {
                    var chat = http.post("/api/chat", "{\"question\":\"" + ApiIT.QUESTION + "\"}");
                    if (chat.status() != 200 || !chat.json().get("answer").asText().equals(expected)) {
                        failures.add(chat.status() + " " + chat.body());
                    }
                    var list = http.get("/api/articles?limit=1000");
                    if (list.status() != 200 || list.json().get("articles").size() != articles) {
                        failures.add("articles: " + list.status() + " " + list.body().length());
                    }
                    done.incrementAndGet();
                }
            })).toList();

            // when
            var first = http.post("/api/reindex", "");
            var second = http.post("/api/reindex", "");
            String during = http.get("/health").json().get("status").asText();
            long deadline = System.currentTimeMillis() + 60_000;
            while (!http.get("/health").json().get("status").asText().equals("ready") && System.currentTimeMillis() < deadline) {
                Thread.sleep(50);
            }
            assertEquals(202, http.post("/api/reindex", "").status());
            Thread.sleep(500);
            running.set(false);
            for (Thread t : clients) {
                t.join();
            }

            // then
            assertEquals(202, first.status());
            assertTrue(first.json().get("started").asBoolean());
            assertEquals(false, second.json().get("started").asBoolean(), "a second run waits for none: " + second.body());
            assertEquals("indexing", during);
            assertEquals(List.of(), List.copyOf(failures));
            assertTrue(done.get() > 4, "requests during reindex: " + done.get());
        }
    }
}
