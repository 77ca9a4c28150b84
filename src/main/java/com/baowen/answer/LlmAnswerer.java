package com.baowen.answer;

import com.baowen.BaowenException;

import java.util.ArrayList;
import java.util.List;

/**
 * Answers with a language model writing from the same numbered snippets the extractive answer
 * would use, plainly or streamed; thread-safe.
 * <ol>
 *   <li>find the evidence as {@link ExtractiveAnswerer} does; when it is too weak, answer "not found"
 *       without asking the model (so no fact is invented);</li>
 *   <li>send the best snippets, numbered, with the question; the prompt requires {@code [n]} after every claim;</li>
 *   <li>drop citations that point at no snippet, keep only the snippets cited, renumber them 1..m
 *       ({@link CitationMarks}; while streaming, as the text arrives);</li>
 *   <li>drop sentences that quote what their snippets do not say ({@link QuoteCheck}), and renumber again;</li>
 *   <li>on an error, a timeout or an answer citing nothing, return the extractive answer with a note;
 *       a stream that fails after part of it was passed on ends with {@link LlmStreamException}.</li>
 * </ol>
 */
public final class LlmAnswerer implements StreamingAnswerer {
    /** Snippets given to the model. */
    static final int MAX_SNIPPETS = 6;
    static final String NOTE_UNAVAILABLE = "（语言模型暂时不可用，以下是原文摘录。）";
    static final String NOTE_UNCITED = "（语言模型的回答没有注明出处，以下是原文摘录。）";

    private final ExtractiveAnswerer extractive;
    private final LanguageModel model;

    public LlmAnswerer(ExtractiveAnswerer extractive, LanguageModel model) {
        this.extractive = extractive;
        this.model = model;
    }

    /** The model's failures so far, for {@code /health}. */
    public LanguageModel.Health health() {
        return model.health();
    }

    @Override
    public Answer answer(String question, List<Turn> history, int topK) {
        long t0 = System.nanoTime();
        Question q = extractive.parse(question, history, topK);
        Evidence evidence = extractive.evidence(q, topK); // parsed once: HanLP and the analyzer run once per question
        Answer fallback = extractive.compose(q, evidence);
        Answer answer;
        if (fallback.noAnswer()) {
            answer = fallback;
        } else {
            answer = ask(q, history == null ? List.of() : history, snippets(evidence.scored()), fallback);
        }
        return took(answer, t0);
    }

    private Answer ask(Question q, List<Turn> history, List<Citation> snippets, Answer fallback) {
        String text;
        try {
            text = model.chat().chat(LlmPrompt.messages(q.text(), history, snippets)).aiMessage().text();
        } catch (RuntimeException e) {
            model.failed(e);
            return withNote(fallback, NOTE_UNAVAILABLE);
        }
        Answer cited = checked(text == null ? "" : text.strip(), snippets);
        return cited == null ? withNote(fallback, NOTE_UNCITED) : cited;
    }

    /**
     * Streams the model's answer as it arrives, its marks rewritten on the way ({@link CitationMarks});
     * the quotations are checked at the end, and {@code done} carries the corrected answer when one did
     * not hold. Before the first piece, a failure still falls back to the extractive answer.
     */
    @Override
    public void stream(String question, List<Turn> history, int topK, AnswerListener listener) {
        long t0 = System.nanoTime();
        Question q = extractive.parse(question, history, topK);
        Evidence evidence = extractive.evidence(q, topK);
        Answer fallback = extractive.compose(q, evidence);
        if (fallback.noAnswer()) {
            whole(listener, took(fallback, t0));
            return;
        }
        List<Citation> snippets = snippets(evidence.scored());
        ModelStream reply = ModelStream.start(model.streaming(),
                LlmPrompt.messages(q.text(), history == null ? List.of() : history, snippets), model.timeout());
        CitationMarks marks = new CitationMarks(snippets);
        StringBuilder passed = new StringBuilder();
        String space = ""; // white space held back: none leads the answer, none trails it
        try {
            for (String piece; (piece = reply.next()) != null; ) {
                int cited = marks.citedCount();
                String text = space + marks.push(piece);
                if (passed.isEmpty()) {
                    text = text.stripLeading();
                }
                int end = text.stripTrailing().length();
                space = text.substring(end);
                text = text.substring(0, end);
                if (text.isEmpty()) {
                    continue;
                }
                if (marks.citedCount() != cited) {
                    listener.citations(false, marks.cited());
                }
                listener.delta(text);
                passed.append(text);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the reader left: the stream is cancelled, no answer is owed
            return;
        } catch (BaowenException e) {
            model.failed(e);
            if (passed.isEmpty()) {
                whole(listener, took(withNote(fallback, NOTE_UNAVAILABLE), t0));
                return;
            }
            throw new LlmStreamException("the language model stopped in the middle of its answer: " + e.getMessage(), e);
        }
        String rest = space + marks.finish(); // a "[" or "[12" left open at the end is text after all
        rest = (passed.isEmpty() ? rest.strip() : rest.stripTrailing());
        if (!rest.isEmpty()) {
            listener.delta(rest);
            passed.append(rest);
        }
        // the passed text is numbered already: check it against the snippets in its own numbering
        Answer cited = checked(passed.toString(), marks.cited());
        Answer answer = cited == null ? withNote(fallback, NOTE_UNCITED) : cited;
        listener.done(took(answer, t0), !answer.answer().contentEquals(passed));
    }

    /**
     * The model's answer with its marks rewritten ({@link CitationMarks}) and the sentences that quote
     * what their snippets do not say dropped ({@link QuoteCheck}); {@code null} when nothing cited is left.
     */
    static Answer checked(String text, List<Citation> snippets) {
        Answer marked = CitationMarks.rewrite(text, snippets);
        if (marked == null) {
            return null;
        }
        String kept = QuoteCheck.keepSupported(marked.answer(), marked.citations());
        return kept.equals(marked.answer()) ? marked : CitationMarks.rewrite(kept.strip(), marked.citations());
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

    /** An answer that was not streamed: its sources, then all of it at once. */
    private static void whole(AnswerListener listener, Answer answer) {
        listener.citations(answer.noAnswer(), answer.citations());
        listener.done(answer, false);
    }

    private static Answer took(Answer a, long t0) {
        return new Answer(a.answer(), a.noAnswer(), a.citations(), (System.nanoTime() - t0) / 1_000_000);
    }

    private static Answer withNote(Answer answer, String note) {
        return new Answer(note + answer.answer(), answer.noAnswer(), answer.citations(), answer.tookMs());
    }
}
