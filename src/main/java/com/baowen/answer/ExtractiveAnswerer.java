package com.baowen.answer;

import com.baowen.InvalidInputException;
import com.baowen.ingest.Article;
import com.baowen.retrieve.ArticleHit;
import com.baowen.retrieve.EmbeddedSentence;
import com.baowen.retrieve.QueryText;
import com.baowen.retrieve.Retriever;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Answers from the articles' own sentences, offline; thread-safe.
 * <ol>
 *   <li>parse the question: fold traditional to simplified, tell what it asks for, take its key terms,
 *       entities and period, and for a follow-up carry the previous question along;</li>
 *   <li>retrieve the top articles;</li>
 *   <li>take their sentences with the vectors stored at index time as candidates; when the question
 *       plainly asks about one period and some article is dated in it, drop sentences of articles
 *       dated outside it that name no date in it;</li>
 *   <li>rank the candidates with the learned ranker ({@link SentenceScorer});</li>
 *   <li>answer with the best sentences and their citations, or say "not found" ({@link AnswerComposer}).</li>
 * </ol>
 */
public final class ExtractiveAnswerer implements Answerer {
    /** Longest question, in code points (the one rule: {@link QueryText#MAX_CODE_POINTS}). */
    public static final int MAX_QUESTION_CHARS = QueryText.MAX_CODE_POINTS;
    /** Most articles to draw from. */
    public static final int MAX_TOP_K = 20;

    private final Retriever retriever;
    private final SentenceScorer scorer;
    private final AnswerComposer composer;

    public ExtractiveAnswerer(Retriever retriever) {
        this(retriever, AnswerRanker.bundled());
    }

    /** @param ranker the sentence ranker, or {@code null} for an answerer that only finds candidates (training) */
    public ExtractiveAnswerer(Retriever retriever, AnswerRanker ranker) {
        this.retriever = retriever;
        this.scorer = ranker == null ? null : new SentenceScorer(ranker);
        this.composer = ranker == null ? null : new AnswerComposer(ranker.tuning());
        TextFold.warmUp();
        Entities.warmUp();
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

    /** The evidence of an already parsed question ({@link #parse}). */
    public List<Scored> evidence(Question q, int topK) {
        List<Candidate> candidates = candidates(q, topK);
        if (candidates.isEmpty()) {
            return List.of();
        }
        return scorer.score(q, embed(q), candidates);
    }

    /** The sentences of the question's top {@code topK} articles, in article then text order, filtered by period. */
    public List<Candidate> candidates(Question q, int topK) {
        return candidates(q, topK, null);
    }

    /**
     * As {@link #candidates(Question, int)}, as if the article {@code without} were not in the corpus
     * (training asks questions against a corpus that does not hold their paragraph).
     */
    public List<Candidate> candidates(Question q, int topK, String without) {
        List<ArticleHit> hits = retriever.search(q.retrievalQuery(), without == null ? topK : topK + 1).stream()
                .filter(h -> !h.articleId().equals(without)).limit(topK).toList();
        List<Candidate> candidates = new ArrayList<>();
        for (int rank = 0; rank < hits.size(); rank++) {
            addSentences(hits.get(rank), rank, candidates);
        }
        return byPeriod(q, candidates);
    }

    /** The question's vector, as the retriever embeds it. */
    public float[] embed(Question q) {
        return retriever.embedQuery(q.retrievalQuery());
    }

    /**
     * When the question names an absolute period and an article is dated in it, sentences of
     * articles dated outside it go unless they name a date in it themselves.
     */
    static List<Candidate> byPeriod(Question q, List<Candidate> candidates) {
        DateExpressions.Period period = q.period();
        if (period == null || candidates.stream().noneMatch(c -> c.articleDate() != null && period.contains(c.articleDate()))) {
            return candidates;
        }
        return candidates.stream().filter(c -> c.articleDate() == null || period.contains(c.articleDate())
                || SentenceFeatures.periodMatch(q, TextFold.fold(c.text()), c) == 1f).toList();
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
        LocalDate date = DateExpressions.isoDate(article.get().date());
        List<EmbeddedSentence> sentences = retriever.sentences(hit.articleId());
        for (int i = 0; i < sentences.size(); i++) {
            EmbeddedSentence s = sentences.get(i);
            String previous = i == 0 ? "" : text.substring(sentences.get(i - 1).start(), sentences.get(i - 1).end());
            String next = i + 1 == sentences.size() ? "" : text.substring(sentences.get(i + 1).start(), sentences.get(i + 1).end());
            out.add(new Candidate(hit.articleId(), hit.title(), hit.source(), rank, date, i, sentences.size(),
                    s.start(), s.end(), text.substring(s.start(), s.end()), s.vector(), previous, next, text));
        }
    }
}
