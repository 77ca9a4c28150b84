package com.baowen.answer;

import com.baowen.BaowenException;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.chat.response.StreamingHandle;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One streamed reply of a language model, read as a blocking sequence of text pieces by the answering
 * thread while LangChain4j's HTTP client delivers them on its own. Thread-safe: one reader, the
 * client's callbacks.
 */
final class ModelStream implements StreamingChatResponseHandler {
    /** Marks the end of the reply in {@link #items}. */
    private static final Object END = new Object();

    private final BlockingQueue<Object> items = new LinkedBlockingQueue<>();
    private final Duration silence;
    private volatile StreamingHandle handle;
    private volatile boolean cancelled;

    private ModelStream(Duration silence) {
        this.silence = silence;
    }

    /**
     * Sends the request from a thread of its own and returns at once; the reply streams in the background.
     *
     * @param silence how long the model may send nothing before it counts as failed
     */
    static ModelStream start(StreamingChatModel model, List<ChatMessage> messages, Duration silence) {
        ModelStream stream = new ModelStream(silence);
        // LangChain4j's JDK client reads the reply in a callback attached to the response's head; when the head is
        // already there as the callback is attached (a fast model server, a busy machine), the callback runs on the
        // calling thread and chat() returns only when the reply is over, so nothing was passed on before its end.
        // Asked from a thread of its own, the reply is read apart from the thread that passes it on.
        Thread.ofPlatform().daemon().name("baowen-llm-reply").start(() -> {
            try {
                model.chat(messages, stream);
            } catch (RuntimeException e) {
                stream.onError(e);
            }
        });
        return stream;
    }

    /**
     * The next piece of the reply, or {@code null} at its end; waits for it.
     *
     * @throws BaowenException      when the model failed or stayed silent too long
     * @throws InterruptedException when the reader is interrupted (the stream is then cancelled)
     */
    String next() throws InterruptedException {
        Object item;
        try {
            item = items.poll(silence.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            cancel();
            throw e;
        }
        if (item == null) {
            cancel();
            throw new BaowenException("the language model sent nothing for " + silence.toMillis() + " ms");
        }
        if (item == END) {
            return null;
        }
        if (item instanceof Throwable t) {
            throw new BaowenException("the language model's stream failed: " + t.getMessage(), t);
        }
        return (String) item;
    }

    /** Stops the reply: the client stops reading it as soon as the next piece arrives (LangChain4j cancels only from a callback). */
    void cancel() {
        cancelled = true;
        StreamingHandle h = handle;
        if (h != null) {
            h.cancel();
        }
    }

    @Override
    public void onPartialResponse(PartialResponse response, PartialResponseContext context) {
        handle = context.streamingHandle();
        if (cancelled) {
            handle.cancel();
        } else if (response.text() != null && !response.text().isEmpty()) {
            items.add(response.text());
        }
    }

    @Override
    public void onPartialResponse(String text) {
        if (!cancelled && text != null && !text.isEmpty()) {
            items.add(text);
        }
    }

    @Override
    public void onCompleteResponse(ChatResponse response) {
        items.add(END);
    }

    @Override
    public void onError(Throwable error) {
        items.add(error);
    }
}
