package com.baowen;

import com.baowen.index.SourceFile;
import com.baowen.ingest.CorpusReader;
import com.baowen.ingest.FileResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

class CorpusScanTest {
    private static final String PAGE = "# 省图招募文化志愿者\n\n本报讯 省图书馆面向社会招募文化志愿者。\n";

    @Test
    void should_parse_only_files_whose_digest_the_index_does_not_hold(@TempDir Path corpus) throws Exception {
        // given: a.md indexed as it is now, b.md new, c.md indexed at another digest
        for (String name : List.of("a.md", "b.md", "c.md")) {
            Files.writeString(corpus.resolve(name), PAGE);
        }
        String digest = assertInstanceOf(FileResult.Parsed.class, new CorpusReader().read(corpus.resolve("a.md"))).sha256();

        // when
        CorpusScan scan = CorpusScan.of(corpus, Map.of("a.md", digest, "c.md", "0".repeat(64)), new com.baowen.ingest.CorpusReader());

        // then: same digests, but only b.md and c.md were parsed
        assertEquals(List.of("a.md", "b.md", "c.md"), scan.files().stream().map(SourceFile::source).toList());
        assertEquals(List.of(digest, digest, digest), scan.files().stream().map(SourceFile::sha256).toList());
        assertEquals(List.of(0, 1, 1), scan.files().stream().map(f -> f.articles().size()).toList());
    }
}
