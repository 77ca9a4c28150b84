package com.baowen.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.http.StreamResponse;
import com.openai.errors.BadRequestException;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.chat.completions.ChatCompletionStreamOptions;
import com.openai.models.models.Model;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code /v1/*} driven by the official OpenAI Java SDK as a real client. */
class OpenAiIT {
    static TestServer server;
    static OpenAIClient client;
    static HttpTestClient http;

    @BeforeAll
    static void start() {
        server = TestServer.start("test-key");
        http = new HttpTestClient(server.port(), "test-key");
        client = OpenAIOkHttpClient.builder().baseUrl(http.base() + "/v1").apiKey("test-key").maxRetries(0).build();
    }

    @AfterAll
    static void stop() {
        client.close();
        server.close();
    }

    static ChatCompletionCreateParams question(String q) {
        return ChatCompletionCreateParams.builder().model("baowen")
                .addSystemMessage("你是报问。")
                .addUserMessage("你好")
                .addAssistantMessage("你好！请问。")
                .addUserMessage(q)
                .build();
    }

    @Test
    void should_report_usage_counted_with_the_model_tokenizer() {
        // when
        ChatCompletion completion = client.chat().completions().create(question(ApiIT.QUESTION)).validate();

        // then: bge's tokenizer makes one token of each Chinese character and full-width mark; the
        // system message is not part of the question, so it is not counted
        var usage = completion.usage().orElseThrow();
        assertEquals(16 + 2 + 6, usage.promptTokens(), "太谷区总工会送腊八粥坚持了几年？ + 你好 + 你好！请问。");
        String content = completion.choices().get(0).message().content().orElseThrow();
        try (var tokens = com.baowen.embed.TokenCounter.open(java.nio.file.Path.of(System.getProperty("baowen.models", "models"))
                .resolve(com.baowen.config.Config.DEFAULT_MODEL))) {
            assertEquals(tokens.count(content), usage.completionTokens());
        }
        assertTrue(usage.completionTokens() > 10, usage.toString());
        assertEquals(usage.promptTokens() + usage.completionTokens(), usage.totalTokens());
    }

    @Test
    void should_answer_with_numbered_sources_and_a_citations_array() {
        // when
        ChatCompletion completion = client.chat().completions().create(question(ApiIT.QUESTION)).validate();

        // then
        String content = completion.choices().get(0).message().content().orElseThrow();
        assertTrue(content.contains("8年"), content);
        assertTrue(content.contains("\n[1] "), content);
        assertEquals("baowen", completion.model());
        assertEquals(ChatCompletion.Choice.FinishReason.STOP, completion.choices().get(0).finishReason());
        JsonNode plain = http.post("/api/chat", "{\"question\":\"" + ApiIT.QUESTION + "\"}").json();
        List<?> citations = completion._additionalProperties().get("citations").convert(List.class);
        assertEquals(plain.get("citations").size(), citations.size());
        StringBuilder expected = new StringBuilder(plain.get("answer").asText()).append("\n\n");
        for (JsonNode c : plain.get("citations")) {
            expected.append("\n[").append(c.get("n").asInt()).append("] ").append(c.get("title").asText())
                    .append(" — ").append(c.get("source").asText()).append("：「").append(c.get("snippet").asText()).append("」");
        }
        assertEquals(expected.toString(), content);
    }

    @Test
    void should_stream_chunks_whose_content_equals_the_plain_answer() {
        // given
        String plain = client.chat().completions().create(question(ApiIT.QUESTION)).choices().get(0).message().content().orElseThrow();

        // when
        StringBuilder streamed = new StringBuilder();
        List<ChatCompletionChunk> chunks = new ArrayList<>();
        try (StreamResponse<ChatCompletionChunk> stream = client.chat().completions().createStreaming(question(ApiIT.QUESTION))) {
            stream.stream().forEach(chunk -> {
                chunks.add(chunk);
                chunk.choices().forEach(c -> c.delta().content().ifPresent(streamed::append));
            });
        }

        // then
        assertEquals(plain, streamed.toString());
        assertTrue(chunks.size() >= 3, "chunks: " + chunks.size());
        ChatCompletionChunk last = chunks.get(chunks.size() - 1);
        assertEquals(ChatCompletionChunk.Choice.FinishReason.STOP, last.choices().get(0).finishReason().orElseThrow());
        assertTrue(last._additionalProperties().containsKey("citations"));
    }

