package com.baowen.answer;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CoreSynonymDictionary;
import com.hankcs.hanlp.dictionary.common.CommonSynonymDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Persons, places, organisations, numbers with their quantifiers and time expressions, as HanLP's
 * segmenter tags them (HanLP portable: its dictionaries and role-tagging models ship in the jar).
 * Text is folded first (HanLP's models know simplified Chinese); {@link TextFold#fold} keeps the
 * length, so offsets point into the text as given. Thread-safe (one segmenter per thread).
 */
public final class Entities {
    private static final Cutter NER = new Cutter(() -> HanLP.newSegment()
            .enableNameRecognize(true).enablePlaceRecognize(true).enableOrganizationRecognize(true).enableOffset(true));
    private static final Cutter WORDS = new Cutter(() -> HanLP.newSegment().enableOffset(true));

    /** Before 几, characters that make it no question of a count: an ordinal or rank (第几, 前几名), "a few" (这几年, 近几天). */
    private static final String NOT_ASKING = "第前这那近";
    /** Orders of magnitude that may lead a unit ("亿元", "万平方米"). */
    private static final String MAGNITUDE = "十百千万亿";

    /** Third-person pronouns: a closed class of the language, not of any question. */
    private static final Set<String> THIRD_PERSON = Set.of("他", "她", "他们", "她们", "其");

    private Entities() {
    }

    /** Loads HanLP's dictionaries now rather than on the first question (a few seconds). */
    public static void warmUp() {
        of("2025年4月19日，张建国在太原市总工会说。");
    }

    /** The entities of {@code text}, in text order. */
    public static List<Entity> of(String text) {
        return entities(NER, text);
    }

    /**
     * Whether {@code text} refers to someone named elsewhere: it holds a third-person pronoun as a word of its own
     * (他, 她, 他们, 她们, 其: "如今，她在网上开课…"; not the 其 of 其中 or 尤其, which the segmenter keeps whole).
     */
    public static boolean refersToSomeone(String text) {
        return holdsWordOf(text, THIRD_PERSON);
    }

    /** The pronouns of a thing: 它, 它们 and the animal forms 牠, 牠们 (a closed class of the language). */
    private static final Set<String> THING = Set.of("它", "它们", "牠", "牠们");

    /** Whether {@code text} refers to a thing named elsewhere: it holds 它 or 它们 (or 牠, 牠们) as a word of its own. */
    public static boolean refersToSomething(String text) {
        return holdsWordOf(text, THING);
    }

    /**
     * Whether the first clause of {@code text} points back with a demonstrative (HanLP's rz: 这, 此, 该, 这时, 这些…):
     * "该公司成立于…", "在此背景下，…" name what they mean only with what came before.
     */
    public static boolean pointsBack(String text) {
        for (Term t : words(TextFold.fold(text))) {
            if (t.word.equals(",") || t.word.equals("，") || t.word.equals("。")) {
                return false;
            }
            if (t.nature.toString().startsWith("rz")) {
                return true;
            }
        }
        return false;
    }

    /** Whether one of the words the segmenter cuts {@code text} into is one of {@code words}. */
    private static boolean holdsWordOf(String text, Set<String> words) {
        return words(TextFold.fold(text)).stream().anyMatch(t -> words.contains(t.word));
    }

    /**
     * Numbers and time expressions only, from the plain segmenter (about a third of the cost of
     * {@link #of}: no person, place or organisation recognition).
     */
    public static List<Entity> numbersAndDates(String text) {
        return entities(WORDS, text);
    }

    /** The words of a folded text as the plain segmenter (numbers with their quantifiers) cuts and tags them. */
    static List<Term> words(String folded) {
        return WORDS.seg(forSegmenter(folded));
    }

    /**
     * The quantifier a question asks a number in: the word right after 多少 or 几 when the segmenter
     * makes it a measure word ("条", "万元", "亩") or it is one character ("人", "户"); {@code null}
     * when a noun follows ("多少资金", "多少常住人口": no unit is asked).
     *
     * @param folded the question folded by {@link TextFold#fold}
     */
    public static String quantifierAsked(String folded) {
        String text = forSegmenter(folded);
        List<Term> words = WORDS.seg(text);
        int at = 0;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i).word;
            int start = text.indexOf(w, at);
            at = start < 0 ? at : start + w.length();
            String rest = w.startsWith("多少") ? w.substring(2) : w.startsWith("几") ? w.substring(1) : null;
            String wordNature = words.get(i).nature.toString();
            if (rest == null || w.startsWith("几") && (wordNature.startsWith("n")
                    || w.length() > 1 && !wordNature.startsWith("m")
                    || start > 0 && NOT_ASKING.indexOf(text.charAt(start - 1)) >= 0
                    || w.length() == 1 && i + 1 < words.size() && MAGNITUDE.indexOf(words.get(i + 1).word.charAt(0)) >= 0)) {
                // 几何 is a word, and so are the adverbs 几近, 几经, 几度; 第几, 前几名 ask an order; 这几年, 近几天 say
                // "a few", and 几百座, 几十万 "several hundred", "several hundred thousand"
                continue;
            }
            if (!rest.isEmpty()) {
                return allHan(rest) ? withoutMagnitude(rest) : null;
            }
            if (i + 1 < words.size()) {
                Term next = words.get(i + 1);
                String nature = next.nature.toString();
                boolean magnitude = next.word.length() > 1 && MAGNITUDE.indexOf(next.word.charAt(0)) >= 0;
                // a noun of one character that may also count ("人", "户"; HanLP's dictionary lists it as a measure
                // word too), not one that is only a thing ("多少水": an amount of it, in any unit)
                boolean oneNoun = next.word.length() == 1 && nature.startsWith("n") && countsAsMeasure(next.word);
                if (allHan(next.word) && (nature.startsWith("q") || oneNoun || magnitude)) {
                    return withoutMagnitude(next.word);
                }
            }
            return null;
        }
        return null;
    }

    /**
     * Whether a sentence says who spoke the remark before it: it holds no quotation mark and ends, before its closing
     * punctuation, with a verb of saying — one that HanLP's thesaurus (同义词词林) files under communication (Hi: 说,
     * 介绍, 强调, 指出, 透露…) or with 表示 (Ja03A01, "express") — as in "青山电池有限公司负责人表示。", "党支部书记王建华说。".
     */
    public static boolean attributesSpeech(String sentence) {
        String folded = forSegmenter(TextFold.fold(sentence));
        if (folded.chars().anyMatch(c -> "“”「」『』\"".indexOf(c) >= 0)) {
            return false;
        }
        List<Term> words = WORDS.seg(folded);
        for (int i = words.size() - 1; i >= 0; i--) {
            Term t = words.get(i);
            if (!t.nature.toString().startsWith("w")) {
                String code = thesaurusCode(t.word);
                return t.nature.toString().startsWith("v") && code != null
                        && (code.startsWith("Hi") || code.startsWith("Ja03A01"));
            }
        }
        return false;
    }

    /** Asking what something is called: 叫什么, 叫做什么, 名字是什么, 姓名是什么, 叫什么名字. */
    private static final Pattern CALLED = Pattern.compile("(?:叫做?|的?名字是|的?姓名是)什么");

    /**
     * Whether a folded question asks a person's name: what someone is called ({@link #CALLED}), the word before it a
     * person by HanLP's thesaurus (同义词词林 class A, people: 书记, 主任, 负责人, 作者, 儿子) — "党支部书记叫什么",
     * not "那座基地叫什么".
     */
    public static boolean asksAName(String folded) {
        Matcher m = CALLED.matcher(folded);
        if (!m.find()) {
            return false;
        }
        List<Term> words = words(folded.substring(0, m.start()).replaceAll("的$", ""));
        return !words.isEmpty() && isPerson(words.get(words.size() - 1).word);
    }

    /** 哪 and the classifier that may follow it: 哪个, 哪一个, 哪位, 哪名. */
    private static final Pattern WHICH = Pattern.compile("哪一?[个位名]?");

    /**
     * Whether a folded question asks which person by the kind of person: the word after 哪 (哪个, 哪一位…) is a person
     * by HanLP's thesaurus (同义词词林 class A, people: 皇帝, 作家, 球员, 学生) — "哪一个皇帝", not "哪一个朝代".
     */
    public static boolean asksWhichPerson(String folded) {
        Matcher m = WHICH.matcher(folded);
        while (m.find()) {
            List<Term> words = words(folded.substring(m.end()));
            if (!words.isEmpty() && isPerson(words.get(0).word)) {
                return true;
            }
        }
        return false;
    }

    /** Whether HanLP's thesaurus files {@code word} under people (同义词词林 class A). */
    private static boolean isPerson(String word) {
        String code = thesaurusCode(word);
        return code != null && code.startsWith("A");
    }

    /** The code HanLP's thesaurus (同义词词林) files {@code word} under ("Hi34B03000" for 说), or {@code null}. */
    static String thesaurusCode(String word) {
        CommonSynonymDictionary.SynonymItem item = CoreSynonymDictionary.get(word);
        return item == null ? null : item.entry.getIdString();
    }

    /** Whether HanLP's core dictionary lists {@code word} as a measure word (q) among its parts of speech. */
    private static boolean countsAsMeasure(String word) {
        CoreDictionary.Attribute attribute = CoreDictionary.get(word);
        if (attribute == null) {
            return false;
        }
        for (Nature n : attribute.nature) {
            if (n.toString().startsWith("q")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The unit without the order of magnitude before it: "亿元" → "元", "万平方米" → "平方米" ("多少万字", which HanLP
     * tags "万字" as a name, asks in 字 too). A report may give the amount in another magnitude ("3000万元" answers
     * "多少亿元"), never in another unit. Money (钱) is asked in 元.
     */
    private static String withoutMagnitude(String unit) {
        int i = 0;
        while (i < unit.length() - 1 && MAGNITUDE.indexOf(unit.charAt(i)) >= 0) {
            i++;
        }
        String u = unit.substring(i);
        // 钱 is the noun for money: "多少钱" is answered in 元, 万元, 美元, 日元… (so are all four 多少钱 questions of
        // CMRC trial and DRCD test and dev)
        return u.equals("钱") ? "元" : u;
    }

    private static boolean allHan(String s) {
        return s.codePoints().allMatch(Entities::han);
    }

    private static boolean han(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    /**
     * The folded text as HanLP should see it: {@link TextFold} makes "？" and "！" half-width, and HanLP
     * glues a half-width "?" or "!" to the word before it and tags the pair as a name ("钱?" a person,
     * "资金?" an organisation). The full-width forms are one character too, so offsets still hold.
     */
    private static String forSegmenter(String folded) {
        return folded.replace('?', '？').replace('!', '！');
    }

    private static List<Entity> entities(Cutter segment, String text) {
        String folded = forSegmenter(TextFold.fold(text));
        List<Entity> out = new ArrayList<>();
        List<Term> terms = segment.seg(folded);
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
            Entity.Kind kind = kindOf(nature, t.word);
            if ((kind == Entity.Kind.PERSON || kind == Entity.Kind.PLACE || kind == Entity.Kind.ORGANISATION)
                    && hasNumeral(t.word)) {
                // the name recognisers swallow a count and its noun: "N家中央单位"/nt, "十一个省"/ns, "约有N万人"/nt.
                // Read without them, such a word holds a count ("四川", "三门峡" stay names: the plain segmenter knows
                // them too; so does "第一汽车集团", whose 第一 counts nothing)
                List<Entity> numbers = numbersIn(t.word, start, text);
                if (numbers.stream().anyMatch(Entities::counted)) {
                    out.addAll(numbers);
                    continue;
                }
            } else if (kind == Entity.Kind.NUMBER && quantifiable(nature, t.word)) {
                // HanLP joins a quantifier to some numbers ("3.5亿元", "12.5万吨"/mq) but not to most ("N"/m "例",
                // "N"/m "人", "N"/m "%"): a number is read with its quantifier, as a question asks for it (多少例)
                int quantifiedEnd = quantified(terms, i, folded, end);
                while (i + 1 < terms.size() && end < quantifiedEnd) {
                    end += terms.get(++i).word.length();
                }
                searchFrom = end;
                kind = kindOf("m", folded.substring(start, end));
            }
            if (kind != null) {
                out.add(new Entity(kind, start, end, text.substring(start, end)));
            }
        }
        return merge(out, text);
    }

    /** The numbers the plain segmenter finds in {@code word} (at {@code offset} of {@code text}), with their quantifiers. */
    private static List<Entity> numbersIn(String word, int offset, String text) {
        List<Entity> out = new ArrayList<>();
        List<Term> words = WORDS.seg(word);
        int at = 0;
        for (int i = 0; i < words.size(); i++) {
            Term w = words.get(i);
            int end = at + w.word.length();
            String nature = w.nature.toString();
            Entity.Kind kind = nature.startsWith("m") ? kindOf(nature, w.word) : null;
            if (kind == Entity.Kind.NUMBER && quantifiable(nature, w.word)) {
                int quantifiedEnd = quantified(words, i, word, end);
                while (i + 1 < words.size() && end < quantifiedEnd) {
                    end += words.get(++i).word.length();
                }
                kind = kindOf("m", word.substring(at, end));
            }
            if (kind != null) {
                out.add(new Entity(kind, offset + at, offset + end, text.substring(offset + at, offset + end)));
            }
            at = end;
        }
        return out;
    }

    /** A count: digits, or a numeral with its quantifier ("十一个"; not "第一", "十"). */
    private static boolean counted(Entity e) {
        String w = e.text();
        return w.chars().anyMatch(Character::isDigit) || !hasNumeral(w.substring(w.length() - 1));
    }

    /** A number HanLP left without its quantifier: a bare one ("86"/m), or one ending in its magnitude ("2,000万"/mq). */
    private static boolean quantifiable(String nature, String word) {
        return nature.equals("m") || nature.equals("mq") && MAGNITUDE.indexOf(word.charAt(word.length() - 1)) >= 0;
    }

    /**
     * Whether a number or date as written ({@code folded}) is in the unit a question asks for: it holds the unit, or
     * a form that stands for it — a fraction or 成 for "%" ("三分之一", "四成"), another name of the unit ({@link Units}:
     * 名 or 位 for 人, 天 for 日, "cm" or 公分 for 厘米, and back); with 个, the general classifier, any number (it is
     * left out before large numbers, "2.6亿", and gives way to a unit, "6小时"). A date only by its own unit: a
     * duration ("二十年" for 几年).
     */
    public static boolean inUnit(Entity.Kind kind, String folded, String unit) {
        if (unit == null || !hasNumeral(folded) || kind != Entity.Kind.NUMBER && kind != Entity.Kind.DATE) {
            return false;
        }
        if (folded.contains(unit)) {
            return true;
        }
        if (Units.endsInSame(folded, unit)) {
            return true;
        }
        if (kind == Entity.Kind.DATE) {
            return false;
        }
        if (unit.equals("%")) {
            return folded.contains("分之") || folded.endsWith("成");
        }
        // 个 is left out before large numbers ("2.6亿") and gives way to a unit ("6小时")
        return unit.equals("个");
    }

    /** A proportion written as a ratio: "2：3", "3:2", "三比二". */
    private static final Pattern RATIO = Pattern.compile("[0-9]+(?:\\.[0-9]+)?\\s*[：:比]\\s*[0-9]+|[一二三四五六七八九十]+比[一二三四五六七八九十]+");

    /** Chinese numerals, magnitudes included. */
    private static final String NUMERALS = "零〇一二三四五六七八九十两百千万亿";
    /** Per unit asked, a number written right before it ({@link #saysInUnit}): units are few, so each is compiled once. */
    private static final Map<String, Pattern> NUMBER_IN_UNIT = new ConcurrentHashMap<>();

    /** A large round number with no unit after it ("2600万", "50多万"). */
    private static final Pattern BARE_LARGE = Pattern.compile("(?<![0-9.])[0-9]+(?:\\.[0-9]+)?[多余]?[万亿](?!\\p{IsHan})");
    /** What ends a clause. */
    private static final String CLAUSE_END = "，。；：、,;:";

    /**
     * Whether a folded sentence gives a number in {@code unit} where HanLP tags none ({@link #inUnit} reads the tagged
     * ones): a number written right before the unit ("住满五年", which the segmenter leaves untagged); a large round
     * number without a unit in a clause that names the unit before it ("人口约2600万" for 多少人: the unit is left
     * out, the noun says it; not "参观人次达50多万" for 多少亿元); or for "%" a ratio ("男女比例约为2：3").
     * Not a number the question already says.
     */
    public static boolean saysInUnit(String sentence, String unit, String question) {
        if (unit == null) {
            return false;
        }
        Matcher m = (unit.equals("%") ? RATIO : NUMBER_IN_UNIT.computeIfAbsent(unit,
                u -> Pattern.compile("[0-9" + NUMERALS + "]+" + Pattern.quote(u)))).matcher(sentence);
        while (m.find()) {
            if (!question.contains(m.group())) {
                return true;
            }
        }
        if (unit.equals("%")) {
            return false;
        }
        Matcher bare = BARE_LARGE.matcher(sentence);
        while (bare.find()) {
            int from = bare.start();
            while (from > 0 && CLAUSE_END.indexOf(sentence.charAt(from - 1)) < 0) {
                from--;
            }
            if (sentence.substring(from, bare.start()).contains(unit) && !question.contains(bare.group())) {
                return true;
            }
        }
        return false;
    }

    private static int start(Term t, String folded, int searchFrom) {
        return t.offset >= 0 && folded.startsWith(t.word, t.offset) ? t.offset : folded.indexOf(t.word, searchFrom);
    }

    /**
     * Where the number of {@code terms[i]} (ending at {@code end} of {@code folded}) ends with its quantifier: the
     * words right after it that are "%" or "‰", 多 or 余 ("30多人", "300余"), and one quantifier — a word tagged as
     * one (q, qt, qv), a one-character noun or verb as HanLP tags "例", "人", "列", "起" after a number (not 到, as
     * in "3到5"), a currency (日元, 美元), or a unit's international symbol ({@link Units#symbol}: "cm", "kg").
     */
    private static int quantified(List<Term> terms, int i, String folded, int end) {
        for (int j = i + 1; j < terms.size(); j++) {
            Term next = terms.get(j);
            if (!folded.startsWith(next.word, end)) {
                break; // not adjacent
            }
            String w = next.word;
            String nature = next.nature.toString();
            if (w.equals("%") || w.equals("‰")) {
                return end + w.length();
            }
            boolean spaced = w.equals(" ") && j + 1 < terms.size() && folded.startsWith(terms.get(j + 1).word, end + 1);
            String symbol = spaced ? terms.get(j + 1).word : w;
            if (Units.symbol(symbol)) {
                // a unit's symbol, right after the number or after one space: "2cm", "5 km", "20km²" (² a word apart)
                int symbolEnd = end + (spaced ? 1 : 0) + symbol.length();
                boolean squared = symbolEnd < folded.length() && Units.symbol(symbol + folded.charAt(symbolEnd));
                return squared ? symbolEnd + 1 : symbolEnd;
            }
            if (w.equals("多") || w.equals("余")) {
                end += w.length();
                continue;
            }
            if ((w.startsWith("多") || w.startsWith("余")) && w.length() == 2 && han(w.codePointAt(1))) {
                return end + 2; // "60余人": HanLP reads 余人 as a name
            }
            boolean quantifier = nature.startsWith("q")
                    || w.length() == 1 && han(w.codePointAt(0)) && (nature.startsWith("n") || nature.startsWith("v"))
                    && !w.equals("到")
                    || w.length() == 2 && w.endsWith("元"); // currencies are nouns to HanLP: N/m 日元/n, 美元, 欧元
            return quantifier ? end + w.length() : end;
        }
        return end;
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
        return text.chars().anyMatch(c -> Character.isDigit(c) || NUMERALS.indexOf(c) >= 0);
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

    /**
     * One HanLP segmenter per thread, with numbers and their quantifiers joined ("3.5亿元"/mq), that returns the whole
     * text: HanLP 1.8.6, joining numbers while it recognises names, at times drops the start of a sentence that holds
     * a number and then a name ("青山县投资3600万元，在李家镇建设新厂。" comes back from "元" on: 23 of 32,272 sentences
     * of 3,000 news items, 3 of 12,927 of CMRC trial and DRCD test). Such a text is cut again without joining numbers,
     * which loses nothing (none of those sentences), and {@link #quantified} joins each number to its quantifier.
     */
    private static final class Cutter {
        private final ThreadLocal<Segment> joining;
        private final ThreadLocal<Segment> plain;

        Cutter(Supplier<Segment> segment) {
            this.joining = ThreadLocal.withInitial(() -> segment.get().enableNumberQuantifierRecognize(true));
            this.plain = ThreadLocal.withInitial(segment);
        }

        List<Term> seg(String text) {
            List<Term> terms = joining.get().seg(text);
            int length = 0;
            for (Term t : terms) {
                length += t.word.length();
            }
            return length == text.length() ? terms : plain.get().seg(text);
        }
    }
}
