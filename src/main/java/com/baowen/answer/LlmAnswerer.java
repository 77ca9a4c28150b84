package com.baowen.answer;

import com.baowen.config.LlmConfig;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Answers with a language model writing from the same numbered snippets the extractive answer
 * would use; thread-safe.
 * <ol>
 *   <li>find the evidence as {@link ExtractiveAnswerer} does; when it is too weak, answer "not found"
 *       without asking the model (so no fact is invented);</li>
 *   <li>send the best snippets, numbered, with the question; the prompt requires {@code [n]} after every claim;</li>
 *   <li>drop citations that point at no snippet, keep only the snippets cited, renumber them 1..m;</li>
 *   <li>on an error, a timeout or an answer citing nothing, return the extractive answer with a note.</li>
 * </ol>
 */
public final class LlmAnswerer implements Answerer {
    /** Snippets given to the model. */
    static final int MAX_SNIPPETS = 6;
    static final String NOTE_UNAVAILABLE = "（语言模型暂时不可用，以下是原文摘录。）";
    static final String NOTE_UNCITED = "（语言模型的回答没有注明出处，以下是原文摘录。）";
    private static final Logger LOG = LoggerFactory.getLogger(LlmAnswerer.class);
    private static final Pattern MARKER = Pattern.compile("\\[(\\d{1,3})]");

    private final ExtractiveAnswerer extractive;
    private final ChatModel model;

    public LlmAnswerer(ExtractiveAnswerer extractive, ChatModel model) {
        this.extractive = extractive;
        this.model = model;
    }

    /** An answerer over the OpenAI-compatible server in {@code config} (which must be enabled). */
    public static LlmAnswerer of(ExtractiveAnswerer extractive, LlmConfig config) {
        if (!config.enabled()) {
            throw new com.baowen.BaowenException("LLM base URL must be set to use a language model, got '" + config.baseUrl() + "'");
        }
        ChatModel model = OpenAiChatModel.builder()
                .baseUrl(config.baseUrl())
                .apiKey(config.apiKey() == null ? "none" : config.apiKey())
                .modelName(config.model())
                .timeout(config.timeout())
                .maxRetries(0) // the fallback answer is better than waiting twice
                .temperature(0.1)
                .build();
        return new LlmAnswerer(extractive, model);
    }

    @Override
    public Answer answer(String question, List<Turn> history, int topK) {
        long t0 = System.nanoTime();
        Question q = extractive.parse(question, history, topK);
        List<Scored> evidence = extractive.evidence(q, topK); // parsed once: HanLP and the analyzer run once per question
        Answer fallback = extractive.compose(q, evidence);
        Answer answer;
        if (fallback.noAnswer()) {
            answer = fallback;
        } else {
            answer = ask(q, history == null ? List.of() : history, snippets(evidence), fallback);
        }
        return new Answer(answer.answer(), answer.noAnswer(), answer.citations(), (System.nanoTime() - t0) / 1_000_000);
    }

    private Answer ask(Question q, List<Turn> history, List<Citation> snippets, Answer fallback) {
        String text;
        try {
            text = model.chat(LlmPrompt.messages(q.text(), history, snippets)).aiMessage().text();
        } catch (RuntimeException e) {
            LOG.warn("language model failed, answering from the snippets instead: {}", e.toString());
            return withNote(fallback, NOTE_UNAVAILABLE);
        }
        Answer cited = keepCited(text == null ? "" : text.strip(), snippets);
        return cited == null ? withNote(fallback, NOTE_UNCITED) : cited;
    }

    /**
     * The model's answer with markers that point at no snippet removed and the cited snippets
     * renumbered in order of first citation; {@code null} when it cites nothing.
     */
    static Answer keepCited(String text, List<Citation> snippets) {
        Map<Integer, Integer> renumber = new LinkedHashMap<>();
        Matcher m = MARKER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int n = Integer.parseInt(m.group(1));
            String replacement = "";
            if (n >= 1 && n <= snippets.size()) {
                int newN = renumber.computeIfAbsent(n, k -> renumber.size() + 1);
                replacement = "[" + newN + "]";
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        if (renumber.isEmpty()) {
            return null;
        }
        List<Citation> citations = new ArrayList<>();
        renumber.forEach((oldN, newN) -> {
            Citation c = snippets.get(oldN - 1);
            citations.add(new Citation(newN, c.articleId(), c.title(), c.source(), c.snippet(), c.start(), c.end(), c.highlight(), c.score()));
        });
        return new Answer(out.toString(), false, citations, 0);
    }

    /** The best distinct sentences as numbered citations. */
    static List<Citation> snippets(List<Scored> evidence) {
        List<Citation> snippets = new ArrayList<>();
        for (Scored s : evidence) {
            if (snippets.size() >= MAX_SNIPPETS) {
                break;
            }
            Candidate c = s.candidate();
            boolean seen = snippets.stream().anyMatch(x -> x.articleId().equals(c.articleId()) && x.start() == c.start());
            if (!seen) {
                int[] highlight = s.span() == null ? null : new int[]{c.start() + s.span().start(), c.start() + s.span().end()};
                snippets.add(new Citation(snippets.size() + 1, c.articleId(), c.title(), c.source(), c.text(), c.start(), c.end(),
                        highlight, Math.round(s.score() * 1000) / 1000.0));
            }
        }
        return snippets;
    }

    private static Answer withNote(Answer answer, String note) {
        return new Answer(note + answer.answer(), answer.noAnswer(), answer.citations(), answer.tookMs());
    }
}
