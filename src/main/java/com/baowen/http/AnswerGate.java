package com.baowen.http;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Load shedding for answer work: {@code workers} platform threads compute answers and at most
 * {@code queue} more wait for one; a request beyond that is refused at once with 503 {@code busy} and
 * {@code Retry-After}, so admitted ones keep a short tail latency instead of every request waiting
 * seconds. Thread-safe.
 *
 * <p>The work runs on platform threads, not on the request's virtual thread: ONNX inference is a
 * native call that pins its carrier, and with every carrier pinned no request could even be read to
 * be refused.
 */
final class AnswerGate implements AutoCloseable {
    /** Seconds a shed client is asked to wait. */
    static final int RETRY_AFTER_SECONDS = 1;

    private final int workers;
    private final int queue;
    private final ThreadPoolExecutor pool;

    /**
     * @param workers answers computed at once, 1..256 (checked by {@link ServerOptions})
     * @param queue   answers waiting for a worker, 0..4096
     */
    AnswerGate(int workers, int queue) {
        this.workers = workers;
        this.queue = queue;
        BlockingQueue<Runnable> waiting = queue == 0 ? new SynchronousQueue<>() : new ArrayBlockingQueue<>(queue);
        AtomicInteger n = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(workers, workers, 0, TimeUnit.SECONDS, waiting, r -> {
            Thread t = new Thread(r, "baowen-answer-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        }, new ThreadPoolExecutor.AbortPolicy());
        pool.prestartAllCoreThreads(); // a SynchronousQueue hands work only to a waiting thread
    }

    /** Runs {@code work} on a worker when one is free; throws 503 {@code busy} at once when the queue is full. */
    <T> T run(Supplier<T> work) {
        Future<T> result = submit(work);
        try {
            return result.get();
        } catch (InterruptedException e) {
            result.cancel(true);
            Thread.currentThread().interrupt();
            throw new HttpError(503, "busy", "the server is shutting down; try again later");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * Queues {@code work} for a worker and returns at once; throws 503 {@code busy} when the queue is full.
     * The worker is held until the work returns: {@code cancel(true)} interrupts it (e.g. when the client left).
     */
    <T> Future<T> submit(Supplier<T> work) {
        try {
            return pool.submit(work::get);
        } catch (RejectedExecutionException e) {
            throw busy();
        }
    }

    private HttpError busy() {
        return new HttpError(503, "busy", "the server is busy: " + workers + " answers are being computed and "
                + queue + " are waiting; try again in " + RETRY_AFTER_SECONDS + " s");
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