    @Test
    void should_end_a_stream_with_usage_when_the_client_asks_for_it() {
        // given
        ChatCompletionCreateParams params = question(ApiIT.QUESTION).toBuilder()
                .streamOptions(ChatCompletionStreamOptions.builder().includeUsage(true).build()).build();

        // when
        List<ChatCompletionChunk> chunks = new ArrayList<>();
        try (StreamResponse<ChatCompletionChunk> stream = client.chat().completions().createStreaming(params)) {
            stream.stream().forEach(chunks::add);
        }

        // then: as OpenAI does, one last chunk without choices carries the usage
        ChatCompletionChunk last = chunks.get(chunks.size() - 1);
        assertTrue(last.choices().isEmpty(), last.toString());
        var usage = last.usage().orElseThrow();
        assertEquals(16 + 2 + 6, usage.promptTokens(), "太谷区总工会送腊八粥坚持了几年？ + 你好 + 你好！请问。");
        String content = chunks.stream().flatMap(c -> c.choices().stream()).map(c -> c.delta().content().orElse(""))
                .collect(java.util.stream.Collectors.joining());
        try (var tokens = com.baowen.embed.TokenCounter.open(java.nio.file.Path.of(System.getProperty("baowen.models", "models"))
                .resolve(com.baowen.config.Config.DEFAULT_MODEL))) {
            assertEquals(tokens.count(content), usage.completionTokens());
        }
        assertTrue(chunks.subList(0, chunks.size() - 1).stream().allMatch(c -> c.usage().isEmpty()));
    }

    @Test
    void should_reject_stream_options_that_are_not_an_object() {
        assertEquals("stream_options must be an object such as {\"include_usage\":true}, got true",
                http.post("/v1/chat/completions", "{\"stream\":true,\"stream_options\":true,\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]}")
                        .errorMessage());
    }

    @Test
    void should_end_the_raw_stream_with_done() {
        var reply = http.post("/v1/chat/completions",
                "{\"model\":\"baowen\",\"stream\":true,\"messages\":[{\"role\":\"user\",\"content\":\"腊八粥\"}]}");

        assertEquals(200, reply.status());
        var events = SseEvents.parse(reply.body()).events();
        assertEquals("[DONE]", events.get(events.size() - 1).data());
        assertTrue(events.get(0).data().contains("\"object\":\"chat.completion.chunk\""), events.get(0).data());
    }

    @Test
    void should_list_the_model_through_the_sdk() {
        List<Model> models = client.models().list().data();

        assertEquals("baowen", models.get(0).id());
    }

    @Test
    void should_answer_400_when_the_last_message_is_not_from_the_user() {
        var params = ChatCompletionCreateParams.builder().model("baowen").addAssistantMessage("你好").build();

        var e = assertThrows(BadRequestException.class, () -> client.chat().completions().create(params));

        assertTrue(e.getMessage().contains("the last message must be from the user"), e.getMessage());
    }

    @Test
    void should_reject_bad_openai_bodies_naming_the_problem() {
        assertEquals("messages must be a non-empty array of {\"role\",\"content\"}, got nothing",
                http.post("/v1/chat/completions", "{\"model\":\"baowen\"}").errorMessage());
        assertEquals("messages[0].role must be system, user or assistant, got \"robot\"",
                http.post("/v1/chat/completions", "{\"messages\":[{\"role\":\"robot\",\"content\":\"x\"}]}").errorMessage());
        assertEquals("the last user message must be at most 2000 characters, got 2001",
                http.post("/v1/chat/completions", "{\"messages\":[{\"role\":\"user\",\"content\":\"" + "字".repeat(2001) + "\"}]}").errorMessage());
        assertEquals(400, http.post("/v1/chat/completions", "").status());
    }
}
