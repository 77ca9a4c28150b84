package com.baowen.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Test client for the documents API: multipart uploads written by hand, so any file name can be sent. */
final class Multipart {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final String BOUNDARY = "----baowen-test-boundary-7f3a";

    record Reply(int status, JsonNode json) {
        String errorMessage() {
            return json.path("error").path("message").asText();
        }
    }

    private final int port;
    private final Map<String, String> headers = new LinkedHashMap<>();

    Multipart(int port) {
        this.port = port;
    }

    Multipart header(String name, String value) {
        Multipart m = new Multipart(port);
        m.headers.putAll(headers);
        m.headers.put(name, value);
        return m;
    }

    /** POSTs these files (name → bytes) as parts named "file". */
    Reply upload(String path, Map<String, byte[]> files) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try {
            for (var f : files.entrySet()) {
                body.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + f.getKey()
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                body.write(f.getValue());
                body.write("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            body.write(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Expect: 100-continue lets the server refuse an over-limit body before it is sent, as HTTP intends
        return send(request(path).expectContinue(true).header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    Reply get(String path) {
        return send(request(path).GET());
    }

    Reply delete(String path) {
        return send(request(path).DELETE());
    }

    /** Polls a job until it is done (at most two minutes) and returns its report. */
    JsonNode await(String job) throws InterruptedException {
        for (int i = 0; i < 1200; i++) {
            Reply r = get("/api/jobs/" + job);
            if (r.status() == 200 && r.json().get("status").asText().equals("done")) {
                return r.json();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("job " + job + " did not finish: " + get("/api/jobs/" + job).json());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        headers.forEach(b::header);
        return b;
    }

    private static Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.body().isEmpty() ? MAPPER.nullNode() : MAPPER.readTree(r.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
