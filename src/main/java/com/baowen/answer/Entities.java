package com.baowen.answer;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

import java.util.ArrayList;
import java.util.List;

/**
 * Persons, places, organisations, numbers with their quantifiers and time expressions, as HanLP's
 * segmenter tags them (HanLP portable: its dictionaries and role-tagging models ship in the jar).
 * Text is folded first (HanLP's models know simplified Chinese); {@link TextFold#fold} keeps the
 * length, so offsets point into the text as given. Thread-safe (one segmenter per thread).
 */
public final class Entities {
    /** Characters that make an amount approximate after its number: "2000多名", "300余人", "十来个". */
    private static final String APPROXIMATE = "多余来";

    private static final ThreadLocal<Segment> NER = ThreadLocal.withInitial(() -> HanLP.newSegment()
            .enableNameRecognize(true).enablePlaceRecognize(true).enableOrganizationRecognize(true)
            .enableNumberQuantifierRecognize(true).enableOffset(true));
    private static final ThreadLocal<Segment> WORDS = ThreadLocal.withInitial(() -> HanLP.newSegment()
            .enableNumberQuantifierRecognize(true).enableOffset(true));

    private Entities() {
    }

    /** Loads HanLP's dictionaries now rather than on the first question (a few seconds). */
    public static void warmUp() {
        of("2025年4月19日，张建国在太原市总工会说。");
    }

    /** The entities of {@code text}, in text order. */
    public static List<Entity> of(String text) {
        return entities(NER.get(), text);
    }

    /**
     * Numbers and time expressions only, from the plain segmenter (about a third of the cost of
     * {@link #of}: no person, place or organisation recognition).
     */
    public static List<Entity> numbersAndDates(String text) {
        return entities(WORDS.get(), text);
    }

