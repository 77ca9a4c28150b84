package com.baowen.cli;

import com.baowen.App;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ArticlesCommandTest {
    @TempDir
    Path corpus;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = App.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    @Test
    void should_print_one_json_object_per_article_and_report_bad_files_on_stderr() throws Exception {
        // given
        Files.writeString(corpus.resolve("a.txt"), """
                灵丘县开展农资市场检查

                本报讯（记者 宋芳）当前正值春耕备耕关键时期，农资产品进入销售旺季。
                """);
        Files.writeString(corpus.resolve("b.jsonl"), """
                {"id":"tg-1","title":"腊八送温情 粥到意更浓","text":"这一活动，太谷区总工会已连续坚持了8年。"}
                {"id":"bad id","title":"x","text":"y"}
                """);
        Files.write(corpus.resolve("c.txt"), new byte[]{1, 0, 2});

        // when
        int code = run("articles", "--json", "--corpus", corpus.toString());

        // then
        assertEquals(0, code);
        List<JsonNode> lines = out.toString().lines().map(ArticlesCommandTest::parse).toList();
        assertEquals(List.of("a-01", "tg-1"), lines.stream().map(n -> n.get("id").asText()).toList());
        JsonNode first = lines.getFirst();
        assertEquals("灵丘县开展农资市场检查", first.get("title").asText());
        assertEquals("news", first.get("kind").asText());
        assertEquals("a.txt", first.get("source").asText());
        assertEquals("本报讯（记者 宋芳）当前正值春耕备耕关键时期，农资产品进入销售旺季。", first.get("text").asText());
        assertEquals(List.of(
                "warning: b.jsonl: line 2: field 'id' must be 1..200 of A-Z a-z 0-9 . _ - and not be '.' nor hold '..', got 'bad id'",
                "skipped c.txt: binary file (contains NUL bytes)",
                "3 files, 2 articles, 1 skipped"), err.toString().lines().toList());
    }

    @Test
    void should_print_a_readable_table() throws Exception {
        // given
        Files.writeString(corpus.resolve("a.txt"), """
                我市召开挂职干部座谈会

                本报讯（记者 郝雨）2月23日，我市召开挂职干部座谈会。
                """);

        // when
        int code = run("articles", "--corpus", corpus.toString());

        // then
        assertEquals(0, code);
        assertEquals(List.of(String.format("%-28s %-12s %6d  %s", "a-01", "news", 28, "我市召开挂职干部座谈会")),
                out.toString().lines().toList());
    }

    @Test
    void should_name_a_missing_corpus_folder() {
        // when
        int code = run("articles", "--corpus", corpus.resolve("missing").toString());

        // then
        assertEquals(2, code);
        assertEquals("error: corpus folder does not exist or is not a folder: " + corpus.resolve("missing").toAbsolutePath(),
                err.toString().strip());
    }

    private static JsonNode parse(String line) {
        try {
            return new ObjectMapper().readTree(line);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + line, e);
        }
    }
}
