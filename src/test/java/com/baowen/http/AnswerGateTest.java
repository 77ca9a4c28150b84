package com.baowen.http;

import org.junit.jupiter.api.Test;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnswerGateTest {
    @Test
    void should_shed_work_beyond_workers_and_queue_with_503_busy_and_admit_again_when_free() throws Exception {
        // given: one worker, one place in the queue, both taken
        AnswerGate gate = new AnswerGate(1, 1);
        CountDownLatch queuedRan = new CountDownLatch(1);
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread first = Thread.ofVirtual().start(() -> gate.run(() -> {
            running.countDown();
            await(release);
            return "first";
        }));
        assertTrue(running.await(5, TimeUnit.SECONDS));
        Thread queued = Thread.ofVirtual().start(() -> gate.run(() -> {
            queuedRan.countDown();
            return "queued";
        }));
        while (queued.getState() != Thread.State.WAITING) {
            Thread.sleep(5); // its work is in the queue, and it waits for the result
        }

        // when
        HttpError e = assertThrows(HttpError.class, () -> gate.run(() -> "third"));
        release.countDown();
        first.join();
        queued.join();

        // then
        assertEquals(503, e.status());
        assertEquals("busy", e.code());
        assertEquals("the server is busy: 1 answers are being computed and 1 are waiting; try again in 1 s", e.getMessage());
        assertTrue(queuedRan.await(5, TimeUnit.SECONDS), "the queued answer ran once a worker was free");
        assertEquals("again", gate.run(() -> "again"));
        gate.close();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
