package com.baowen.http;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * Load shedding for answer work: at most {@code workers} answers are computed at once and at most
 * {@code queue} more wait for a turn; a request beyond that is refused at once with 503 {@code busy} and
 * {@code Retry-After}, so the admitted ones keep a short tail latency instead of every request
 * waiting seconds. Thread-safe.
 */
final class AnswerGate {
    /** Seconds a shed client is asked to wait. */
    static final int RETRY_AFTER_SECONDS = 1;

    private final int workers;
    private final int queue;
    private final Semaphore admitted;
    private final Semaphore running;

    /**
     * @param workers answers computed at once, 1..256 (checked by {@link ServerOptions})
     * @param queue   answers waiting for a worker, 0..4096
     */
    AnswerGate(int workers, int queue) {
        this.workers = workers;
        this.queue = queue;
        this.admitted = new Semaphore(workers + queue);
        this.running = new Semaphore(workers, true); // first come, first served
    }

    /** Runs {@code work} when a worker is free; throws 503 {@code busy} at once when the queue is full. */
    <T> T run(Supplier<T> work) {
        if (!admitted.tryAcquire()) {
            throw busy();
        }
        try {
            running.acquire();
        } catch (InterruptedException e) {
            admitted.release();
            Thread.currentThread().interrupt();
            throw new HttpError(503, "busy", "the server is shutting down; try again later");
        }
        try {
            return work.get();
        } finally {
            running.release();
            admitted.release();
        }
    }

    private HttpError busy() {
        return new HttpError(503, "busy", "the server is busy: " + workers + " answers are being computed and "
                + queue + " are waiting; try again in " + RETRY_AFTER_SECONDS + " s");
    }

    int workers() {
        return workers;
    }

    int queue() {
        return queue;
    }
}
