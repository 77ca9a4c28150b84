package com.baowen.http;

import com.baowen.answer.Answer;
import com.baowen.answer.AnswerListener;
import com.baowen.answer.Answerer;
import com.baowen.answer.Citation;
import com.baowen.answer.StreamingAnswerer;
import com.baowen.answer.Turn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Streams one answer to a client: the answer is written on an {@link AnswerGate} worker (a
 * {@link StreamingAnswerer} passes the model's text on as it arrives; any other answerer gives its
 * answer whole) and its events are handed to the request thread, which writes them to a {@link Sink}.
 * <ol>
 *   <li>the work is queued on the gate (503 {@code busy} when full, still a plain JSON error);</li>
 *   <li>events are written as they come; after {@link #HEARTBEAT} without one the sink writes a comment,
 *       which keeps proxies from closing the connection and shows whether the client is still there;</li>
 *   <li>a failure before anything was written is thrown (a JSON error); after, the sink reports it in the stream;</li>
 *   <li>when the client leaves (a write fails), the worker is interrupted, which stops the model's
 *       stream and frees the gate at once.</li>
 * </ol>
 */
final class AnswerRelay {
    static final Duration HEARTBEAT = Duration.ofSeconds(2);
    private static final Logger LOG = LoggerFactory.getLogger(AnswerRelay.class);

    /** Where the events go, written on the request thread; a method throws {@link IOException} when the client left. */
    interface Sink {
        void citations(boolean noAnswer, List<Citation> citations) throws IOException;

        void delta(String text) throws IOException;

        void done(Answer answer, boolean rewritten) throws IOException;

        /** The answer failed after the stream was opened. */
        void failed(RuntimeException e) throws IOException;

        /** Nothing new for a while. */
        void idle() throws IOException;

        /** True once the response is committed (a failure can no longer be a status code). */
        boolean opened();
    }

    private sealed interface Event {
    }

    private record Citations(boolean noAnswer, List<Citation> citations) implements Event {
    }

    private record Delta(String text) implements Event {
    }

    private record Done(Answer answer, boolean rewritten) implements Event {
    }

    private record Failed(RuntimeException error) implements Event {
    }

    private AnswerRelay() {
    }

    /** Answers {@code question} through {@code gate} into {@code sink}; returns when the answer is done, failed, or the client left. */
    static void relay(AnswerGate gate, Answerer answerer, String question, List<Turn> history, int topK, Sink sink) {
        BlockingQueue<Event> events = new LinkedBlockingQueue<>();
        AnswerListener listener = new AnswerListener() {
            @Override
            public void citations(boolean noAnswer, List<Citation> citations) {
                events.add(new Citations(noAnswer, citations));
            }

            @Override
            public void delta(String text) {
                events.add(new Delta(text));
            }

            @Override
            public void done(Answer answer, boolean rewritten) {
                events.add(new Done(answer, rewritten));
            }
        };
        Future<?> work = gate.submit(() -> {
            try {
                if (answerer instanceof StreamingAnswerer streaming) {
                    streaming.stream(question, history, topK, listener);
                } else {
                    Answer answer = answerer.answer(question, history, topK);
                    listener.citations(answer.noAnswer(), answer.citations());
                    listener.done(answer, false);
                }
            } catch (RuntimeException e) {
                events.add(new Failed(e));
            }
            return null;
        });
        try {
            pump(events, work, sink);
        } catch (IOException e) {
            LOG.debug("client left the answer stream: {}", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            work.cancel(true); // frees the worker when the client left; nothing when the answer is done
        }
    }

    private static void pump(BlockingQueue<Event> events, Future<?> work, Sink sink) throws IOException, InterruptedException {
        while (true) {
            Event event = events.poll(HEARTBEAT.toMillis(), TimeUnit.MILLISECONDS);
            try {
                switch (event) {
                    case null -> {
                        if (work.isDone() && events.isEmpty()) {
                            throw new IllegalStateException("the answer ended without a result");
                        }
                        sink.idle();
                    }
                    case Citations c -> sink.citations(c.noAnswer(), c.citations());
                    case Delta d -> sink.delta(d.text());
                    case Done d -> {
                        sink.done(d.answer(), d.rewritten());
                        return;
                    }
                    case Failed f -> throw f.error();
                }
            } catch (RuntimeException e) {
                if (!sink.opened()) {
                    throw e;
                }
                sink.failed(e);
                return;
            }
        }
    }
}
