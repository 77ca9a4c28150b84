package com.baowen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A stand-in for an OpenAI-compatible model server (no real model can be reached from the tests):
 * HTTP/1.1 on a free local port, answering {@code POST /v1/chat/completions} with {@code stream: true}
 * as OpenAI does — {@code chat.completion.chunk} events, one per token, then {@code data: [DONE]} — with
 * the tokens of the current {@link Script}. Written on a plain socket so that a script can break the
 * stream off mid-way (the connection closes without the chunked body's end) and so that a client that
 * stops reading is noticed. Thread-safe.
 */
public final class LlmStub implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * What the stub does with the next requests.
     *
     * @param status    200, or an error status answered at once with a JSON error body
     * @param tokens    the pieces of the reply, one chunk each
     * @param gap       pause before each token (and before breaking off)
     * @param breakAfter after this many tokens the connection is dropped (-1: never)
     * @param holdAfter after this many tokens the stub waits for {@link #release()} (at most {@link #HOLD}) (-1: never)
     */
    public record Script(int status, List<String> tokens, Duration gap, int breakAfter, int holdAfter) {
        public static Script tokens(String... tokens) {
            return new Script(200, List.of(tokens), Duration.ZERO, -1, -1);
        }

        public static Script failing(int status) {
            return new Script(status, List.of(), Duration.ZERO, -1, -1);
        }

        public Script breakingAfter(int n) {
            return new Script(status, tokens, gap, n, holdAfter);
        }

        public Script holdingAfter(int n) {
            return new Script(status, tokens, gap, breakAfter, n);
        }

        public Script slow(Duration gap) {
            return new Script(status, tokens, gap, breakAfter, holdAfter);
        }
    }

    /**
     * Longest a held reply waits for {@link #release()}: long enough that a machine busy with other
     * builds does not pass for a reply that never streamed (one CI run saw a held reply wait out 20 s).
     */
    public static final Duration HOLD = Duration.ofSeconds(60);

    private final ServerSocket socket;
    private final AtomicReference<Script> script = new AtomicReference<>(Script.tokens("好[1]。"));
    private final List<JsonNode> requests = new CopyOnWriteArrayList<>();
    private final List<List<String>> heads = new CopyOnWriteArrayList<>();
    private volatile CountDownLatch release = new CountDownLatch(1);
    private volatile CountDownLatch clientLeft = new CountDownLatch(1);
    private volatile boolean released;

    private LlmStub(ServerSocket socket) {
        this.socket = socket;
        Thread.ofVirtual().name("llm-stub-accept").start(this::accept);
    }

    public static LlmStub start() {
        try {
            return new LlmStub(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()));
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the LLM stub", e);
        }
    }

    /** The base URL to configure, e.g. {@code http://127.0.0.1:41234/v1}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + socket.getLocalPort() + "/v1";
    }

    /** Sets what the next requests get; resets {@link #release()} and {@link #clientLeft()}. */
    public void script(Script next) {
        release = new CountDownLatch(1);
        clientLeft = new CountDownLatch(1);
        released = false;
        script.set(next);
    }

    /** Lets a held reply go on. */
    public void release() {
        release.countDown();
    }

    /** True when the last held reply went on because of {@link #release()}, not because the wait ran out. */
    public boolean wasReleased() {
        return released;
    }

    /** Counted down when writing to a client failed: it closed the connection. */
    public CountDownLatch clientLeft() {
        return clientLeft;
    }

    /** The JSON bodies received, oldest first. */
    public List<JsonNode> requests() {
        return requests;
    }

    /** The request line and header lines of each request received, oldest first. */
    public List<List<String>> heads() {
        return heads;
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing a server socket that failed to close: nothing left to free
        }
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                Thread.ofVirtual().name("llm-stub-conn").start(() -> serve(client));
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void serve(Socket client) {
        Script s = script.get();
        CountDownLatch left = clientLeft;
        CountDownLatch go = release;
        try (client) {
            InputStream in = new BufferedInputStream(client.getInputStream());
            List<String> head = new ArrayList<>();
            requests.add(JSON.readTree(readRequestBody(in, head)));
            heads.add(List.copyOf(head));
            OutputStream out = client.getOutputStream();
            if (s.status() != 200) {
                byte[] body = "{\"error\":{\"message\":\"stub failure\",\"type\":\"server_error\"}}".getBytes(StandardCharsets.UTF_8);
                out.write(("HTTP/1.1 " + s.status() + " Error\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                        + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(body);
                out.flush();
                return;
            }
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            chunk(out, event(Map.of("role", "assistant", "content", ""), null));
            for (int i = 0; i < s.tokens().size(); i++) {
                if (!s.gap().isZero()) {
                    Thread.sleep(s.gap().toMillis());
                }
                if (i == s.breakAfter()) {
                    return; // the connection closes without the last chunk: the stream breaks off
                }
                if (i == s.holdAfter()) {
                    released = go.await(HOLD.toMillis(), TimeUnit.MILLISECONDS);
                }
                chunk(out, event(Map.of("content", s.tokens().get(i)), null));
            }
            chunk(out, event(Map.of(), "stop"));
            chunk(out, "data: [DONE]\n\n");
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
        } catch (IOException e) {
            left.countDown();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String event(Map<String, Object> delta, String finish) throws IOException {
        Map<String, Object> choice = new LinkedHashMap<>();
        choice.put("index", 0);
        choice.put("delta", delta);
        choice.put("finish_reason", finish);
        Map<String, Object> chunk = new LinkedHashMap<>();
        chunk.put("id", "chatcmpl-stub");
        chunk.put("object", "chat.completion.chunk");
        chunk.put("created", 1_763_900_000);
        chunk.put("model", "stub-model");
        chunk.put("choices", List.of(choice));
        return "data: " + JSON.writeValueAsString(chunk) + "\n\n";
    }

    private static void chunk(OutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.write((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(bytes);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** Reads the request line and headers (into {@code head}), then the body (by Content-Length, or chunked). */
    private static byte[] readRequestBody(InputStream in, List<String> head) throws IOException {
        int length = -1;
        boolean chunked = false;
        for (String line; !(line = readLine(in)).isEmpty(); ) {
            head.add(line);
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Integer.parseInt(line.substring(15).trim());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            }
        }
        if (!chunked) {
            return in.readNBytes(Math.max(length, 0));
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int size; (size = Integer.parseInt(readLine(in).split(";")[0].trim(), 16)) > 0; ) {
            body.write(in.readNBytes(size));
            readLine(in);
        }
        readLine(in);
        return body.toByteArray();
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b; (b = in.read()) != '\n'; ) {
            if (b < 0) {
                throw new IOException("the request ended early");
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }
}
