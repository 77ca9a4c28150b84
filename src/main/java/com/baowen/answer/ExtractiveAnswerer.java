package com.baowen.answer;

import com.baowen.InvalidInputException;
import com.baowen.ingest.Article;
import com.baowen.retrieve.ArticleHit;
import com.baowen.retrieve.EmbeddedSentence;
import com.baowen.retrieve.QueryText;
import com.baowen.retrieve.Retriever;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Answers from the articles' own sentences, offline; thread-safe.
 * <ol>
 *   <li>parse the question: fold traditional to simplified, tell what it asks for, take its key terms,
 *       and for a follow-up carry the previous question along;</li>
 *   <li>retrieve the top articles;</li>
 *   <li>take their sentences with the vectors stored at index time as candidates;</li>
 *   <li>score the candidates ({@link SentenceScorer}) against the question's vector;</li>
 *   <li>answer with the best one to three sentences and their citations, or say "not found"
 *       ({@link AnswerComposer}).</li>
 * </ol>
 */
public final class ExtractiveAnswerer implements Answerer {
    /** Longest question, in code points (the one rule: {@link QueryText#MAX_CODE_POINTS}). */
    public static final int MAX_QUESTION_CHARS = QueryText.MAX_CODE_POINTS;
    /** Most articles to draw from. */
    public static final int MAX_TOP_K = 20;

    private final Retriever retriever;
    private final AnswerComposer composer;

    public ExtractiveAnswerer(Retriever retriever) {
        this(retriever, NoAnswerThreshold.DEFAULT);
    }

    public ExtractiveAnswerer(Retriever retriever, NoAnswerThreshold threshold) {
        this.retriever = retriever;
        this.composer = new AnswerComposer(threshold);
        TextFold.warmUp();
    }

    @Override
    public Answer answer(String question, List<Turn> history, int topK) {
        long t0 = System.nanoTime();
        Question q = parse(question, history, topK);
        Answer a = composer.compose(q, evidence(q, topK));
        return new Answer(a.answer(), a.noAnswer(), a.citations(), (System.nanoTime() - t0) / 1_000_000);
    }

    /** The question's candidate sentences, scored, best first (what an LLM answer is written from, too). */
    public List<Scored> evidence(String question, List<Turn> history, int topK) {
        return evidence(parse(question, history, topK), topK);
    }

    /** The extractive answer to an already parsed question, built from its evidence. */
    public Answer compose(Question question, List<Scored> evidence) {
        return composer.compose(question, evidence);
    }

    private List<Scored> evidence(Question q, int topK) {
        List<ArticleHit> hits = retriever.search(q.retrievalQuery(), topK);
        List<Candidate> candidates = new ArrayList<>();
        for (int rank = 0; rank < hits.size(); rank++) {
            addSentences(hits.get(rank), rank, candidates);
        }
        if (candidates.isEmpty()) {
            return List.of();
        }
        return SentenceScorer.score(q, retriever.embedQuery(q.retrievalQuery()), candidates);
    }

    /** The parsed question, after checking the arguments. */
    public Question parse(String question, List<Turn> history, int topK) {
        QueryText.check(question, "question");
        if (topK < 1 || topK > MAX_TOP_K) {
            throw new InvalidInputException("topK must be between 1 and " + MAX_TOP_K + ", got " + topK);
        }
        return Question.parse(question, history == null ? List.of() : history);
    }

    private void addSentences(ArticleHit hit, int rank, List<Candidate> out) {
        Optional<Article> article = retriever.article(hit.articleId());
        if (article.isEmpty()) {
            return; // deleted between search and now
        }
        String text = article.get().text();
        String previous = "";
        for (EmbeddedSentence s : retriever.sentences(hit.articleId())) {
            String sentence = text.substring(s.start(), s.end());
            out.add(new Candidate(hit.articleId(), hit.title(), hit.source(), rank, s.start(), s.end(), sentence,
                    s.vector(), previous));
            previous = sentence;
        }
    }
}
