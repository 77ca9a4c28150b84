package com.baowen.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A page file's {@code <name>.meta.json} sidecar ({@code page.txt} → {@code page.meta.json}):
 * {@code {"date","paper","edition","page","url","source"}}, every field optional; stateless.
 */
final class Sidecars {
    static final String SUFFIX = ".meta.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What a sidecar says; every part may be {@code null}. */
    record Meta(String date, Provenance provenance) {
        static final Meta NONE = new Meta(null, Provenance.NONE);
    }

    private Sidecars() {
    }

    /** The sidecar of a page file, or {@code null} when it has none. */
    static Path of(Path file) {
        String name = file.getFileName().toString();
        if (name.toLowerCase(java.util.Locale.ROOT).endsWith(".jsonl")) {
            return null;
        }
        Path meta = file.resolveSibling(name.replaceFirst("\\.[^.]+$", "") + SUFFIX);
        return Files.isRegularFile(meta) ? meta : null;
    }

    /** Reads the sidecar of {@code file}; a bad one is a warning naming the field and value, and gives nothing. */
    static Meta read(Path file, String name, List<String> warnings) {
        Path meta = of(file);
        if (meta == null) {
            return Meta.NONE;
        }
        String where = name.replaceFirst("\\.[^.]+$", "") + SUFFIX + ": ";
        JsonNode node;
        try {
            node = JSON.readTree(Files.readString(meta));
        } catch (IOException | RuntimeException e) {
            warnings.add(where + "not readable as JSON (" + e.getMessage().lines().findFirst().orElse("") + "); ignored");
            return Meta.NONE;
        }
        if (node == null || !node.isObject()) {
            warnings.add(where + "not a JSON object; ignored");
            return Meta.NONE;
        }
        String raw = text(node, "date");
        String date = ArticleDates.iso(raw);
        if (raw != null && date == null) {
            warnings.add(where + "field 'date' must be an ISO date YYYY-MM-DD, got '" + raw + "'");
        }
        return new Meta(date, new Provenance(text(node, "source"), text(node, "url"), text(node, "paper"),
                text(node, "edition"), text(node, "page")));
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v != null && (v.isTextual() || v.isNumber()) ? v.asText() : null;
    }
}
