package com.baowen.http;

import com.baowen.LlmStub;
import com.baowen.SeedEngine;
import com.baowen.answer.Answerers;
import com.baowen.answer.LanguageModel;
import com.baowen.config.LlmConfig;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Stream;

/**
 * How often a streamed answer holds its first tokens back (a measurement, not a test): {@link LlmStreamIT}'s held
 * reply asked N times of a server on the seed pages, its model {@link LlmStub} holding its last tokens until the
 * client has seen the first delta (at most {@link LlmStub#HOLD}). A request whose first delta came only when the
 * hold ran out is counted. Before {@code ModelStream} asked the model from a thread of its own, about 1 in 90 did.
 *
 * <pre>java -cp target/classes:target/test-classes:$(cat cp.txt) com.baowen.http.HeldReplyMeasure 1000</pre>
 */
public class HeldReplyMeasure {
    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        String body = "{\"question\":\"" + LlmStreamIT.QUESTION + "\",\"stream\":true}";
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        int held = 0;
        try (LlmStub stub = LlmStub.start()) {
            LanguageModel model = LanguageModel.of(new LlmConfig(stub.baseUrl(), "stub-model", "test-key", LlmStub.HOLD.plusSeconds(10)));
            try (TestServer server = TestServer.start(new ServerOptions("127.0.0.1", 0, null, null, SeedEngine.web()),
                    r -> Answerers.of(r, model))) {
                for (int i = 1; i <= n; i++) {
                    stub.script(LlmStub.Script.tokens("这一活动", "太谷区总工会", "已连续坚持了", "8年", "[", "1", "]", "。").holdingAfter(3));
                    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/chat"))
                            .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
                    try (Stream<String> lines = client.send(request, HttpResponse.BodyHandlers.ofLines()).body()) {
                        lines.filter("event: delta"::equals).forEach(line -> stub.release());
                    }
                    if (!stub.wasReleased()) {
                        held++;
                        System.out.println("request " + i + ": the first delta came only when the model's hold ran out");
                    }
                    if (i % 100 == 0) {
                        System.out.printf("%d requests, %d held%n", i, held);
                    }
                }
            }
        }
        System.out.printf("%d requests, %d held back their first tokens%n", n, held);
    }
}
