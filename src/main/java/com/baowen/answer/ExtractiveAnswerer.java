package com.baowen.answer;

import com.baowen.InvalidInputException;
import com.baowen.ingest.Article;
import com.baowen.retrieve.ArticleHit;
import com.baowen.retrieve.DateRange;
import com.baowen.retrieve.EmbeddedSentence;
import com.baowen.retrieve.QueryText;
import com.baowen.retrieve.Retriever;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Answers from the articles' own sentences, offline; thread-safe.
 * <ol>
 *   <li>parse the question: fold traditional to simplified, tell what it asks for, take its key terms,
 *       entities and period, and for a follow-up carry the previous question along;</li>
 *   <li>retrieve the top articles, and when the question names an absolute period, the top articles
 *       that report it first ({@link #reporting}: dated in it or a little after; news of one day is a
 *       needle among other days' news of the same kind, which a plain search ranks alike);</li>
 *   <li>take their sentences with the vectors stored at index time as candidates; when the question
 *       plainly asks about one period, drop sentences of articles dated outside those dates that name
 *       no period inside it (all of them when the archive does not reach the period), and when it
 *       names a numbered edition (第十一届…, 神舟二十号), those of articles about other editions of it
 *       and those naming only other editions;</li>
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
    /** Days after one day / after a longer period that news of it may run ({@link Tuning#dayReport()}). */
    private final int dayReport;
    private final int periodReport;
    /** How many times deeper a question naming an edition searches for its report ({@link Tuning#editionDepth()}). */
    private final int editionDepth;

    public ExtractiveAnswerer(Retriever retriever) {
        this(retriever, AnswerRanker.bundled());
    }

    /** @param ranker the sentence ranker, or {@code null} for an answerer that only finds candidates (training) */
    public ExtractiveAnswerer(Retriever retriever, AnswerRanker ranker) {
        this(retriever, ranker, SpanPicker.bundled());
    }

    /** @param spans chooses the highlight in each answer sentence */
    public ExtractiveAnswerer(Retriever retriever, AnswerRanker ranker, SpanPicker spans) {
        this.retriever = retriever;
        this.scorer = ranker == null ? null : new SentenceScorer(ranker, spans);
        this.composer = ranker == null ? null : new AnswerComposer(ranker.tuning());
        this.dayReport = (int) (ranker == null ? Tuning.DAY_REPORT : ranker.tuning().dayReport()).value();
        this.periodReport = (int) (ranker == null ? Tuning.PERIOD_REPORT : ranker.tuning().periodReport()).value();
        this.editionDepth = (int) (ranker == null ? Tuning.EDITION_DEPTH : ranker.tuning().editionDepth()).value();
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
    public Evidence evidence(String question, List<Turn> history, int topK) {
        return evidence(parse(question, history, topK), topK);
    }

    /** The extractive answer to an already parsed question, built from its evidence. */
    public Answer compose(Question question, Evidence evidence) {
        return composer.compose(question, evidence);
    }

    /** Whether the answer to an already parsed question from this evidence is "not found" (evaluation asks). */
    public boolean refuses(Question question, Evidence evidence) {
        return composer.refuses(question, evidence);
    }

    /** The evidence of an already parsed question ({@link #parse}). */
    public Evidence evidence(Question q, int topK) {
        Gathered g = gather(q, topK, null);
        Evidence e = evidence(q, g.candidates());
        return g.unreported() == null ? e : e.unreported(g.unreported());
    }

    /** The evidence of an already parsed question among the given candidates (evaluation changes them). */
    public Evidence evidence(Question q, List<Candidate> candidates) {
        if (candidates.isEmpty()) {
            return Evidence.NONE;
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
        return gather(q, topK, without).candidates();
    }

    /**
     * The candidates, and the question's reporting dates when no article is dated then.
     *
     * @param unreported {@link #reporting} of the question's period when the search limited to it found no article
     *                   while the articles found are dated (with the default hybrid search, whose vector half returns
     *                   any article there is: the archive holds none dated then), or {@code null}
     */
    private record Gathered(List<Candidate> candidates, DateRange unreported) {
    }

    private Gathered gather(Question q, int topK, String without) {
        List<Editions.Edition> editions = Editions.of(q.folded());
        Map<String, List<Editions.Edition>> named = new HashMap<>(); // an article's editions, read once for both searches
        List<ArticleHit> hits = search(q.retrievalQuery(), topK, without, DateRange.ANY, editions, named);
        DateRange unreported = null;
        DateExpressions.Period period = q.period();
        DateRange reporting = period == null ? null : reporting(period, dayReport, periodReport);
        if (reporting != null) {
            List<ArticleHit> dated = search(q.retrievalQuery(), topK, without, reporting, editions, named);
            if (dated.isEmpty() && hits.stream().anyMatch(h -> DateExpressions.isoDate(h.date()) != null)) {
                unreported = reporting; // in an archive of dated articles (of undated ones, nothing can be said)
            }
            if (period.from().equals(period.to())) {
                // a day's news runs that day or soon after: the day's own articles first, and with them the later
                // ones that name the day ("某州9日宣布…" in the news of the 10th). A longer period's figures run after
                // it ends (dayReport, periodReport), so retrieval's order stands: putting the period's own days first
                // pushed its reports down, where the ranker's trust in article rank buried them
                Map<String, Integer> group = new HashMap<>(); // read each article once, not at every comparison
                dated.forEach(h -> group.put(h.articleId(), inPeriod(h, period) || namesDay(h, period) ? 0 : 1));
                dated.sort(Comparator.comparingInt(h -> group.get(h.articleId())));
            }
            hits.stream().filter(h -> dated.stream().noneMatch(d -> d.articleId().equals(h.articleId()))).forEach(dated::add);
            hits = dated;
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int rank = 0; rank < hits.size(); rank++) {
            addSentences(hits.get(rank), rank, candidates);
        }
        return new Gathered(byEdition(editions, byPeriod(q, reporting, candidates), named), unreported);
    }

    /**
     * When the question names numbered editions ({@link Editions}: 第十一届…, 神舟二十号), sentences of articles about
     * other editions of the same series go: their title and text name the series, never with a number asked. So do
     * sentences that name the series only with other numbers in an article that names the one asked too (the report
     * of the 14th air show that closes with the date of the 15th: its figures are the 14th's).
     */
    static List<Candidate> byEdition(Question q, List<Candidate> candidates) {
        return byEdition(Editions.of(q.folded()), candidates, new HashMap<>());
    }

    /**
     * As {@link #byEdition(Question, List)}, the question's editions {@code asked}; {@code named} holds the editions of
     * the articles the search has read already, by id (the rest are read here, once each, and added).
     */
    private static List<Candidate> byEdition(List<Editions.Edition> asked, List<Candidate> candidates,
                                             Map<String, List<Editions.Edition>> named) {
        if (asked.isEmpty()) {
            return candidates;
        }
        Map<String, Boolean> other = new HashMap<>();
        return candidates.stream().filter(c -> !other.computeIfAbsent(c.articleId(), id -> Editions.another(asked,
                        named.computeIfAbsent(id, x -> Editions.ofArticle(c.title(), c.articleText())))))
                .filter(c -> !Editions.another(asked, Editions.of(TextFold.fold(c.text())))).toList();
    }

    /**
     * The top {@code topK} articles, {@code without} left out. For a question naming editions ({@link Editions}) the
     * search goes {@link Tuning#editionDepth()} times as deep, and an article further down that names an edition
     * asked (and no other) takes the place of one in the top {@code topK} about other editions of its series: the
     * reports of a series read alike, and those of the editions around the one asked can fill the first places. The
     * rest keep their places (the sentences of other editions go later, {@link #byEdition}), so without such an
     * article further down the question is searched as any other.
     *
     * @param named the editions of articles read so far, by id (filled here)
     */
    private List<ArticleHit> search(String query, int topK, String without, DateRange dates,
                                    List<Editions.Edition> editions, Map<String, List<Editions.Edition>> named) {
        int depth = editions.isEmpty() ? topK : topK * editionDepth;
        List<ArticleHit> hits = retriever.search(query, without == null ? depth : depth + 1, dates).stream()
                .filter(h -> !h.articleId().equals(without)).limit(depth).toList();
        List<ArticleHit> top = new ArrayList<>(hits.subList(0, Math.min(topK, hits.size())));
        if (editions.isEmpty() || hits.size() <= topK) {
            return top;
        }
        Iterator<ArticleHit> asked = hits.subList(topK, hits.size()).stream().filter(h -> {
            List<Editions.Edition> its = editionsOf(h, named);
            return Editions.namesOne(editions, its) && !Editions.another(editions, its);
        }).iterator();
        for (int rank = 0; rank < top.size() && asked.hasNext(); rank++) {
            if (Editions.another(editions, editionsOf(top.get(rank), named))) {
                top.set(rank, asked.next());
            }
        }
        return top;
    }

    /** The editions the hit's article names in its title and text, read once per article into {@code named}. */
    private List<Editions.Edition> editionsOf(ArticleHit hit, Map<String, List<Editions.Edition>> named) {
        return named.computeIfAbsent(hit.articleId(), id ->
                Editions.ofArticle(hit.title(), retriever.article(id).map(Article::text).orElse("")));
    }

    /** The question's vector, as the retriever embeds it. */
    public float[] embed(Question q) {
        return retriever.embedQuery(q.retrievalQuery());
    }

    private static boolean inPeriod(ArticleHit hit, DateExpressions.Period period) {
        LocalDate date = DateExpressions.isoDate(hit.date());
        return date != null && period.contains(date);
    }

    /** Whether the hit's article names a date within {@code day}, read against the article's own date. */
    private boolean namesDay(ArticleHit hit, DateExpressions.Period day) {
        LocalDate date = DateExpressions.isoDate(hit.date());
        Optional<Article> article = date == null ? Optional.empty() : retriever.article(hit.articleId());
        return article.isPresent() && namesWithin(article.get().text(), date, day);
    }

    /** Whether {@code text}, read against {@code date}, names a period within {@code period}. */
    private static boolean namesWithin(String text, LocalDate date, DateExpressions.Period period) {
        return DateExpressions.periods(TextFold.fold(text), date).stream().anyMatch(p -> p.within(period));
    }

    /**
     * The publication dates of news about {@code period}: from its first day to {@code dayReport} days
     * after it (one day) or {@code periodReport} days after its last (a longer period).
     */
    static DateRange reporting(DateExpressions.Period period, int dayReport, int periodReport) {
        int lag = period.from().equals(period.to()) ? dayReport : periodReport;
        return new DateRange(period.from(), period.to().plusDays(lag));
    }

    /**
     * When the question names an absolute period (the first it names), sentences of articles dated
     * outside the time news of it runs ({@link #reporting}) go unless they name a period inside the asked
     * one themselves, also when no article is dated then (a period the archive does not reach: what is left
     * cannot say what happened in it). Inside, not overlapping: a year's total does not answer for one of its
     * quarters. Sentences of articles dated then stay even when they name other dates: a question often names
     * several (the day of a report and the period it covers) — but for a question on one day, a sentence of a report
     * dated after it that names only other periods than the question's ("今天" in the next day's report is that day)
     * tells of another day and goes; one naming no date stays ("…宣布辞职" the morning after). Undated articles stay.
     *
     * @param dates {@link #reporting} of the question's period, {@code null} when it names none
     */
    static List<Candidate> byPeriod(Question q, DateRange dates, List<Candidate> candidates) {
        if (dates == null) {
            return candidates;
        }
        List<DateExpressions.Period> asked = DateExpressions.periods(q.folded(), null);
        DateExpressions.Period period = q.period();
        boolean day = period.from().equals(period.to());
        return candidates.stream().filter(c -> {
            if (c.articleDate() == null) {
                return true;
            }
            if (!dates.contains(c.articleDate())) {
                return namesPeriodWithin(q, c);
            }
            return !(day && c.articleDate().isAfter(period.to()) && namesOnlyOthers(c, asked));
        }).toList();
    }

    /**
     * Whether the sentence names periods (read against its article's date: 今天 is that day) and none overlaps one the
     * question names: in a report of the days after the period asked, it tells of another day.
     */
    private static boolean namesOnlyOthers(Candidate c, List<DateExpressions.Period> asked) {
        List<DateExpressions.Period> named = DateExpressions.periods(TextFold.fold(c.text()), c.articleDate());
        return !named.isEmpty() && named.stream().noneMatch(p -> asked.stream().anyMatch(p::overlaps));
    }

    private static boolean namesPeriodWithin(Question q, Candidate c) {
        DateExpressions.Period asked = q.periodFor(c.articleDate());
        return asked != null && namesWithin(c.text(), c.articleDate(), asked);
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
