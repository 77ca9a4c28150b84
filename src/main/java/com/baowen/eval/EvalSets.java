package com.baowen.eval;

import com.baowen.BaowenException;
import com.baowen.index.SourceFile;
import com.baowen.ingest.Article;
import com.baowen.ingest.ArticleKind;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Reads evaluation sets: our JSONL sets ({@code {"id","q","any"|"all","src"|"article"|"none","kind"?}} per line;
 * {@code article}, an article id, names the answer's article more closely than {@code src}, its file, and
 * wins when both are given: one JSONL file holds many articles) and
 * SQuAD-format JSON (CMRC 2018), where each paragraph becomes one article titled by its page.
 */
public final class EvalSets {
    private static final ObjectMapper JSON = new ObjectMapper();

    private EvalSets() {
    }

    public static EvalSet read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new BaowenException("cannot read eval set " + file + ": " + e.getMessage(), e);
        }
        String name = file.getFileName().toString();
        String text = new String(bytes, StandardCharsets.UTF_8);
        try {
            if (name.endsWith(".jsonl")) {
                return new EvalSet(name, jsonl(text), null);
            }
            JsonNode root = JSON.readTree(text);
            if (root.has("data")) {
                return squad(name, sha256(bytes), root);
            }
        } catch (IOException e) {
            throw new BaowenException("cannot parse eval set " + file + ": " + e.getMessage(), e);
        }
        throw new BaowenException("eval set must be .jsonl or SQuAD-format JSON with \"data\", got " + file);
    }

    private static List<EvalQuestion> jsonl(String text) throws IOException {
        List<EvalQuestion> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode n = JSON.readTree(line);
            String article = n.hasNonNull("article") ? n.get("article").asText() : null;
            out.add(new EvalQuestion(n.path("id").asText(), n.path("q").asText(""), article,
                    article == null && n.hasNonNull("src") ? n.get("src").asText() : null,
                    strings(n.path("any")), strings(n.path("all")), n.path("none").asBoolean(false),
                    n.hasNonNull("kind") ? n.get("kind").asText() : null));
        }
        return out;
    }

    private static EvalSet squad(String name, String sha256, JsonNode root) {
        List<Article> articles = new ArrayList<>();
        List<EvalQuestion> questions = new ArrayList<>();
        for (JsonNode page : root.get("data")) {
            String title = page.path("title").asText("");
            for (JsonNode p : page.path("paragraphs")) {
                String context = p.path("context").asText();
                String id = p.hasNonNull("id") ? p.get("id").asText() : name + "#" + articles.size();
                articles.add(new Article(id, title.isBlank() ? id : title, null, null, ArticleKind.NEWS, name, null,
                        context, null));
                for (JsonNode qa : p.path("qas")) {
                    List<String> answers = new ArrayList<>();
                    qa.path("answers").forEach(a -> answers.add(a.path("text").asText()));
                    questions.add(new EvalQuestion(qa.path("id").asText(), qa.path("question").asText(""), id, null,
                            answers, List.of(), false));
                }
            }
        }
        return new EvalSet(name, questions, new SourceFile(name, sha256, articles));
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
