package com.baowen.ingest;

import com.baowen.BaowenException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CorpusReaderTest {
    private static final String PAGE = """
            灵丘县开展农资市场检查

            本报讯（记者 宋芳）当前正值春耕备耕关键时期，农资产品进入销售旺季。
            """;

    @TempDir
    Path dir;

    @Test
    void should_list_corpus_files_sorted_and_recursively() throws Exception {
        // given
        Files.writeString(dir.resolve("b.txt"), PAGE);
        Files.writeString(dir.resolve("a.md"), PAGE);
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/c.jsonl"), "{}");
        Files.writeString(dir.resolve("notes.exe"), "x");

        // when
        List<Path> files = new CorpusReader().list(dir);

        // then
        assertEquals(List.of(dir.resolve("a.md"), dir.resolve("b.txt"), dir.resolve("sub/c.jsonl")), files);
    }

    @Test
    void should_name_the_folder_that_does_not_exist() {
        Path missing = dir.resolve("nope");
        BaowenException e = assertThrows(BaowenException.class, () -> new CorpusReader().list(missing));
        assertEquals("corpus folder does not exist or is not a folder: " + missing.toAbsolutePath(), e.getMessage());
    }

    @Test
    void should_read_a_utf8_page_with_the_hash_of_its_bytes() throws Exception {
        // given
        Path file = dir.resolve("page.txt");
        Files.writeString(file, PAGE);

        // when
        FileResult.Parsed parsed = assertInstanceOf(FileResult.Parsed.class, new CorpusReader().read(file));

        // then
        assertEquals("page.txt", parsed.source());
        assertEquals("UTF-8", parsed.encoding());
        assertEquals(HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(PAGE.getBytes(StandardCharsets.UTF_8))), parsed.sha256());
        assertEquals(List.of("灵丘县开展农资市场检查"), parsed.articles().stream().map(Article::title).toList());
        assertEquals("page-01", parsed.articles().getFirst().id());
    }

    @Test
    void should_decode_a_gb18030_page() throws Exception {
        // given
        Path file = dir.resolve("gbk.txt");
        Files.write(file, PAGE.getBytes(Charset.forName("GB18030")));

        // when
        FileResult.Parsed parsed = assertInstanceOf(FileResult.Parsed.class, new CorpusReader().read(file));

        // then
        assertEquals("GB18030", parsed.encoding());
        assertEquals("本报讯（记者 宋芳）当前正值春耕备耕关键时期，农资产品进入销售旺季。",
                parsed.articles().getFirst().text());
    }

    @Test
    void should_skip_a_binary_file() throws Exception {
        Path file = dir.resolve("scan.txt");
        Files.write(file, new byte[]{'%', 'P', 'D', 'F', 0, 1, 2, (byte) 0xFF});
        assertEquals(new FileResult.Skipped("scan.txt", "binary file (contains NUL bytes)"), new CorpusReader().read(file));
    }

    @Test
    void should_skip_an_empty_file() throws Exception {
        Path file = dir.resolve("empty.txt");
        Files.writeString(file, " \n\n ");
        assertEquals(new FileResult.Skipped("empty.txt", "empty file"), new CorpusReader().read(file));
    }

    @Test
    void should_refuse_a_file_over_the_size_limit_by_name() throws Exception {
        Path file = dir.resolve("huge.txt");
        Files.writeString(file, PAGE);
        long size = Files.size(file);
        assertEquals(new FileResult.Skipped("huge.txt", "file has " + size + " bytes, over the limit of 100 bytes"),
                new CorpusReader(100).read(file));
    }

    @Test
    void should_skip_bytes_that_are_neither_utf8_nor_gb18030() throws Exception {
        Path file = dir.resolve("latin.txt");
        Files.write(file, new byte[]{(byte) 0x81, (byte) 0x20, 'a', 'b'});
        assertEquals(new FileResult.Skipped("latin.txt", "not text: neither valid UTF-8 nor valid GB18030"),
                new CorpusReader().read(file));
    }

    @Test
    void should_skip_an_unreadable_path_with_the_reason() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("folder.txt"));
        FileResult.Skipped skipped = assertInstanceOf(FileResult.Skipped.class, new CorpusReader().read(folder));
        assertEquals("folder.txt", skipped.source());
        assertEquals(true, skipped.reason().startsWith("unreadable: "), skipped.reason());
    }

    @Test
    void should_read_markdown_headings_as_article_titles() throws Exception {
        // given
        Path file = dir.resolve("page.md");
        Files.writeString(file, """
                ## 推进基层治理现代化

                # “流动办公桌”家门口解难题

                □ 本报记者 朱海云 通讯员 段丹阳

                在壶关县湖畔雅居小区的花园旁，一群身着红马甲的社区工作者熟练地支起小桌子。

                ## 潞城区开展首期电商培训 拓展农特产品销售渠道

                本报讯（记者杨亚娟 通讯员段婷婷）潞城区首期抖音电商实战运营集训营近日落幕。
                """);

        // when
        FileResult.Parsed parsed = assertInstanceOf(FileResult.Parsed.class, new CorpusReader().read(file));

        // then
        assertEquals(List.of("“流动办公桌”家门口解难题", "潞城区开展首期电商培训 拓展农特产品销售渠道"),
                parsed.articles().stream().map(Article::title).toList());
        assertEquals("本报记者 朱海云 通讯员 段丹阳", parsed.articles().getFirst().byline());
    }

    @Test
    void should_keep_files_of_the_same_name_in_different_folders_apart() throws Exception {
        // given
        Path jan = Files.createDirectories(dir.resolve("2024/01")).resolve("page.txt");
        Path feb = Files.createDirectories(dir.resolve("2024/02")).resolve("page.txt");
        Files.writeString(jan, PAGE);
        Files.writeString(feb, PAGE);
        CorpusReader reader = new CorpusReader();

        // when
        FileResult.Parsed first = assertInstanceOf(FileResult.Parsed.class, reader.read(dir, jan));
        FileResult.Parsed second = assertInstanceOf(FileResult.Parsed.class, reader.read(dir, feb));

        // then
        assertEquals("2024/01/page.txt", first.source());
        assertEquals("2024/02/page.txt", second.source());
        assertEquals("2024/01/page.txt", first.articles().getFirst().source());
        String id1 = first.articles().getFirst().id();
        String id2 = second.articles().getFirst().id();
        assertEquals(true, ArticleIds.isSafe(id1) && ArticleIds.isSafe(id2) && !id1.equals(id2), id1 + " " + id2);
        assertEquals(id1, assertInstanceOf(FileResult.Parsed.class, reader.read(dir, jan)).articles().getFirst().id());
    }
}
