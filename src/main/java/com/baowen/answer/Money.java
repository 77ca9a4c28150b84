package com.baowen.answer;

import com.hankcs.hanlp.seg.common.Term;

import java.util.List;

/**
 * A sum of money asked by its noun ("项目总投资是多少", "冠军的奖金有多少", "修路用了多少经费") and whether a sentence gives one.
 * Such a question names no unit, so the unit check ({@link Scored#givesUnit()}) cannot tell the report of the project
 * from its figure; a report that does not give the sum answers "not found". Which nouns are money comes from HanLP's
 * thesaurus (同义词词林), not from a list of ours. Stateless and thread-safe.
 */
final class Money {
    /**
     * Classes of 同义词词林 that hold sums of money: prices (Dj02B 价格, 成交价, 造价), money (Dj03B 钱财), capital and profit
     * (Dj04A 资本, 资金, 成本; Dj04B 利润), taxes and rents (Dj06), pay (Dj07 工资, 补贴, 报酬), funds, income and expenses
     * (Dj08B 收入, 奖金, 营业额; Dj08C 费用, 经费, 电费), amounts (Dn03A05 金额), investing and financing (He01D 投资, 注资;
     * He01F 融资). Not Dj02A (价值 but also 平均值), Dj04C (利率, a rate) or Dj05 (the currencies themselves, a unit).
     */
    private static final List<String> CLASSES = List.of("Dj02B", "Dj03B", "Dj04A", "Dj04B", "Dj06", "Dj07", "Dj08B",
            "Dj08C", "Dn03A05", "He01D", "He01F");
    /** Characters of a number as written: digits, Chinese numerals and magnitudes, 多 and 余 ("300多万"), separators. */
    private static final String NUMBER_CHARS = "0123456789.,零〇一二三四五六七八九十两百千万亿多余";

    /** What after a bare number makes it part of a date or a time the segmenter cut apart ("2026年/5/月底"). */
    private static final String TIME_UNITS = "年月日号时点分秒";

    private Money() {
    }

    /**
     * The noun of money a folded question asks how much of, or {@code null}: the noun (or verbal noun: 投资) right after
     * 多少, with or without 的 ("多少经费", "多少的价格"; of a compound the segmenter cut apart, its last part:
     * "多少政府补贴"), or, when none follows, the word before 多少 past a copula, an adverb, 了 or 为/约/达 ("总投资是多少",
     * "水费大约多少", "营业收入为多少", "投资了多少") — a word of one of {@link #CLASSES}, or a compound the thesaurus
     * does not know whose last two characters are one (总投资, 营业收入: a Chinese compound noun is the kind of thing its
     * end says). Not a change ("投资增长了多少": 增长 stands between).
     */
    static String asked(String folded) {
        List<Term> words = Entities.words(folded);
        for (int i = 0; i < words.size(); i++) {
            if (!words.get(i).word.equals("多少")) {
                continue;
            }
            int after = i + 1;
            while (after < words.size() && words.get(after).word.equals("的")) {
                after++;
            }
            if (after < words.size()) {
                String nature = words.get(after).nature.toString();
                if (nature.startsWith("n") || nature.equals("vn")) {
                    String noun = lastOfNouns(words, after);
                    return isMoney(noun) ? noun : null;
                }
                if (nature.startsWith("q")) {
                    return null; // a unit is asked: the unit check reads it
                }
            }
            int before = i - 1;
            while (before >= 0 && standsBetween(words.get(before))) {
                before--;
            }
            return before >= 0 && isMoney(words.get(before).word) ? words.get(before).word : null;
        }
        return null;
    }

    /**
     * Whether a folded sentence gives a sum the question ({@code foldedQuestion}) does not already say: a number in a
     * currency (元 or 币 in it, or a currency of 同义词词林 Dj05: 美金, 英镑), or a number in digits with no unit at all
     * ("5000万", "30亿" before a currency HanLP does not attach). Not a date or a time, not even one the segmenter cut
     * apart ("5" of "2026年5月底"), a percentage or a count of something else ("48个", "83岁", "1000万棒").
     */
    static boolean givesSum(String foldedSentence, String foldedQuestion) {
        for (Entity e : Entities.numbersAndDates(foldedSentence)) {
            String number = e.text();
            if (e.kind() != Entity.Kind.NUMBER || foldedQuestion.contains(number)) {
                continue;
            }
            int last = number.length() - 1;
            while (last >= 0 && NUMBER_CHARS.indexOf(number.charAt(last)) < 0) {
                last--;
            }
            String unit = number.substring(last + 1);
            if (unit.contains("元") || unit.contains("币") || isCurrency(unit)) {
                return true;
            }
            boolean partOfDate = e.end() < foldedSentence.length() && TIME_UNITS.indexOf(foldedSentence.charAt(e.end())) >= 0;
            if (unit.isEmpty() && number.chars().anyMatch(Character::isDigit) && !partOfDate) {
                return true;
            }
        }
        return false;
    }

    /**
     * The last of the nouns (and verbal nouns) from {@code from} on: the segmenter cuts a compound apart ("政府/补贴",
     * "财政/资金") and its last part says what kind of thing it is.
     */
    private static String lastOfNouns(List<Term> words, int from) {
        String last = words.get(from).word;
        for (int i = from + 1; i < words.size(); i++) {
            String nature = words.get(i).nature.toString();
            if (!nature.startsWith("n") && !nature.equals("vn")) {
                break;
            }
            last = words.get(i).word;
        }
        return last;
    }

    private static boolean standsBetween(Term t) {
        String nature = t.nature.toString();
        return nature.equals("d") || nature.equals("vshi") || nature.equals("vyou") || nature.equals("ule")
                || t.word.equals("为") || t.word.equals("约") || t.word.equals("达");
    }

    private static boolean isMoney(String word) {
        String code = Entities.thesaurusCode(word);
        if (code == null && word.length() > 2) {
            code = Entities.thesaurusCode(word.substring(word.length() - 2));
        }
        return code != null && CLASSES.stream().anyMatch(code::startsWith);
    }

    private static boolean isCurrency(String unit) {
        String code = unit.isEmpty() ? null : Entities.thesaurusCode(unit);
        return code != null && code.startsWith("Dj05");
    }
}
