package com.baowen.answer;

import com.baowen.BaowenException;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModelStreamTest {
    @Test
    void should_pass_a_piece_on_before_the_reply_ends_when_the_client_reads_the_reply_on_the_asking_thread() throws Exception {
        // given: a model whose client reads the whole reply inside chat(), as LangChain4j's JDK client does when the
        // reply's head has arrived before its reading callback is attached; its second piece waits until the
        // first has been read (LlmStreamIT's held reply, which hung in CI while chat() ran on the answering thread)
        CountDownLatch firstRead = new CountDownLatch(1);
        StreamingChatModel model = new StreamingChatModel() {
            @Override
            public void doChat(ChatRequest request, StreamingChatResponseHandler handler) {
                handler.onPartialResponse("已连续坚持了");
                try {
                    firstRead.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                handler.onPartialResponse("8年");
                handler.onCompleteResponse(ChatResponse.builder().aiMessage(AiMessage.from("已连续坚持了8年")).build());
            }
        };

        // when: the stream is asked for and its first piece read
        ModelStream stream = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> ModelStream.start(model, List.of(UserMessage.from("坚持了几年？")), Duration.ofSeconds(5)),
                "start returns while the model is still replying");
        String first = stream.next();
        firstRead.countDown();

        // then
        assertEquals("已连续坚持了", first);
        assertEquals("8年", stream.next());
        assertNull(stream.next());
    }

    @Test
    void should_end_the_stream_with_the_error_when_the_model_cannot_be_asked() {
        // given: a model whose request fails before anything is sent
        StreamingChatModel model = new StreamingChatModel() {
            @Override
            public void doChat(ChatRequest request, StreamingChatResponseHandler handler) {
                throw new IllegalStateException("no route to the model server");
            }
        };

        // when
        ModelStream stream = ModelStream.start(model, List.of(UserMessage.from("坚持了几年？")), Duration.ofSeconds(5));

        // then
        BaowenException e = assertThrows(BaowenException.class, stream::next);
        assertTrue(e.getMessage().contains("no route to the model server"), e.getMessage());
    }
}
