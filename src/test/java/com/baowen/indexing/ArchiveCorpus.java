package com.baowen.indexing;

import com.baowen.SeedEngine;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes JSONL archives for ingest tests, with text cut from the seed pages; stateless. */
public final class ArchiveCorpus {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ArchiveCorpus() {
    }

    /** The seed pages' sentences (lines of at least 20 characters). */
    static List<String> seedSentences() {
        List<String> out = new ArrayList<>();
        try (var files = Files.list(SeedEngine.seeds())) {
            for (Path p : files.sorted().toList()) {
                for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
                    if (line.strip().length() >= 20) {
                        out.add(line.strip());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** One JSONL line: {@code id}, {@code title}, {@code text}, {@code date}, {@code source}, plus {@code extra} fields. */
    static String line(String id, String title, String text, LocalDate date, Map<String, String> extra) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("title", title);
        m.put("text", text);
        if (date != null) {
            m.put("date", date.toString());
            m.put("source", "assets/" + date.getYear() + "/" + date.toString().replace("-", "") + ".json");
        }
        m.putAll(extra);
        try {
            return JSON.writeValueAsString(m);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code n} dated items, one a day from 2024-01-01, each of two seed sentences, titled by number.
     *
     * @param padding characters of an unknown field per line (ignored by ingest), to make the file large
     */
    public static Path write(Path file, int n, int padding) {
        List<String> sentences = seedSentences();
        String pad = "填".repeat(padding);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < n; i++) {
                String text = "第" + (i + 1) + "条。" + sentences.get(i % sentences.size())
                        + sentences.get((i * 7 + 3) % sentences.size());
                w.write(line(String.format("item-%04d", i), "第" + (i + 1) + "条新闻", text,
                        LocalDate.of(2024, 1, 1).plusDays(i), padding > 0 ? Map.of("raw", pad) : Map.of()));
                w.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
