package com.baowen.embed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A SQuAD-format set (CMRC 2018) read as articles: each paragraph is one article, each non-blank question
 * asks about it.
 */
record CmrcSet(List<String> articles, List<Question> questions) {
    record Question(String text, int article) {
    }

    static CmrcSet read(Path json) throws IOException {
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        List<String> articles = new ArrayList<>();
        List<Question> questions = new ArrayList<>();
        for (JsonNode doc : root.get("data")) {
            for (JsonNode paragraph : doc.get("paragraphs")) {
                int article = articles.size();
                articles.add(paragraph.get("context").asText());
                for (JsonNode qa : paragraph.get("qas")) {
                    String q = qa.get("question").asText().strip();
                    if (!q.isEmpty()) {
                        questions.add(new Question(q, article));
                    }
                }
            }
        }
        return new CmrcSet(articles, questions);
    }

    /** An article cut at sentence ends into pieces of about {@code chars} characters (a longer sentence stays whole). */
    static List<String> pieces(String article, int chars) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String sentence : article.split("(?<=[。！？；])")) {
            if (current.length() > 0 && current.length() + sentence.length() > chars) {
                out.add(current.toString());
                current.setLength(0);
            }
            current.append(sentence);
        }
        if (current.length() > 0) {
            out.add(current.toString());
        }
        return out;
    }
}
