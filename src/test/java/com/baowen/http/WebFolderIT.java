package com.baowen.http;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The web folder is served at {@code /} from the file system, next to the API. */
class WebFolderIT {
    @Test
    void should_serve_the_page_at_the_root_and_keep_the_api_and_json_404s(@TempDir Path dir) throws Exception {
        // given: a secret file next to the web folder
        Path web = Files.createDirectory(dir.resolve("web"));
        Files.writeString(web.resolve("index.html"), "<!doctype html><title>报问</title>");
        Files.writeString(web.resolve("app.js"), "console.log('报问');");
        Files.writeString(dir.resolve("secret.txt"), "not for the web");

        try (TestServer server = TestServer.withOptions(new ServerOptions("127.0.0.1", 0, null, null, web))) {
            var http = new HttpTestClient(server.port());

            // when
            var page = http.get("/");
            var script = http.get("/app.js");
            var missing = http.get("/nope.css");
            var escape = http.get("/..%2Fsecret.txt");

            // then
            assertEquals(200, page.status());
            assertTrue(page.contentType().startsWith("text/html"), page.contentType());
            assertTrue(page.body().contains("<title>报问</title>"), page.body());
            assertEquals(200, script.status());
            assertEquals(404, missing.status());
            assertEquals("not_found", missing.errorCode());
            assertTrue(escape.status() == 400 || escape.status() == 404, escape.status() + " " + escape.body());
            assertTrue(!escape.body().contains("not for the web"));
            assertEquals(200, http.get("/health").status());
        }
    }
}
