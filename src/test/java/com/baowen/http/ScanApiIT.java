package com.baowen.http;

import com.baowen.SeedEngine;
import com.baowen.ocr.PageRenderer;
import com.baowen.ocr.ScannedCorpus;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code GET /api/articles/{id}/scan} and {@code /scan/{page}} over real HTTP, on a corpus of one printed scan
 * (OCR'd by the real engine) and one text page: the cited characters are boxed on the printed line that holds
 * them, the page comes back as an image of the stated size, and a text article has no scan (404, never a 5xx).
 */
class ScanApiIT {
    static ScannedCorpus scans;
    static TestServer server;
    static HttpTestClient http;
    static JsonNode citation;

    @BeforeAll
    static void start() {
        scans = ScannedCorpus.shared();
        server = TestServer.start(scans.engine(), new ServerOptions("127.0.0.1", 0, null, null, SeedEngine.web()));
        http = new HttpTestClient(server.port());
        JsonNode answer = http.post("/api/chat", "{\"question\":\"" + ScannedCorpus.QUESTION + "\"}").json();
        assertTrue(answer.get("answer").asText().contains(ScannedCorpus.ANSWER), answer.toString());
        citation = answer.get("citations").get(0);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    static String id(JsonNode c) {
        return URLEncoder.encode(c.get("articleId").asText(), StandardCharsets.UTF_8);
    }

    @Test
    void should_mark_a_citation_read_off_a_scan() {
        assertEquals(ScannedCorpus.SCAN, citation.get("source").asText());
        assertTrue(citation.path("scan").asBoolean(), citation.toString());
    }

    @Test
    void should_box_the_cited_characters_on_the_printed_line_that_holds_them() {
        // given the offsets of the answer inside the cited snippet
        int at = citation.get("start").asInt() + citation.get("snippet").asText().indexOf(ScannedCorpus.ANSWER);
        assertTrue(at >= citation.get("start").asInt(), citation.toString());

        // when
        var reply = http.get("/api/articles/" + id(citation) + "/scan?from=" + at + "&to=" + (at + ScannedCorpus.ANSWER.length()));

        // then one box, around the answer, on the printed line that holds it
        assertEquals(200, reply.status(), reply.body());
        JsonNode body = reply.json();
        assertEquals(ScannedCorpus.SCAN, body.get("source").asText());
        BufferedImage printed = scans.page().image();
        assertEquals(printed.getWidth(), body.at("/pages/0/width").asInt());
        assertEquals(printed.getHeight(), body.at("/pages/0/height").asInt());
        JsonNode boxes = body.get("boxes");
        assertEquals(1, boxes.size(), boxes.toString());
        JsonNode box = boxes.get(0);
        assertEquals(0, box.get("page").asInt());
        assertEquals(ScannedCorpus.ANSWER, box.get("text").asText());
        PageRenderer.Line line = scans.page().lineAt(box.get("x").asDouble() + box.get("width").asDouble() / 2,
                box.get("y").asDouble() + box.get("height").asDouble() / 2);
        assertNotNull(line, "no printed line under " + box);
        assertTrue(line.text().contains(ScannedCorpus.ANSWER), "boxed line: " + line.text());
        // the characters, not the whole line: five of the line's characters are a fraction of its width
        double lineWidth = Math.hypot(line.corners()[2] - line.corners()[0], line.corners()[3] - line.corners()[1]);
        assertTrue(box.get("width").asDouble() < lineWidth / 2, box + " against a line " + lineWidth + " wide");
    }

    @Test
    void should_box_every_printed_line_of_the_whole_snippet() {
        // when the citation's own offsets are asked for
        JsonNode body = http.get("/api/articles/" + id(citation) + "/scan?from=" + citation.get("start").asInt()
                + "&to=" + citation.get("end").asInt()).json();

        // then each box lies on a printed line, and together they read the snippet
        StringBuilder read = new StringBuilder();
        for (JsonNode box : body.get("boxes")) {
            PageRenderer.Line line = scans.page().lineAt(box.get("x").asDouble() + box.get("width").asDouble() / 2,
                    box.get("y").asDouble() + box.get("height").asDouble() / 2);
            assertNotNull(line, "no printed line under " + box);
            read.append(box.get("text").asText());
        }
        assertEquals(fold(citation.get("snippet").asText()), fold(read.toString()));
    }

    @Test
    void should_send_the_page_as_a_jpeg_of_the_stated_width_and_revalidate_it_by_etag() throws Exception {
        // given
        JsonNode page = http.get("/api/articles/" + id(citation) + "/scan").json().at("/pages/0");

        // when
        HttpResponse<byte[]> reply = bytes("/api/articles/" + id(citation) + "/scan/0", null);

        // then
        assertEquals(200, reply.statusCode());
        assertEquals("image/jpeg", reply.headers().firstValue("Content-Type").orElse(""));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(reply.body()));
        assertNotNull(image, "not an image");
        assertEquals(page.get("imageWidth").asInt(), image.getWidth());
        assertEquals(page.get("height").asDouble() * image.getWidth() / page.get("width").asDouble(), image.getHeight(), 1.0);
        String etag = reply.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, bytes("/api/articles/" + id(citation) + "/scan/0", etag).statusCode());
    }

    @Test
    void should_say_a_text_article_has_no_scan() {
        // given a citation of the text page
        JsonNode c = http.post("/api/chat", "{\"question\":\"太谷区总工会送腊八粥坚持了几年？\"}").json().get("citations").get(0);
        assertEquals(ScannedCorpus.TEXT, c.get("source").asText());
        assertFalse(c.has("scan"), c.toString());

        // when
        var boxes = http.get("/api/articles/" + id(c) + "/scan");
        var image = http.get("/api/articles/" + id(c) + "/scan/0");

        // then
        assertEquals(404, boxes.status(), boxes.body());
        assertEquals("no_scan", boxes.errorCode());
        assertTrue(boxes.errorMessage().contains("was not read from a scan"), boxes.errorMessage());
        assertEquals(404, image.status(), image.body());
        assertEquals("no_scan", image.errorCode());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/api/articles/no-such-article/scan|404|not_found",
            "/api/articles/no-such-article/scan/0|404|not_found",
            "{scan}?from=9&to=9|400|bad_request",
            "{scan}?from=-1|400|bad_request",
            "{scan}?to=99999999|400|bad_request",
            "{scan}/7|404|not_found",
            "{scan}/x|400|bad_request",
            "{scan}/-1|400|bad_request",
    })
    void should_answer_bad_requests_with_a_4xx_naming_the_problem(String path, int status, String code) {
        var reply = http.get(path.replace("{scan}", "/api/articles/" + id(citation) + "/scan"));

        assertEquals(status, reply.status(), reply.body());
        assertEquals(code, reply.errorCode());
        assertFalse(reply.errorMessage().isBlank());
    }

    private static HttpResponse<byte[]> bytes(String path, String ifNoneMatch) throws IOException, InterruptedException {
        var request = http.request(path).GET();
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        }
    }

    /** Text compared without white space and with full-width forms folded, as OCR reads punctuation either way. */
    private static String fold(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }
}