    /**
     * The quantifier a question asks a number in: the word right after 多少 or 几 (几十) when the
     * segmenter makes it a measure word ("条", "万元", "亩") or it is a one-character noun ("人", "户");
     * {@code null} when a longer noun or a function word follows ("多少资金", "多少常住人口", "多少的两倍":
     * no unit is asked). Words that only start with 几 (几乎, 几何) ask nothing.
     *
     * @param folded the question folded by {@link TextFold#fold}
     */
    public static String quantifierAsked(String folded) {
        List<Term> words = WORDS.get().seg(forSegmenter(folded));
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i).word;
            String rest = w.startsWith("多少") ? w.substring(2) : w.startsWith("几") ? w.substring(1) : null;
            if (rest == null || !rest.isEmpty() && !words.get(i).nature.toString().startsWith("m")) {
                continue; // 几乎, 几何, 几内亚: words that only start with 几
            }
            rest = rest.replaceFirst("^[十百千万亿]+", ""); // 几十人, 几百万吨: the unit follows the numeral
            if (!rest.isEmpty()) {
                return allHan(rest) ? rest : null;
            }
            int j = i + 1;
            while (j < words.size() && words.get(j).word.matches("[十百千万亿]+")) {
                j++; // 几 十万 人
            }
            if (j < words.size()) {
                Term next = words.get(j);
                String nature = next.nature.toString();
                // a measure word, or a one-character noun ("人", "户"); not 的, 是, 为 ("多少的两倍", "多少为")
                if (allHan(next.word) && (nature.startsWith("q") || next.word.length() == 1 && nature.startsWith("n"))) {
                    return next.word;
                }
            }
            return null;
        }
        return null;
    }

    private static boolean allHan(String s) {
        return s.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /**
     * The folded text as HanLP should see it: {@link TextFold} makes "？" and "！" half-width, and HanLP
     * glues a half-width "?" or "!" to the word before it and tags the pair as a name ("钱?" a person,
     * "资金?" an organisation). The full-width forms are one character too, so offsets still hold.
     */
    private static String forSegmenter(String folded) {
        return folded.replace('?', '？').replace('!', '！');
    }

    private static List<Entity> entities(Segment segment, String text) {
        String folded = forSegmenter(TextFold.fold(text));
        List<Entity> out = new ArrayList<>();
        tag(segment.seg(folded), folded, text, 0, out);
        return merge(out, text);
    }

    /**
     * The entities of HanLP's terms of {@code folded} (a stretch of the folded text starting at
     * {@code base}), with three corrections of what its taggers do with amounts:
     * <ul>
     *   <li>an approximate amount is one number: "2000" "多" "名" is "2000多名" (so its quantifier is
     *       seen), as is "300" "余" "名", and a number followed by its measure word;</li>
     *   <li>HanLP's place and organisation recognisers take an amount and what it counts for a name
     *       ("12个村", "5万多人", "三个基地"); such a word is read again by the plain segmenter, and its
     *       leading amount is a number (a name that merely starts with a numeral, "五台山", stays);</li>
     *   <li>an ordinal ("第一个", "第3名") says which, not how many: {@link Entity.Kind#ORDINAL}.</li>
     * </ul>
     */
    private static void tag(List<Term> terms, String folded, String text, int base, List<Entity> out) {
        int searchFrom = 0;
        for (int i = 0; i < terms.size(); i++) {
            Term t = terms.get(i);
            int start = start(t, folded, searchFrom);
            if (start < 0) {
                continue;
            }
            int end = start + t.word.length();
            searchFrom = end;
            String nature = t.nature.toString();
            if (isName(nature) && hasNumeral(t.word.substring(0, 1))) {
                List<Term> again = WORDS.get().seg(t.word);
                String first = again.isEmpty() ? "" : again.get(0).nature.toString();
                if ((first.equals("m") || first.equals("mq")) && hasNumeral(again.get(0).word)) {
                    tag(again, t.word, text, base + start, out);
                    continue;
                }
            }
            Entity.Kind kind = kindOf(nature, t.word);
            if (kind == null) {
                continue;
            }
            if (kind == Entity.Kind.NUMBER) {
                // "2000" "多" "名", "300" "余" "名", "86" "名": the amount with its measure word
                int j = i + 1;
                int stretched = end;
                if (j < terms.size() && APPROXIMATE.indexOf(terms.get(j).word) >= 0 && terms.get(j).word.length() == 1
                        && start(terms.get(j), folded, end) == end) {
                    stretched = end + 1;
                    j++;
                }
                if (j < terms.size() && start(terms.get(j), folded, stretched) == stretched
                        && (terms.get(j).nature.toString().startsWith("q")
                        || stretched > end && terms.get(j).word.length() == 1 && terms.get(j).nature.toString().startsWith("n"))) {
                    end = stretched + terms.get(j).word.length();
                    i = j;
                    searchFrom = end;
                }
            }
            out.add(new Entity(kind, base + start, base + end, text.substring(base + start, base + end)));
        }
    }

    private static int start(Term t, String folded, int searchFrom) {
        return t.offset >= 0 && folded.startsWith(t.word, t.offset) ? t.offset : folded.indexOf(t.word, searchFrom);
    }

    private static boolean isName(String nature) {
        return nature.startsWith("nr") || nature.startsWith("ns") || nature.startsWith("nt");
    }

    /**
     * HanLP's part-of-speech tag to an entity kind: nr* persons, ns* places, nt* organisations, t
     * time, m/mq numbers (a number whose quantifier is 年, 月, 日 or 号 is a date; one after 第 an ordinal).
     */
    static Entity.Kind kindOf(String nature, String word) {
        if (nature.startsWith("nr")) {
            return word.length() >= 2 ? Entity.Kind.PERSON : null;
        }
        if (nature.startsWith("ns")) {
            return Entity.Kind.PLACE;
        }
        if (nature.startsWith("nt")) {
            return Entity.Kind.ORGANISATION;
        }
        if (nature.equals("t")) {
            return Entity.Kind.DATE;
        }
        if (nature.equals("m") || nature.equals("mq")) {
            if (!hasNumeral(word)) {
                return null;
            }
            if (word.startsWith("第")) {
                return Entity.Kind.ORDINAL;
            }
            return word.matches(".*[0-9零〇一二三四五六七八九十]+\\s*(年|月|日|号)(份|底|初)?$") ? Entity.Kind.DATE : Entity.Kind.NUMBER;
        }
        return null;
    }

    /** Whether {@code text} holds a digit or a Chinese numeral: "8年" and "三年" are amounts, "去年" is not. */
    static boolean hasNumeral(String text) {
        return text.chars().anyMatch(c -> Character.isDigit(c) || "零〇一二三四五六七八九十两百千万亿".indexOf(c) >= 0);
    }

    /** Adjacent date parts ("2025年" "4月" "19日") become one date. */
    private static List<Entity> merge(List<Entity> entities, String text) {
        List<Entity> out = new ArrayList<>();
        for (Entity e : entities) {
            Entity last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.kind() == Entity.Kind.DATE && e.kind() == Entity.Kind.DATE && last.end() == e.start()) {
                out.set(out.size() - 1, new Entity(Entity.Kind.DATE, last.start(), e.end(), text.substring(last.start(), e.end())));
            } else {
                out.add(e);
            }
        }
        return out;
    }
}
