package com.baowen.http;

import com.baowen.Engine;
import com.baowen.SeedEngine;
import com.baowen.documents.UploadLimits;
import com.baowen.index.IndexProgress;
import com.baowen.ingest.NewspaperPdf;
import com.baowen.ingest.WordFile;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The documents API on a real server over a real engine whose corpus starts with one seed page: uploads,
 * limits, names, replace, delete, cross-origin refusal, and a bad file in a batch.
 */
class DocumentsApiIT {
    static final String SEED = "000_232fd453f4f86065.txt";
    static final UploadLimits LIMITS = new UploadLimits(2L << 20, 5, 3L << 20);
    static final NewspaperPdf.Story STORY = new NewspaperPdf.Story("平遥古城启动城墙琉璃瓦修缮工程", List.of(
            "本报讯（记者 王静）3月12日，平遥古城城墙琉璃瓦修缮工程正式开工。此次修缮共需更换琉璃瓦1.2万片，预计工期为180天。",
            "据介绍，修缮所用琉璃瓦全部由介休市琉璃厂按传统工艺烧制。"));

    static Path corpus;
    static Engine engine;
    static TestServer server;
    static Multipart api;

    @BeforeAll
    static void start() throws Exception {
        corpus = SeedEngine.tempDir("baowen-documents-corpus");
        Files.copy(SeedEngine.seeds().resolve(SEED), corpus.resolve(SEED));
        engine = SeedEngine.open(corpus, SeedEngine.tempDir("baowen-documents-index"));
        engine.index(IndexProgress.NONE);
        server = TestServer.start(engine, new ServerOptions("127.0.0.1", 0, null, null, null).withUploads(LIMITS));
        api = new Multipart(server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
        engine.close();
    }

    private static JsonNode uploadAndWait(Multipart client, String query, Map<String, byte[]> files) throws Exception {
        Multipart.Reply r = client.upload("/api/documents" + query, files);
        assertEquals(202, r.status(), r.json().toString());
        return api.await(r.json().get("job").asText());
    }

    private static JsonNode file(JsonNode report, int i) {
        return report.get("files").get(i);
    }

    private static List<String> searchSources(String q) {
        JsonNode hits = api.get("/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + "&k=3").json().get("hits");
        return java.util.stream.StreamSupport.stream(hits.spliterator(), false).map(h -> h.get("source").asText()).toList();
    }

    @Test
    void should_index_an_uploaded_pdf_list_it_and_delete_it() throws Exception {
        // when: a PDF is uploaded
        JsonNode report = uploadAndWait(api, "", Map.of("平遥古城.pdf", NewspaperPdf.page(List.of(STORY))));

        // then: it is indexed, listed with its article count, and found
        assertEquals("indexed", file(report, 0).get("status").asText(), report.toString());
        assertEquals("平遥古城.pdf", file(report, 0).get("source").asText());
        assertEquals("application/pdf", file(report, 0).get("type").asText());
        assertEquals(1, file(report, 0).get("articles").asInt());
        JsonNode listed = listed("平遥古城.pdf");
        assertEquals(1, listed.get("articles").asInt());
        assertEquals("平遥古城.pdf", searchSources("平遥古城城墙琉璃瓦修缮").getFirst());

        // when: it is deleted
        Multipart.Reply deleted = api.delete("/api/documents/" + URLEncoder.encode("平遥古城.pdf", StandardCharsets.UTF_8));
        assertEquals(202, deleted.status(), deleted.json().toString());
        JsonNode done = api.await(deleted.json().get("job").asText());

        // then: file, listing and articles are gone; the seed page stays
        assertEquals("deleted", file(done, 0).get("status").asText(), done.toString());
        assertFalse(Files.exists(corpus.resolve("平遥古城.pdf")));
        assertEquals(null, listed("平遥古城.pdf"));
        assertFalse(searchSources("平遥古城城墙琉璃瓦修缮").contains("平遥古城.pdf"));
        assertTrue(listed(SEED).get("articles").asInt() > 0);
    }

    @Test
    void should_not_overwrite_without_replace_and_replace_with_it() throws Exception {
        // given
        byte[] first = "# 第一版标题\n\n本报讯 太谷区举办第一届饺子节，共有三百人参加包饺子比赛。\n".getBytes(StandardCharsets.UTF_8);
        byte[] second = "# 第二版标题\n\n本报讯 榆次区举办第二届剪纸节，共有五百人参加剪纸比赛。\n".getBytes(StandardCharsets.UTF_8);
        assertEquals("indexed", file(uploadAndWait(api, "", Map.of("节日.md", first)), 0).get("status").asText());

        // when: the same name again, without and with ?replace=true
        JsonNode refused = uploadAndWait(api, "", Map.of("节日.md", second));
        JsonNode replaced = uploadAndWait(api, "?replace=true", Map.of("节日.md", second));

        // then
        assertEquals("rejected", file(refused, 0).get("status").asText());
        assertEquals("'节日.md' is already in the corpus; send ?replace=true to replace it", file(refused, 0).get("reason").asText());
        assertEquals("indexed", file(replaced, 0).get("status").asText(), replaced.toString());
        assertEquals(new String(second, StandardCharsets.UTF_8), Files.readString(corpus.resolve("节日.md")));
        assertTrue(searchSources("剪纸节").contains("节日.md"));
        assertEquals(1, listed("节日.md").get("articles").asInt());
    }

    @Test
    void should_refuse_path_names_and_keep_files_inside_the_corpus() throws Exception {
        // when
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("../../逃逸.md", "# 标题\n\n本报讯 正文内容在这里。\n".getBytes(StandardCharsets.UTF_8));
        files.put(".hidden.md", "# 标题\n\n本报讯 正文内容在这里。\n".getBytes(StandardCharsets.UTF_8));
        JsonNode report = uploadAndWait(api, "", files);

        // then
        for (int i = 0; i < 2; i++) {
            assertEquals("rejected", file(report, i).get("status").asText(), report.toString());
        }
        assertTrue(file(report, 0).get("reason").asText().endsWith("is a path; send a plain file name")
                || file(report, 0).get("reason").asText().contains("hidden"), report.toString());
        assertFalse(Files.exists(corpus.getParent().getParent().resolve("逃逸.md")));
        assertFalse(Files.exists(corpus.getParent().resolve("逃逸.md")));
        try (var listing = Files.list(corpus)) {
            assertTrue(listing.noneMatch(p -> p.getFileName().toString().startsWith(".")), "no temporary file left behind");
        }
    }

    @Test
    void should_answer_413_naming_each_limit() {
        byte[] big = new byte[(int) LIMITS.maxFileBytes() + 1];
        Multipart.Reply perFile = api.upload("/api/documents", Map.of("big.txt", big));
        assertEquals(413, perFile.status());
        assertEquals("file 'big.txt' has 2097153 bytes, over the limit of 2097152 bytes per file", perFile.errorMessage());

        Map<String, byte[]> many = new LinkedHashMap<>();
        for (int i = 0; i < LIMITS.maxFiles() + 1; i++) {
            many.put("f" + i + ".txt", "本报讯 一二三。".getBytes(StandardCharsets.UTF_8));
        }
        Multipart.Reply perRequest = api.upload("/api/documents", many);
        assertEquals(413, perRequest.status());
        assertEquals("the upload has 6 files, over the limit of 5 files per request", perRequest.errorMessage());

        Map<String, byte[]> heavy = Map.of("a.txt", new byte[(int) LIMITS.maxFileBytes()], "b.txt", new byte[(int) LIMITS.maxFileBytes()]);
        Multipart.Reply perJob = api.upload("/api/documents", heavy);
        assertEquals(413, perJob.status());
        assertTrue(perJob.errorMessage().endsWith("over the limit of 3145728 bytes per job"), perJob.errorMessage());
    }

    @Test
    void should_refuse_changes_from_another_origin_without_a_key() throws Exception {
        byte[] page = "# 标题\n\n本报讯 正文。\n".getBytes(StandardCharsets.UTF_8);
        Multipart.Reply byOrigin = api.header("Origin", "https://evil.example").upload("/api/documents", Map.of("x.md", page));
        Multipart.Reply bySite = api.header("Sec-Fetch-Site", "cross-site").upload("/api/documents", Map.of("x.md", page));
        Multipart.Reply delete = api.header("Origin", "https://evil.example").delete("/api/documents/" + SEED);

        for (Multipart.Reply r : List.of(byOrigin, bySite, delete)) {
            assertEquals(403, r.status());
            assertEquals("cross_origin", r.json().path("error").path("code").asText());
        }
        assertTrue(byOrigin.errorMessage().contains("Origin: https://evil.example"), byOrigin.errorMessage());
        assertTrue(Files.exists(corpus.resolve(SEED)));
        // the page itself sends its own origin and passes
        Multipart.Reply own = api.header("Origin", "http://127.0.0.1:" + server.port()).header("Sec-Fetch-Site", "same-origin")
                .upload("/api/documents", Map.of("own.md", page));
        assertEquals(202, own.status(), own.json().toString());
        assertEquals("indexed", file(api.await(own.json().get("job").asText()), 0).get("status").asText());
    }

    @Test
    void should_need_the_key_when_one_is_set() throws Exception {
        try (TestServer keyed = TestServer.start(engine, new ServerOptions("127.0.0.1", 0, "s3cret", null, null).withUploads(LIMITS))) {
            byte[] page = "# 标题\n\n本报讯 正文。\n".getBytes(StandardCharsets.UTF_8);
            Multipart client = new Multipart(keyed.port());
            assertEquals(401, client.upload("/api/documents", Map.of("k.md", page)).status());
            assertEquals(401, client.delete("/api/documents/" + SEED).status());
            // with the key, another origin may: the key is the credential
            Multipart.Reply ok = client.header("Authorization", "Bearer s3cret").header("Origin", "https://tool.example")
                    .upload("/api/documents", Map.of("k.md", page));
            assertEquals(202, ok.status(), ok.json().toString());
            assertEquals("indexed", file(client.header("Authorization", "Bearer s3cret").await(ok.json().get("job").asText()), 0)
                    .get("status").asText());
        }
    }

    @Test
    void should_index_the_good_files_of_a_batch_and_name_each_bad_one() throws Exception {
        // given: a good PDF among an encrypted PDF, a scanned PDF, a zip bomb, a malformed DOCX and a program
        NewspaperPdf.Story other = new NewspaperPdf.Story("介休市开展绵山植树活动", List.of("本报讯 3月10日，介休市组织干部群众在绵山脚下植树两千余株。"));
        byte[] docx = WordFile.docx(List.of(new WordFile.Section("标题", List.of("正文。"))));
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("encrypted.pdf", NewspaperPdf.encrypted(List.of(other)));
        files.put("scan.pdf", NewspaperPdf.blank(1));
        files.put("good.pdf", NewspaperPdf.page(List.of(other)));
        files.put("bomb.docx", WordFile.zipBomb(60));
        files.put("broken.docx", java.util.Arrays.copyOf(docx, docx.length / 2));
        int seedArticles = listed(SEED).get("articles").asInt();

        // when
        JsonNode report = uploadAndWait(api, "", files);

        // then
        assertEquals("rejected", file(report, 0).get("status").asText());
        assertEquals("encrypted PDF: it needs a password", file(report, 0).get("reason").asText());
        assertEquals("OCR found no text on the scan", file(report, 1).get("reason").asText());
        assertEquals("indexed", file(report, 2).get("status").asText(), report.toString());
        assertTrue(file(report, 3).get("reason").asText().startsWith("DOCX refused as a zip bomb"), report.toString());
        assertTrue(file(report, 4).get("reason").asText().startsWith("malformed DOCX"), report.toString());
        assertEquals(5, report.get("filesDone").asInt());
        assertEquals(List.of("good.pdf"), files.keySet().stream().filter(n -> Files.exists(corpus.resolve(n))).toList());
        assertEquals(seedArticles, listed(SEED).get("articles").asInt());
        assertEquals(1, listed("good.pdf").get("articles").asInt());
    }

    @Test
    void should_answer_404_for_an_unknown_document_or_job() {
        assertEquals(404, api.delete("/api/documents/nope.pdf").status());
        assertEquals(404, api.delete("/api/documents/..%2F..%2Fetc%2Fpasswd").status());
        assertEquals(404, api.get("/api/jobs/nope").status());
    }

    private static JsonNode listed(String source) {
        for (JsonNode d : api.get("/api/documents").json().get("documents")) {
            if (d.get("source").asText().equals(source)) {
                return d;
            }
        }
        return null;
    }
}
