package com.baowen.http;

import com.baowen.BaowenException;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ServingBackendTest {
    static final IndexStatus READY = new IndexStatus(IndexStatus.READY, 5, 5, 57, 310, 4096);

    @Test
    void should_be_empty_and_indexing_until_ready() {
        try (ServingBackend backend = new ServingBackend()) {
            assertTrue(backend.retriever().isEmpty());
            assertTrue(backend.answerer().isEmpty());
            assertEquals(IndexStatus.starting(), backend.status());
            assertFalse(backend.reindex(), "nothing to index before the engine is ready");
        }
    }

    @Test
    void should_run_one_indexing_at_a_time_and_say_indexing_meanwhile() throws Exception {
        try (ServingBackend backend = new ServingBackend()) {
            // given
            CountDownLatch release = new CountDownLatch(1);
            AtomicInteger runs = new AtomicInteger();
            backend.ready(null, null, () -> READY, () -> {
                runs.incrementAndGet();
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });

            // when
            boolean first = backend.reindex();
            boolean second = backend.reindex();
            String during = backend.status().status();
            release.countDown();
            while (backend.indexing()) {
                Thread.sleep(5);
            }

            // then
            assertTrue(first);
            assertFalse(second);
            assertEquals("indexing", during);
            assertEquals(READY, backend.status());
            assertEquals(1, runs.get());
        }
    }

    @Test
    void should_report_the_last_good_status_when_measuring_fails() {
        try (ServingBackend backend = new ServingBackend()) {
            AtomicInteger calls = new AtomicInteger();
            backend.ready(null, null, () -> {
                if (calls.incrementAndGet() > 1) {
                    throw new BaowenException("cannot measure index data/index: _0.cfs");
                }
                return READY;
            }, () -> { });

            assertEquals(READY, backend.status());
            assertEquals(READY, backend.status());
        }
    }

    @Test
    void should_keep_serving_after_an_indexing_run_fails() throws Exception {
        try (ServingBackend backend = new ServingBackend()) {
            backend.ready(null, null, () -> READY, () -> {
                throw new BaowenException("corpus folder seeds does not exist");
            });

            assertTrue(backend.reindex());
            while (backend.indexing()) {
                Thread.sleep(5);
            }

            assertTrue(backend.reindex(), "a failed run must not block the next one");
        }
    }
}
