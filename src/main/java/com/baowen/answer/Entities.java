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
     * The quantifier a question asks a number in: the word right after 多少 or 几 when the segmenter
     * makes it a measure word ("条", "万元", "亩") or it is one character ("人", "户"); {@code null}
     * when a noun follows ("多少资金", "多少常住人口": no unit is asked).
     *
     * @param folded the question folded by {@link TextFold#fold}
     */
    public static String quantifierAsked(String folded) {
        List<Term> words = WORDS.get().seg(forSegmenter(folded));
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i).word;
            String rest = w.startsWith("多少") ? w.substring(2) : w.startsWith("几") ? w.substring(1) : null;
            if (rest == null) {
                continue;
            }
            if (!rest.isEmpty()) {
                return allHan(rest) ? rest : null;
            }
            if (i + 1 < words.size()) {
                Term next = words.get(i + 1);
                if (allHan(next.word) && (next.nature.toString().startsWith("q") || next.word.length() == 1)) {
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
        int searchFrom = 0;
        for (Term t : segment.seg(folded)) {
            int start = t.offset >= 0 && folded.startsWith(t.word, t.offset) ? t.offset : folded.indexOf(t.word, searchFrom);
            if (start < 0) {
                continue;
            }
            int end = start + t.word.length();
            searchFrom = end;
            Entity.Kind kind = kindOf(t.nature.toString(), t.word);
            if (kind != null) {
                out.add(new Entity(kind, start, end, text.substring(start, end)));
            }
        }
        return merge(out, text);
    }

    /**
     * HanLP's part-of-speech tag to an entity kind: nr* persons, ns* places, nt* organisations, t
     * time, m/mq numbers (a number whose quantifier is 年, 月, 日 or 号 is a date).
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
