package com.baowen.answer;

import com.baowen.retrieve.QueryText;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A question as the answer stage sees it: folded text, what it asks for, its key terms, and the
 * query to retrieve with (which, for a follow-up, carries the previous question along); immutable.
 *
 * @param text           the question as asked
 * @param folded         {@link TextFold#fold folded} question
 * @param type           what it asks for
 * @param unit           the unit asked for ("家" in "多少家企业"), or {@code null}
 * @param plural         true when it asks for several things ("哪些地方"), so answers may come from several articles
 * @param terms          key terms with boosts
 * @param names          what the question names and an answering article must mention: stems of places
 *                       ("太原" for "太原市") and quoted terms ("乡里制" in “乡里制”)
 * @param retrievalQuery what to search with
 */
public record Question(String text, String folded, QuestionType type, String unit, boolean plural,
                      List<Term> terms, List<String> names, String retrievalQuery) {
    private static final Pattern UNIT_AFTER = Pattern.compile(
            "(?:多少|几)(个月|个|家|位|名|人次|人|部|亩|元|钱|次|户|件|条|项|所|座|辆|台|吨|公里|千米|米|平方米|岁|天|年|月|小时|分钟|倍|场|幅|本|册|支|批|套|栋|间|张|份|种|类|期|届|处|块|斤|公斤|千克|克|公顷|度|级|万|亿)");
    private static final Pattern PERCENT = Pattern.compile("比例|占比|百分之|百分比|几成|多少成");
    private static final Pattern PLURAL = Pattern.compile("哪些|哪几|分别|都有|有哪|各");
    /** Words that point back at something named earlier in the conversation. */
    private static final Pattern ANAPHOR = Pattern.compile("它|他|她|其|该|这|那|此|上述|前面|刚才");
    /** A question shorter than this (after question words go) likely leans on the previous one. */
    private static final int SHORT_QUESTION_TERMS = 3;

    /**
     * A place name: two characters and a suffix (区 only after a name, not in 地区, 社区, 城区…), and not a
     * suffix that begins a common word ("改成村级", "农贸市场", "县城", "村民", "市委").
     */
    private static final Pattern PLACE = Pattern.compile(
            "(\\p{IsHan}{2})(?:省|市|县|镇|乡|村|社区|街道|(?<![地山城市景园校辖小片分灾社])区)(?![级民委干组庄场城域属])");
    /** A quoted term: “乡里制”, 《村干部职业化区域差异研究》, "12345". */
    private static final Pattern QUOTED = Pattern.compile("[“\"「《]([^”\"」》]{2,20})[”\"」》]");
    /** Stems that are not names: "哪个县", "每个村", "参与了社区". */
    private static final Pattern NOT_A_NAME = Pattern.compile(".*[哪什么该这那本我全各每个些了的在与和是有为对从到将把被给等].*");

    public Question {
        terms = List.copyOf(terms);
        names = List.copyOf(names);
    }

    /**
     * @param question the question, 1..2000 characters
     * @param history  earlier turns, oldest first
     */
    public static Question parse(String question, List<Turn> history) {
        String folded = TextFold.fold(question.strip());
        QuestionType type = QuestionType.of(folded);
        List<Term> terms = new ArrayList<>(KeyTerms.of(folded, 1.0));
        String retrievalQuery = question.strip();
        String previous = lastUserQuestion(history);
        if (previous != null && isFollowUp(folded, terms)) {
            String prevFolded = TextFold.fold(previous);
            for (Term t : KeyTerms.of(prevFolded, 0.5)) {
                if (terms.stream().noneMatch(x -> x.text().equals(t.text()))) {
                    terms.add(t);
                }
            }
            // capped by dropping the oldest context: a follow-up to a long question is still answered
            retrievalQuery = QueryText.withContext(previous, retrievalQuery);
        }
        return new Question(question, folded, type, unitOf(folded, type), PLURAL.matcher(folded).find(), terms,
                names(folded), retrievalQuery);
    }

    private static List<String> names(String folded) {
        List<String> stems = new ArrayList<>();
        Matcher q = QUOTED.matcher(folded);
        while (q.find()) {
            stems.add(q.group(1));
        }
        Matcher m = PLACE.matcher(folded);
        while (m.find()) {
            String stem = m.group(1);
            if (!NOT_A_NAME.matcher(stem).matches() && !stems.contains(stem)) {
                stems.add(stem);
            }
        }
        return stems;
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
            return "%";
        }
        Matcher m = UNIT_AFTER.matcher(folded);
        if (m.find()) {
            String u = m.group(1);
            return "钱".equals(u) ? "元" : u;
        }
        return null;
    }
}
