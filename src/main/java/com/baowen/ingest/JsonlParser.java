package com.baowen.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a {@code .jsonl} corpus file: one article per line, {@code {"id","title","text"}} plus optional
 * {@code "source"} and {@code "date"}; thread-safe.
 *
 * <p>A bad line is skipped with a warning naming the file, the line, the field and the value; the other
 * lines are still read. The given id becomes the article id, so it must be URL-safe ({@code [A-Za-z0-9._-]}).
 */
public final class JsonlParser {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_SHOWN = 60;

    public List<Article> parse(String fileName, String content, List<String> warnings) {
        List<Article> articles = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        String[] lines = content.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String where = fileName + ": line " + (i + 1) + ": ";
            JsonNode node;
            try {
                node = JSON.readTree(line);
            } catch (JsonProcessingException e) {
                warnings.add(where + "not valid JSON: '" + shown(line) + "'");
                continue;
            }
            if (node == null || !node.isObject()) {
                warnings.add(where + "not a JSON object: '" + shown(line) + "'");
                continue;
            }
            String id = text(node, "id");
            String text = text(node, "text");
            if (id == null || id.isBlank()) {
                warnings.add(where + "field 'id' is missing or not a string, got " + shown(String.valueOf(node.get("id"))));
            } else if (!ArticleIds.isSafe(id)) {
                warnings.add(where + "field 'id' must use only A-Z a-z 0-9 . _ -, got '" + shown(id) + "'");
            } else if (!ids.add(id)) {
                warnings.add(where + "field 'id' repeats an earlier line's id, got '" + shown(id) + "'");
            } else if (text == null || text.isBlank()) {
                warnings.add(where + "field 'text' is missing or blank, got " + shown(String.valueOf(node.get("text"))));
            } else {
                String title = text(node, "title");
                String source = text(node, "source");
                String body = text.strip();
                articles.add(new Article(id, title == null || title.isBlank() ? TitleDeriver.derive(body) : title.strip(),
                        null, null, ArticleKind.NEWS, source == null || source.isBlank() ? fileName : source.strip(),
                        text(node, "date"), body, SourceMap.identity(body.length())));
            }
        }
        return List.copyOf(articles);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v != null && v.isTextual() ? v.asText() : null;
    }

    private static String shown(String value) {
        return value.length() > MAX_SHOWN ? value.substring(0, MAX_SHOWN) + "…" : value;
    }
}
