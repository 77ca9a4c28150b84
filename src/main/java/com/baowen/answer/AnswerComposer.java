package com.baowen.answer;

import com.baowen.retrieve.DateRange;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Turns scored sentences into an {@link Answer}: the best sentence, then others the ranker finds
 * nearly as likely ({@link Tuning#joinRatio()}, or the lower {@link Tuning#adjacentRatio()} for a
 * sentence next to one already taken), up to {@link Tuning#maxSentences()} ({@link SentencePicker}); a
 * question asking for a reason, a way, a list or a definition by its own ratios and neighbour floor
 * ({@link Tuning#picking}), its answer reading on into the next sentence more readily;
 * consecutive sentences of one article read as one passage, followed by {@code [n]} and cited
 * verbatim with its offsets and the answering entity highlighted (a question asking who or which organisation,
 * answered by a sentence that names the one it means only as 他 or 她 or by the end of its name, takes the sentence
 * before as well; one asking a year, answered by a sentence that names it only as 同年 or 次年, the sentences before up
 * to the one naming it: {@link #withYearBefore}; one asking a work by its title, answered by sentences that give none,
 * the neighbour that does: {@link #withTitle}); or, when the ranker finds the
 * question not answered ({@link Evidence#answerable()}), the question asks for a unit none of the answer's
 * sentences gives a number in, it names a year and the answer's undated sentences name only other years, it asks
 * for a year and they name none, it asks a place in an order (第几届) and they give none, or it asks a sum of money by
 * its noun (总投资是多少) and they give none ({@link Money}), a short "not found" message with related articles to
 * browse. Stateless and thread-safe.
 */
public final class AnswerComposer {
    /** Most related articles listed with a "not found". */
    static final int MAX_RELATED = 3;
    /** Longest part of the question quoted back in a "not found" message, in characters. */
    private static final int QUOTE_CHARS = 40;

    private final Tuning tuning;

    public AnswerComposer(Tuning tuning) {
        this.tuning = tuning;
    }

    public Answer compose(Question question, Evidence evidence) {
        Picked picked = pick(question, evidence);
        if (picked == null || picked.otherYears() != null) {
            return notFound(question, evidence.scored(), evidence.unreported(),
                    picked == null ? List.of() : picked.otherYears());
        }
        StringBuilder text = new StringBuilder();
        List<Citation> citations = new ArrayList<>();
        for (List<Integer> passage : SentencePicker.passages(picked.picks(), picked.article(), picked.index())) {
            citations.add(cite(citations.size() + 1, passage.stream().map(evidence.scored()::get).toList()));
            Citation c = citations.get(citations.size() - 1);
            text.append(forReading(c.snippet())).append('[').append(c.n()).append(']');
        }
        return new Answer(text.toString(), false, citations, 0);
    }

    /** Whether {@link #compose} answers "not found" (without composing the answer). */
    public boolean refuses(Question question, Evidence evidence) {
        Picked picked = pick(question, evidence);
        return picked == null || picked.otherYears() != null;
    }

    /**
     * The sentences an answer takes (positions in the evidence), with each one's article and index; {@code otherYears}
     * is {@code null}, or, when they name only other years than the question's, those years (then "not found").
     */
    private record Picked(List<Integer> picks, int[] article, int[] index, List<Integer> otherYears) {
    }

    /**
     * The answer's sentences, or {@code null} for "not found": none scored, the ranker finds the question not answered,
     * or it asks for a unit ("多少例") and none of the sentences holds a number in it — the report gives the topic, not
     * the figure asked ({@link Scored#givesUnit()}) —, or it names a year and every sentence names only other years
     * ({@link #fitsPeriod}): a page giving 2023's figure does not answer for 2024's —, or it asks for a year and none
     * of the sentences names one ({@link #givesYear}), or a place in an order and none gives one ({@link #givesOrdinal}),
     * or a sum of money by its noun ("奖金是多少", no unit asked) and none gives one ({@link Money#givesSum}).
     */
    private Picked pick(Question question, Evidence evidence) {
        List<Scored> scored = evidence.scored();
        if (scored.isEmpty() || !evidence.answerable()) {
            return null;
        }
        int n = scored.size();
        double[] p = new double[n];
        int[] article = new int[n];
        int[] index = new int[n];
        Map<String, Integer> articles = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Candidate c = scored.get(i).candidate();
            p[i] = scored.get(i).score();
            Integer a = articles.get(c.articleId());
            if (a == null) {
                a = articles.size();
                articles.put(c.articleId(), a);
            }
            article[i] = a;
            index[i] = c.index();
        }
        Tuning.Picking picking = tuning.picking(question);
        int max = (int) tuning.maxSentences().value();
        List<Integer> picks = SentencePicker.pick(p, article, index, tuning.notFound().value(), picking.adjacentFloor(),
                picking.joinRatio(), picking.adjacentRatio(), max);
        List<Integer> picked = picks;
        picks = withAntecedent(question, scored, picks, article, index, max);
        Integer antecedent = picks.stream().filter(i -> !picked.contains(i)).findFirst().orElse(null);
        picks = withEnd(question, scored, picks, article, max);
        picks = withYearBefore(question, scored, picks, article, index, max);
        picks = withTitle(question, scored, picks, article, index, max);
        if (picks.stream().noneMatch(i -> scored.get(i).givesUnit())) {
            return null;
        }
        if (QuestionType.asksYear(question.folded())
                && picks.stream().noneMatch(i -> givesYear(TextFold.fold(scored.get(i).candidate().text())))) {
            return null;
        }
        String ordinal = QuestionType.ordinalAsked(question.folded());
        if (ordinal != null && picks.stream().noneMatch(i -> givesOrdinal(TextFold.fold(scored.get(i).candidate().text()), ordinal))) {
            return null;
        }
        if (Money.asked(question.folded()) != null
                && picks.stream().noneMatch(i -> Money.givesSum(TextFold.fold(scored.get(i).candidate().text()), question.folded()))) {
            return null;
        }
        if (question.period() != null) {
            List<DateExpressions.Period> asked = DateExpressions.periods(question.folded(), null);
            // the sentence joined for whom or what the best one means says nothing of the period: a year-less
            // antecedent does not make a later year's figure fit
            if (picks.stream().filter(i -> !i.equals(antecedent))
                    .noneMatch(i -> fitsPeriod(asked, scored.get(i).candidate()))) {
                List<Integer> years = picks.stream()
                        .flatMap(i -> DateExpressions.periods(TextFold.fold(scored.get(i).candidate().text()), null).stream())
                        .flatMap(y -> IntStream.rangeClosed(y.from().getYear(), y.to().getYear()).boxed())
                        .distinct().sorted().toList();
                return new Picked(picks, article, index, years);
            }
        }
        return new Picked(picks, article, index, null);
    }

    /**
     * The picks, with the sentence that says whom or what the best one is about when the best one says it only by
     * reference, for a question asking who, which place or organisation, or which thing:
     * <ul>
     *   <li>asking who, the best sentence names nobody the question does not already name (it has no highlight) but
     *   refers back to someone (他, 她, 其: {@link Entities#refersToSomeone}) — "如今，她在网上开课…" says who teaches
     *   only with the sentence before, which names her (HanLP does not know every name, so that sentence is not asked
     *   to hold one);</li>
     *   <li>asking which place or organisation, the sentence before names an organisation the best one calls only by
     *   the end of its name ({@link #namesByItsEnd}: "工会志愿者们" after "青山区总工会");</li>
     *   <li>asking anything else (哪一种, 什么), the best sentence has no highlight and refers back to a thing (它, 它们:
     *   {@link Entities#refersToSomething}) or points back with a demonstrative in its first clause (该, 此, 这些:
     *   {@link Entities#pointsBack}) — "它的亩产比老品种高两成。" says which rice, "在此背景下，…" which background, only
     *   with the sentence before;</li>
     *   <li>asking who or which place, the best sentence is a quoted remark with no highlight and the sentence after it
     *   says who spoke (“…。”青山电池有限公司负责人表示。: {@link Entities#attributesSpeech}) — news gives the speaker after the
     *   quote.</li>
     * </ul>
     * That sentence joins even under the bars; at {@code max} it takes the place of the least likely other pick: an
     * answer that names nobody is no answer to who. It says whom or what the best one means, not when: a question
     * naming a period is not answered by it ({@link #fitsPeriod} skips it).
     */
    static List<Integer> withAntecedent(Question question, List<Scored> scored, List<Integer> picks, int[] article,
                                        int[] index, int max) {
        QuestionType type = question.type();
        if (max < 2 || type != QuestionType.PERSON && type != QuestionType.PLACE && type != QuestionType.OTHER) {
            return picks;
        }
        int best = picks.get(0);
        Scored b = scored.get(best);
        String text = b.candidate().text();
        int before = neighbour(best, -1, article, index);
        int after = neighbour(best, 1, article, index);
        int join = -1;
        if (type == QuestionType.OTHER) {
            boolean bare = before >= 0 && b.span() == null; // only then is the text segmented (twice at most)
            join = bare && (Entities.refersToSomething(text) || Entities.pointsBack(text)) ? before : -1;
        } else if (before >= 0 && (type == QuestionType.PERSON ? b.span() == null && Entities.refersToSomeone(text)
                : namesByItsEnd(scored.get(before).candidate().text(), text))) {
            join = before;
        } else if (after >= 0 && b.span() == null && isQuotation(text)
                && Entities.attributesSpeech(scored.get(after).candidate().text())) {
            join = after;
        }
        return join < 0 ? picks : joined(picks, join, 1, max);
    }

    /**
     * The picks with {@code join} put at {@code at} (unless it is a pick already), in place of the last, least likely
     * pick when there are {@code max} of them.
     */
    private static List<Integer> joined(List<Integer> picks, int join, int at, int max) {
        if (picks.contains(join)) {
            return picks;
        }
        List<Integer> out = new ArrayList<>(picks);
        if (out.size() >= max) {
            out.remove(out.size() - 1);
        }
        out.add(Math.min(at, out.size()), join);
        return out;
    }

    /** A question asking until when: 到什么时候, 持续到何时, 哪天截止, 什么时候结束. */
    private static final Pattern ASKS_END = Pattern.compile("(?:到|至|截至|截止到?|持续到|延续到|直到)(?:什么时候|何时|哪一?天|几月几[日号])"
            + "|(?:什么时候|何时|哪一?天)(?:结束|截止|为止|到期)");
    /** An end given: 至, 到 or 止 and a date or time ("将持续至2026年2月23日", "执行至9日24时", "到明年6月"). */
    private static final Pattern GIVES_END = Pattern.compile("(?:至|到|止)\\s*(?:今年|明年|年底前?|月底前?)?\\s*"
            + "[0-9一二三四五六七八九十]+\\s*(?:年|月|日|号|时)");

    /**
     * The picks, with the likeliest sentence of the best one's article that gives an end (至 and a date: {@link
     * #GIVES_END}) when the question asks until when ({@link #ASKS_END}) and no pick gives one: a report names the
     * start of an event in its first sentence and when it runs to further down, and a question asking the end is
     * answered by the start otherwise. That sentence joins even under the bars; at {@code max} it takes the place of
     * the least likely other pick.
     */
    static List<Integer> withEnd(Question question, List<Scored> scored, List<Integer> picks, int[] article, int max) {
        if (max < 2 || !ASKS_END.matcher(question.folded()).find()
                || picks.stream().anyMatch(i -> GIVES_END.matcher(TextFold.fold(scored.get(i).candidate().text())).find())) {
            return picks;
        }
        int best = picks.get(0);
        for (int i = 0; i < scored.size(); i++) { // best first
            if (article[i] == article[best] && GIVES_END.matcher(TextFold.fold(scored.get(i).candidate().text())).find()) {
                return joined(picks, i, max, max);
            }
        }
        return picks;
    }

    /** A year named only by the one before it: 同年, 次年, 翌年, 隔年, 该年, 当年, 是年, 这一年. */
    private static final Pattern YEAR_BY_NEIGHBOUR = Pattern.compile("[同次翌隔该当是]年|这一年");
    /** A year named outright: digits or Chinese numerals before 年 (1998年, 民国14年, 正德十三年), not a span (三年多). */
    private static final Pattern YEAR_NAMED = Pattern.compile("(?:[0-9]{1,4}|[〇零一二三四五六七八九十百千廿元]+)\\s*年(?![多余来间])");

    /**
     * The picks, with the sentences before the best one up to the one naming a year outright, when the question asks
     * for a year or a date and the best one names its year only by the one before (同年, 次年, 翌年: "同年12月31日，新银行
     * 开业。") and none outright: the year is in the narrative before it, one or two sentences up ("2026年3月，…。11月，…。
     * 同年12月31日，…"). Those sentences join even under the bars, each at {@code max} in place of the least likely
     * other pick; none joins when no sentence of the article among the scored, up to {@code max} - 1 before, names one.
     */
    static List<Integer> withYearBefore(Question question, List<Scored> scored, List<Integer> picks, int[] article,
                                        int[] index, int max) {
        if (max < 2 || question.type() != QuestionType.DATE && !QuestionType.asksYear(question.folded())) {
            return picks;
        }
        int best = picks.get(0);
        String text = TextFold.fold(scored.get(best).candidate().text());
        if (!YEAR_BY_NEIGHBOUR.matcher(text).find() || YEAR_NAMED.matcher(text).find()) {
            return picks;
        }
        List<Integer> run = new ArrayList<>();
        for (int at = best, step = 1; step < max; step++) {
            at = neighbour(at, -1, article, index);
            if (at < 0) {
                return picks;
            }
            run.add(at);
            if (YEAR_NAMED.matcher(TextFold.fold(scored.get(at).candidate().text())).find()) {
                List<Integer> out = picks;
                for (int i = 0; i < run.size(); i++) {
                    out = joined(out, run.get(i), 1 + i, max);
                }
                return out;
            }
        }
        return picks;
    }

    /** A title: 《…》 as Chinese writes the name of a book, a programme, a document. */
    private static final Pattern TITLE = Pattern.compile("《[^《》]{1,40}》");

    /**
     * The picks, with the sentence before or else after the best one that gives a title, when the question asks a
     * work by its title ({@link QuestionType#asksTitle}: 哪部作品, 什么节目) and no pick gives one the question does not
     * already: "学界将它看作第一部地方志小说。" names the novel only as 它, the sentence before by its title. That
     * sentence joins even under the bars; at {@code max} it takes the place of the least likely other pick.
     */
    static List<Integer> withTitle(Question question, List<Scored> scored, List<Integer> picks, int[] article,
                                   int[] index, int max) {
        if (max < 2 || !QuestionType.asksTitle(question.folded())
                || picks.stream().anyMatch(i -> givesTitle(scored.get(i).candidate().text(), question.folded()))) {
            return picks;
        }
        int best = picks.get(0);
        for (int step : new int[]{-1, 1}) {
            int at = neighbour(best, step, article, index);
            if (at >= 0 && givesTitle(scored.get(at).candidate().text(), question.folded())) {
                return joined(picks, at, 1, max);
            }
        }
        return picks;
    }

    /** Whether {@code sentence} gives a title ({@link #TITLE}) that {@code foldedQuestion} does not already say. */
    static boolean givesTitle(String sentence, String foldedQuestion) {
        Matcher m = TITLE.matcher(TextFold.fold(sentence));
        while (m.find()) {
            if (!foldedQuestion.contains(m.group())) {
                return true;
            }
        }
        return false;
    }

    /** The position of the sentence {@code step} before or after the {@code at}th in its article among the scored, or -1. */
    private static int neighbour(int at, int step, int[] article, int[] index) {
        for (int i = 0; i < article.length; i++) {
            if (article[i] == article[at] && index[i] == index[at] + step) {
                return i;
            }
        }
        return -1;
    }

    /** Whether a sentence is one quoted remark: it opens with “ or 「 and closes with ” or 」 (and perhaps 。). */
    static boolean isQuotation(String sentence) {
        String s = sentence.strip().replaceAll("[。．.]+$", "");
        return s.length() > 2 && (s.charAt(0) == '“' || s.charAt(0) == '「')
                && (s.charAt(s.length() - 1) == '”' || s.charAt(s.length() - 1) == '」');
    }

    /**
     * Whether {@code sentence} names an organisation of {@code before} by the end of its name only ("工会" after
     * "青山区总工会", "公司" after "青山电池有限公司"): news names an organisation in full once, then by its kind, which
     * the last two characters of a name of four or more say (公司, 大学, 工会, 政府, 银行).
     */
    static boolean namesByItsEnd(String before, String sentence) {
        for (Entity e : Entities.of(before)) {
            String name = e.text();
            if (e.kind() == Entity.Kind.ORGANISATION && name.length() >= 4 && !sentence.contains(name)
                    && sentence.contains(name.substring(name.length() - 2))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a sentence may answer for the periods a question names ({@code asked}): its article is dated (dated
     * articles are filtered by period before ranking), or it names no period of its own, or one in a year one of
     * the asked periods is in (a question names the day of a signing, its sentence the month after).
     */
    static boolean fitsPeriod(List<DateExpressions.Period> asked, Candidate c) {
        if (c.articleDate() != null) {
            return true;
        }
        List<DateExpressions.Period> named = DateExpressions.periods(TextFold.fold(c.text()), null);
        return named.isEmpty() || named.stream().anyMatch(p -> asked.stream().anyMatch(
                a -> p.from().getYear() <= a.to().getYear() && a.from().getYear() <= p.to().getYear()));
    }

    /** One citation for consecutive sentences of one article (in text order): the verbatim text from the first to the last. */
    private static Citation cite(int n, List<Scored> passage) {
        Candidate first = passage.get(0).candidate();
        Candidate last = passage.get(passage.size() - 1).candidate();
        String snippet = passage.size() == 1 ? first.text() : first.articleText().substring(first.start(), last.end());
        Scored best = passage.stream().max(Comparator.comparingDouble(Scored::score)).orElseThrow();
        // the highlight: the entity of the most likely sentence that has one
        int[] highlight = passage.stream().filter(s -> s.span() != null)
                .max(Comparator.comparingDouble(Scored::score))
                .map(s -> new int[]{s.candidate().start() + s.span().start(), s.candidate().start() + s.span().end()})
                .orElse(null);
        return new Citation(n, first.articleId(), first.title(), first.source(), snippet, first.start(), last.end(),
                highlight, round(best.score()));
    }

    private Answer notFound(Question question, List<Scored> scored, DateRange unreported, List<Integer> otherYears) {
        Map<String, Scored> related = new LinkedHashMap<>();
        for (Scored s : scored) {
            if (related.size() >= MAX_RELATED) {
                break;
            }
            if (s.lexical() > 0) {
                related.putIfAbsent(s.candidate().articleId(), s);
            }
        }
        List<Citation> citations = new ArrayList<>();
        for (Scored s : related.values()) {
            Candidate c = s.candidate();
            citations.add(new Citation(citations.size() + 1, c.articleId(), c.title(), c.source(), c.text(),
                    c.start(), c.end(), null, round(s.score())));
        }
        String quoted = question.text().strip();
        if (quoted.length() > QUOTE_CHARS) {
            quoted = quoted.substring(0, QUOTE_CHARS) + "…";
        }
        String message = "已收录的文章中没有找到“" + quoted + "”的答案。"
                + (unreported == null ? "" : "发布于" + unreported.from() + "至" + unreported.to()
                        + "之间（所问的时期及其后的报道期）的文章中没有找到相关的报道。")
                + (otherYears.isEmpty() ? "" : "最相关的文章讲的是" + years(otherYears) + "的情况，不是所问的时期。")
                + (citations.isEmpty() ? "" : "下面几篇文章内容相近，可供查阅。");
        return new Answer(message, true, citations, 0);
    }

    /**
     * What names a year, read leniently (a count of years passes too, so the rule refuses less): digits, Chinese
     * numerals or 元 before 年 (1998年, 一九九八年, 民国元年, 建炎二年), a year named by its neighbour (同年, 次年,
     * 翌年, 当年, 该年, 隔年, 去年, 今年, 前年, 明年), or four digits from 1000 to 2199 that no digit, point, % or
     * Chinese character follows (《世界开放报告2022》, "2022-23赛季"; not "1260米").
     */
    private static final Pattern YEAR = Pattern.compile("[0-9]{1,4}\\s*年|[元〇零一二三四五六七八九十百千廿]+\\s*年|[同次翌当该隔去今前明]年"
            + "|(?<![0-9.])(?:1[0-9]{3}|2[01][0-9]{2})(?![0-9.%]|\\p{IsHan})");

    /**
     * Whether {@code sentence} (folded) names a year — any, the question's own too: "2022年…发布的是哪一年的报告？" is
     * answered by 《…报告2022》.
     */
    static boolean givesYear(String sentence) {
        return YEAR.matcher(sentence).find();
    }

    /** 第 and a number: a place in an order, whatever it counts ("第5", "第十一届"). */
    private static final Pattern ORDINAL = Pattern.compile("第\\s*" + Editions.NUMERAL);

    /**
     * Whether {@code sentence} (folded) gives a place in an order counted in {@code unit} (the character after 第几 in
     * the question, or ""): 第 and a number ("第5", "第十一届"), a number and the unit ("居全国12位", "88号文件"), or 首
     * and the unit ("首届", "首批"). Of the 15 第几 questions in the training parts of CMRC 2018 trial and DRCD test,
     * every gold sentence gives one so (13 with 第, two as a number and the unit): a page that gives none cannot say which
     * edition or rank.
     */
    static boolean givesOrdinal(String sentence, String unit) {
        return ORDINAL.matcher(sentence).find() || !unit.isEmpty()
                && Pattern.compile("(?:" + Editions.NUMERAL + "|首)\\s*" + Pattern.quote(unit)).matcher(sentence).find();
    }

    /** "2023年", "2022年、2023年", or for more than three "2019年至2023年" (the first and last). */
    static String years(List<Integer> years) {
        if (years.size() > 3) {
            return years.get(0) + "年至" + years.get(years.size() - 1) + "年";
        }
        return String.join("、", years.stream().map(y -> y + "年").toList());
    }

    /** The sentence as read in the answer: OCR line breaks and stray spaces between Chinese characters removed. */
    static String forReading(String sentence) {
        String s = sentence.replaceAll("\\s*[\\r\\n]+\\s*", "");
        return s.replaceAll("(?<=[\\p{IsHan}，。、；：“”])\\s+|\\s+(?=[\\p{IsHan}，。、；：“”])", "");
    }

    private static double round(double score) {
        return Math.round(score * 1000) / 1000.0;
    }
}
