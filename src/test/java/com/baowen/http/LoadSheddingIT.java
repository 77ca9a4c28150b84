package com.baowen.http;

import com.baowen.SeedEngine;
import com.baowen.answer.Answer;
import com.baowen.answer.Answerer;
import com.baowen.answer.ExtractiveAnswerer;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Answer work beyond the workers and the queue is shed at once with 503 busy and Retry-After. */
class LoadSheddingIT {
    @Test
    void should_shed_a_question_beyond_the_queue_with_503_busy_and_retry_after() throws Exception {
        // given: one worker, no queue, and a first answer held until the test lets it go
        var engine = SeedEngine.shared();
        Answerer real = new ExtractiveAnswerer(engine.retriever());
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Answerer held = (question, history, topK) -> {
            if (entered.getCount() > 0) {
                entered.countDown();
                awaitQuietly(release);
            }
            return real.answer(question, history, topK);
        };
        ServingBackend backend = new ServingBackend();
        backend.ready(engine.retriever(), held, () -> IndexStatus.of(engine.status()), () -> { });
        try (ApiServer server = ApiServer.start(new ServerOptions("127.0.0.1", 0, null, null, null).withAnswerLimits(1, 0), backend)) {
            var http = new HttpTestClient(server.port());
            CompletableFuture<HttpTestClient.Reply> first = CompletableFuture.supplyAsync(
                    () -> http.post("/api/chat", "{\"question\":\"" + ApiIT.QUESTION + "\"}"));
            assertTrue(entered.await(30, TimeUnit.SECONDS));

            // when
            var shed = http.post("/api/chat", "{\"question\":\"" + ApiIT.QUESTION + "\"}");
            var shedSearch = http.post("/api/search", "{\"q\":\"腊八粥\"}");
            release.countDown();
            var admitted = first.get(60, TimeUnit.SECONDS);

            // then
            assertEquals(503, shed.status(), shed.body());
            assertEquals("busy", shed.errorCode());
            assertEquals("1", shed.header("Retry-After"));
            assertEquals("the server is busy: 1 answers are being computed and 0 are waiting; try again in 1 s", shed.errorMessage());
            assertEquals(503, shedSearch.status());
            assertEquals(200, admitted.status(), admitted.body());
            // the worker frees its place just after the first reply is written, so a question sent at once may
            // still find it taken: ask again as a client honouring Retry-After would, sooner
            var again = http.post("/api/chat", "{\"question\":\"" + ApiIT.QUESTION + "\"}");
            for (int i = 0; i < 50 && again.status() == 503; i++) {
                Thread.sleep(100);
                again = http.post("/api/chat", "{\"question\":\"" + ApiIT.QUESTION + "\"}");
            }
            assertEquals(200, again.status(), "admitted again once free: " + again.body());
        } finally {
            backend.close();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
