package com.baowen.answer;

import com.baowen.retrieve.QueryText;
import com.baowen.index.TextAnalysis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A question as the answer stage sees it: folded text, what it asks for, its key terms, what it
 * names, the period it asks about, and the query to retrieve with (which, for a follow-up, carries
 * the previous question along); immutable.
 *
 * @param text           the question as asked
 * @param folded         {@link TextFold#fold folded} question
 * @param type           what it asks for
 * @param unit           the quantifier asked for ("家" in "多少家企业"), or {@code null}
 * @param plural         true when it asks for several things ("哪些地方"), so answers may come from several articles
 * @param terms          key terms with boosts: the index analyzer's words of the question, question words left out
 * @param names          persons, places, organisations (HanLP) and quoted terms the question names
 * @param entities       every entity of the question (an answer is something the question does not already say)
 * @param period         the absolute period the question names (2025年4月, not 今年), or {@code null};
 *                       {@link #periodFor} reads relative ones against an article's date
 * @param retrievalQuery what to search with
 */
public record Question(String text, String folded, QuestionType type, String unit, boolean plural,
                       List<Term> terms, List<String> names, List<Entity> entities, DateExpressions.Period period,
                       String retrievalQuery) {
    private static final Pattern PERCENT = Pattern.compile("比例|占比|百分之|百分比|几成|多少成");
    /** The words that ask how much. */
    private static final Pattern ASKS_AMOUNT = Pattern.compile("多少|几|多大|多高");
    private static final Pattern PLURAL = Pattern.compile("哪些|哪几|分别|都有|有哪|各");
    /** Words that point back at something named earlier in the conversation. */
    private static final Pattern ANAPHOR = Pattern.compile("它|他|她|其|该|这|那|此|上述|前面|刚才");
    /** Interrogatives: a word holding one is how the question asks, not what it is about. */
    private static final Pattern INTERROGATIVE = Pattern.compile("哪|什么|谁|多少|几|怎|如何|为何|何时|何地|何处|吗|呢|是否");
    /** A question shorter than this (in key terms) likely leans on the previous one. */
    private static final int SHORT_QUESTION_TERMS = 2;
    /** A quoted term: “乡里制”, 《某某研究》, "12345". */
    private static final Pattern QUOTED = Pattern.compile("[“\"「《]([^”\"」》]{2,20})[”\"」》]");

    public Question {
        terms = List.copyOf(terms);
        names = List.copyOf(names);
        entities = List.copyOf(entities);
    }

    /**
     * @param question the question, 1..2000 characters
     * @param history  earlier turns, oldest first
     */
    public static Question parse(String question, List<Turn> history) {
        String folded = TextFold.fold(question.strip());
        QuestionType type = QuestionType.of(folded);
        if (type == QuestionType.OTHER && (Entities.asksAName(folded) || Entities.asksWhichPerson(folded))) {
            type = QuestionType.PERSON; // "那位党支部书记叫什么？", "哪一个皇帝下令修桥？" ask who
        }
        List<Term> terms = new ArrayList<>(terms(folded, 1.0));
        String retrievalQuery = question.strip();
        String previous = lastUserQuestion(history);
        if (previous != null && isFollowUp(folded, terms)) {
            for (Term t : terms(TextFold.fold(previous), 0.5)) {
                if (terms.stream().noneMatch(x -> x.text().equals(t.text()))) {
                    terms.add(t);
                }
            }
            // capped by dropping the oldest context: a follow-up to a long question is still answered
            retrievalQuery = QueryText.withContext(previous, retrievalQuery);
        }
        List<Entity> entities = Entities.of(folded);
        return new Question(question, folded, type, unitOf(folded, type), PLURAL.matcher(folded).find(), terms,
                names(folded, entities), entities, DateExpressions.period(folded, null), retrievalQuery);
    }

    /**
     * The period the question asks about as the article of {@code articleDate} would mean it: the
     * absolute one, else one relative to that date ("今年" in an article of 2025 is 2025), or {@code null}.
     */
    public DateExpressions.Period periodFor(java.time.LocalDate articleDate) {
        if (period != null || articleDate == null) {
            return period;
        }
        return DateExpressions.period(folded, articleDate);
    }

    /** The index analyzer's words of a folded text, without interrogatives and single characters. */
    static List<Term> terms(String folded, double boost) {
        Set<String> words = new LinkedHashSet<>();
        for (String w : TextAnalysis.words(folded)) {
            if (w.length() >= 2 && !INTERROGATIVE.matcher(w).find()) {
                words.add(w);
            }
        }
        return words.stream().map(w -> new Term(w, boost)).toList();
    }

    private static List<String> names(String folded, List<Entity> entities) {
        Set<String> names = new LinkedHashSet<>();
        Matcher q = QUOTED.matcher(folded);
        while (q.find()) {
            names.add(q.group(1));
        }
        for (Entity e : entities) {
            if (e.kind() == Entity.Kind.PERSON || e.kind() == Entity.Kind.PLACE || e.kind() == Entity.Kind.ORGANISATION) {
                names.add(e.text());
            }
        }
        return List.copyOf(names);
    }

    private static boolean isFollowUp(String folded, List<Term> terms) {
        return ANAPHOR.matcher(folded).find() || terms.size() <= SHORT_QUESTION_TERMS;
    }

    private static String lastUserQuestion(List<Turn> history) {
        for (int i = history.size() - 1; i >= 0; i--) {
            Turn t = history.get(i);
            if ("user".equals(t.role()) && t.content() != null && !t.content().isBlank()) {
                return t.content();
            }
        }
        return null;
    }

    private static String unitOf(String folded, QuestionType type) {
        if (type != QuestionType.NUMBER) {
            return null;
        }
        if (PERCENT.matcher(folded).find()) {
            // a share asked ("比例是多少", "百分之几"), not one the question only mentions ("比例最高的是哪国")
            return ASKS_AMOUNT.matcher(folded).find() ? "%" : null;
        }
        return Entities.quantifierAsked(folded);
    }
}
