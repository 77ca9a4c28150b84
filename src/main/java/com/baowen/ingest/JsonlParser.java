package com.baowen.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * Reads a {@code .jsonl} corpus file line by line: one article per line, {@code {"id","title","text"}} plus
 * optional {@code "date"} (ISO {@code YYYY-MM-DD}), {@code "source"} (where the item came from), {@code "url"},
 * {@code "paper"}, {@code "edition"} and {@code "page"}. Memory is bounded by one line, never by the file.
 *
 * <p>A bad line is skipped with a warning naming the file, the line, the field and the value; the other
 * lines are still read. The given id becomes the article id, so it must be one the API can serve
 * ({@link ArticleIds#isSafe}). An instance reads one file; not thread-safe.
 */
public final class JsonlParser implements Iterator<Article> {
    /** The longest line read, in characters (4 Mi): a longer one is skipped with a warning. */
    public static final int MAX_LINE_CHARS = 4 * 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_SHOWN = 60;

    private final String fileName;
    private final Reader in;
    private final List<String> warnings;
    private final int maxLineChars;
    private final Set<String> ids = new HashSet<>();
    private final StringBuilder line = new StringBuilder();
    private int lineNo;
    private boolean eof;
    private Article next;

    /**
     * @param fileName     the corpus file name, for warnings and as the articles' source
     * @param in           the file's text (the caller closes it)
     * @param warnings     receives one message per bad line
     * @param maxLineChars the longest line read, in characters, at least 1
     */
    public JsonlParser(String fileName, Reader in, List<String> warnings, int maxLineChars) {
        this.fileName = fileName;
        this.in = in;
        this.warnings = warnings;
        this.maxLineChars = maxLineChars;
    }

    /** Parses a whole file's text at once (small files and tests). */
    public List<Article> parse(String fileName, String content, List<String> warnings) {
        List<Article> out = new ArrayList<>();
        new JsonlParser(fileName, new StringReader(content), warnings, MAX_LINE_CHARS).forEachRemaining(out::add);
        return List.copyOf(out);
    }

    /** For {@link #parse(String, String, List)} only. */
    public JsonlParser() {
        this("", new StringReader(""), new ArrayList<>(), MAX_LINE_CHARS);
    }

    /** Lines read so far (1-based number of the last line read). */
    public int lineNumber() {
        return lineNo;
    }

    @Override
    public boolean hasNext() {
        while (next == null && !eof) {
            String l = readLine();
            if (l != null) {
                next = article(l.strip(), fileName + ": line " + lineNo + ": ");
            }
        }
        return next != null;
    }

    @Override
    public Article next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Article a = next;
        next = null;
        return a;
    }

    /** The next line, or {@code null} for an over-long one (warned) or the end of the file. */
    private String readLine() {
        line.setLength(0);
        boolean tooLong = false;
        try {
            for (int c; ; ) {
                c = in.read();
                if (c < 0) {
                    eof = true;
                    if (line.isEmpty() && !tooLong) {
                        return null;
                    }
                    break;
                }
                if (c == '\n') {
                    break;
                }
                if (line.length() < maxLineChars) {
                    line.append((char) c);
                } else {
                    tooLong = true;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + fileName + " after line " + lineNo + ": " + e.getMessage(), e);
        }
        lineNo++;
        if (tooLong) {
            warnings.add(fileName + ": line " + lineNo + ": longer than " + maxLineChars + " characters, skipped");
            return null;
        }
        if (lineNo == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
            line.deleteCharAt(0);
        }
        return line.toString();
    }

    private Article article(String line, String where) {
        if (line.isEmpty()) {
            return null;
        }
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            warnings.add(where + "not valid JSON: '" + shown(line) + "'");
            return null;
        }
        if (node == null || !node.isObject()) {
            warnings.add(where + "not a JSON object: '" + shown(line) + "'");
            return null;
        }
        JsonNode idNode = node.get("id");
        String id = idNode != null && idNode.isTextual() ? idNode.asText() : null;
        String text = text(node, "text");
        if (id == null || id.isBlank()) {
            warnings.add(where + "field 'id' is missing or not a string, got " + shown(String.valueOf(node.get("id"))));
        } else if (!ArticleIds.isSafe(id)) {
            warnings.add(where + "field 'id' " + ArticleIds.RULE + ", got '" + shown(id) + "'");
        } else if (!ids.add(id)) {
            warnings.add(where + "field 'id' repeats an earlier line's id, got '" + shown(id) + "'");
        } else if (text == null || text.isBlank()) {
            warnings.add(where + "field 'text' is missing or blank, got " + shown(String.valueOf(node.get("text"))));
        } else {
            String title = text(node, "title");
            String body = text.strip();
            String rawDate = text(node, "date");
            String date = ArticleDates.iso(rawDate);
            if (rawDate != null && !rawDate.isBlank() && date == null) {
                warnings.add(where + "field 'date' must be an ISO date YYYY-MM-DD, got '" + shown(rawDate) + "' (kept without a date)");
            }
            Provenance p = new Provenance(text(node, "source"), text(node, "url"), text(node, "paper"),
                    text(node, "edition"), text(node, "page"));
            return new Article(id, title == null || title.isBlank() ? TitleDeriver.derive(body) : title.strip(),
                    null, null, ArticleKind.NEWS, fileName, date, body, SourceMap.identity(body.length()), p);
        }
        return null;
    }

    /** A string field, or a number given for it ("page": 3) as its text. */
    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v != null && (v.isTextual() || v.isNumber()) ? v.asText() : null;
    }

    private static String shown(String value) {
        return value.length() > MAX_SHOWN ? value.substring(0, MAX_SHOWN) + "…" : value;
    }
}
