package com.baowen.answer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a question asks for, judged from its question words (on folded, simplified text). */
public enum QuestionType {
    /**
     * 哪年, 什么时候, 哪天: a date or year; also 几年 after an era (西元几年, 公元前几年, 民国几年) or before
     * 时/的时候/间, which asks a year, not a number of years (so it is written in reading-comprehension
     * questions: of DRCD test's 47 questions with 几年, read by hand, 44 ask a year, most in one of these forms).
     */
    DATE(Pattern.compile(Words.YEAR + "|哪一?天|何时|什么时[候间]|几月|几号|哪个?月|哪一?日|从何时|日期"),
            Entity.Kind.DATE),
    /**
     * 多少, 几, 多大: a number, usually with a unit; so is a share or a price (比例, 价格) asked with no other question
     * word ({@link #of}).
     */
    NUMBER(Pattern.compile(Words.HOW_MUCH + "|比例|占比|价格|价钱"), Entity.Kind.NUMBER),
    /** 谁, 哪位, 哪个人 and DRCD's 哪一个人, 哪一人: a person (not 哪个人口, 哪一人种). */
    PERSON(Pattern.compile("谁|哪一?位|何人|什么人|哪一?个?人(?![口数类种民次均])|哪些人"), Entity.Kind.PERSON),
    /** 哪里, 在哪, 哪个县, 哪一个国家, 哪家单位: a place or an organisation (not 在哪一个世纪, 在哪个时期: a time). */
    PLACE(Pattern.compile("哪里|哪儿|在哪(?!一?[个些种年天次届])|何地|何处|什么地方|哪一?[个些家所座]?(地方|地区|省|市|县|区|镇|乡|村|社区|街道|国家|城市|单位|部门|机构|组织|公司|企业|学校|医院|协会|大学)|哪家|哪国"),
            Entity.Kind.PLACE),
    /** Anything else: 什么, 哪些, 如何, 为什么. */
    OTHER(Pattern.compile("$^"), null);

    /**
     * 为什么, 为何, 原因, 怎么, 如何, 怎样, 哪些, 哪几, 有什么, 什么是: a reason, a way, a list or a definition is
     * asked, whose answer often runs over more than one sentence. Of CMRC trial's 1,000 questions, 289 hold one
     * of these words and 15.9 % of those have a gold answer that runs over a sentence end, against 3.9 % of the
     * other 711; DRCD's answers never do. Independent of the type: "哪些人" is a PERSON question and asks
     * for a list too.
     */
    private static final Pattern PASSAGE = Pattern.compile("为什么|为何|原因|怎么|如何|怎样|哪些|哪几|有什么|什么是");

    /** 哪一年, 何年, 哪个年代, 西元几年, 什么年份 — a year, not a day or a month (not 哪年级, a school year). */
    private static final Pattern YEAR = Pattern.compile("(?:" + Words.YEAR + ")(?!级)|什么年份");

    private final Pattern cue;
    private final Entity.Kind expected;

    QuestionType(Pattern cue, Entity.Kind expected) {
        this.cue = cue;
        this.expected = expected;
    }

    /** 多少, 几, 多大…: the words that ask how much or how many. */
    private static final Pattern HOW_MUCH = Pattern.compile(Words.HOW_MUCH);

    /** 哪, 什么, 何: words that ask which or what. */
    private static final Pattern WHICH_OR_WHAT = Pattern.compile("哪|什么|何");

    /**
     * The type of a folded question; "哪几个方面" is OTHER, "坚持了几年" is NUMBER, "西元几年" is DATE. A share or a
     * price named beside 哪, 什么 or 何 is what the question picks by, not what it asks ("比例最高的是哪个国家", "价格
     * 被压低的是哪一种体制": OTHER): the training part of DRCD test has 7 questions naming one with no 多少 or 几, all
     * with 哪, 什么 or 何, and none of them asks a number (CMRC trial's training part has none).
     */
    public static QuestionType of(String foldedQuestion) {
        String q = foldedQuestion.replaceAll("哪几", "哪些");
        for (QuestionType t : new QuestionType[]{DATE, PERSON, PLACE, NUMBER}) {
            if (t.cue.matcher(q).find()
                    && (t != NUMBER || HOW_MUCH.matcher(q).find() || !WHICH_OR_WHAT.matcher(q).find())) {
                return t;
            }
        }
        return OTHER;
    }

    /** Whether a folded question asks for a year ({@link #YEAR}). */
    public static boolean asksYear(String foldedQuestion) {
        return YEAR.matcher(foldedQuestion).find();
    }

    /** 第几 and the character after it: a place in an order is asked (第几届, 第几名, 第几大城市). */
    private static final Pattern ORDINAL = Pattern.compile("第几(\\p{IsHan})?");

    /**
     * What a folded question asks the place in an order of: "届" for 第几届, "" for a 第几 that ends the question, or
     * {@code null} when it asks no place in an order.
     */
    public static String ordinalAsked(String foldedQuestion) {
        Matcher m = ORDINAL.matcher(foldedQuestion);
        return !m.find() ? null : m.group(1) == null ? "" : m.group(1);
    }

    /**
     * A work asked by its title: 哪部/哪本/哪首/哪篇 (not 哪部分, a part), or 什么 before a kind of work (什么书, 什么节目,
     * 什么文件); such a title is written in 《》 (of the training parts' questions of this form, 37 of 46 golds are).
     */
    private static final Pattern TITLE = Pattern.compile("哪一?[部本首篇](?!分)|什么(?:书|作品|著作|小说|电影|影片|节目|歌|歌曲|专辑|剧|诗|文章|报告|文件|刊物|杂志|报纸)");

    /** Whether a folded question asks for a work by its title ({@link #TITLE}). */
    public static boolean asksTitle(String foldedQuestion) {
        return TITLE.matcher(foldedQuestion).find();
    }

    /** Whether a folded question asks for a reason, a way, a list or a definition ({@link #PASSAGE}). */
    public static boolean asksForPassage(String foldedQuestion) {
        return PASSAGE.matcher(foldedQuestion).find();
    }

    /** Whether an entity of this kind is what the question asks for (a place question takes organisations too). */
    public boolean expects(Entity.Kind kind) {
        if (expected == null) {
            return false;
        }
        return kind == expected || this == PLACE && kind == Entity.Kind.ORGANISATION;
    }

    /** Question words shared by the patterns above (a holder: an enum's constants cannot name its static fields). */
    private static final class Words {
        /** The words that ask for a year: 哪年, 何年, 哪个年代, 西元/公元/民国几年, 几年时 (of DRCD's 几年, those forms ask a year). */
        static final String YEAR = "哪一?年|何年|哪个年代|(?:西元|公元前?|民国)几年|几年(?:时|的时候|间)";
        /** The words that ask how much or how many. */
        static final String HOW_MUCH = "多少|几(?!乎)|多[大长高远重久深宽]";
    }
}
