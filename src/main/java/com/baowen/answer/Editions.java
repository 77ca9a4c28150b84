package com.baowen.answer;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;

import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Numbered editions of a recurring thing, as news names them — 第十一届丝绸之路国际电影节, 主席团第二次会议, 神舟二十号 —
 * and whether a text is about another edition than the one a question asks: it names the same series, only with
 * other numbers. A question about an edition an archive does not reach is otherwise answered from the nearest
 * edition it holds, whose sentences read alike. Works on folded text ({@link TextFold}). Thread-safe.
 */
final class Editions {
    /** A number as an edition, a rank or a place in an order is written: digits or Chinese numerals (folded text). */
    static final String NUMERAL = "[0-9零〇一二两三四五六七八九十百千]+";
    /** 第N届/次/期 and the two characters after it, which name the series: 第十一届丝绸…, 第二次会议. */
    private static final Pattern ORDINAL = Pattern.compile("第(" + NUMERAL + ")([届次期])(\\p{IsHan}{2})");
    /**
     * 第N集 and 第N季: an episode and a season of a programme, the programme named before them (《…》第六集); not
     * 季度 (a quarter) or 集团 (a group).
     */
    private static final Pattern EPISODE = Pattern.compile("第(" + NUMERAL + ")([集季])(?![度团])");
    /** A name and its number: 神舟二十号, 嫦娥六号; the two characters before the number name the series. */
    private static final Pattern NAMED = Pattern.compile("(\\p{IsHan}{2})(" + NUMERAL + ")号");
    /** Characters that make "…N号" a date (6月20号), an ordinal (第3号) or a number run, not a series' name. */
    private static final String NOT_A_NAME = "年月日第号零〇一二两三四五六七八九十百千";
    /** ICU's Chinese spell-out rules read 十一, 二十, 一百零三 (NumberFormat is not thread-safe). */
    private static final ThreadLocal<RuleBasedNumberFormat> CHINESE = ThreadLocal.withInitial(
            () -> new RuleBasedNumberFormat(ULocale.SIMPLIFIED_CHINESE, RuleBasedNumberFormat.SPELLOUT));

    /** One edition: the series ("届丝绸", "神舟") and its number. */
    record Edition(String series, int number) {
    }

    private Editions() {
    }

    /** The editions {@code folded} names, in text order. */
    static List<Edition> of(String folded) {
        List<Edition> out = new ArrayList<>();
        Matcher m = ORDINAL.matcher(folded);
        while (m.find()) {
            add(out, m.group(2) + m.group(3), m.group(1));
        }
        m = EPISODE.matcher(folded);
        while (m.find()) {
            add(out, m.group(2), m.group(1));
        }
        m = NAMED.matcher(folded);
        while (m.find()) {
            String name = m.group(1);
            if (name.chars().noneMatch(ch -> NOT_A_NAME.indexOf(ch) >= 0)) {
                add(out, name, m.group(2));
            }
        }
        return out;
    }

    /** The editions an article names in its title and text. */
    static List<Edition> ofArticle(String title, String text) {
        return of(TextFold.fold(title + "\n" + text));
    }

    /**
     * True when {@code named} (a text's editions) holds a series {@code asked} (a question's) names, and for
     * some such series none of the numbers asked: the text is about other editions of it.
     */
    static boolean another(List<Edition> asked, List<Edition> named) {
        for (String series : asked.stream().map(Edition::series).collect(Collectors.toSet())) {
            Set<Integer> wanted = numbers(asked, series);
            Set<Integer> there = numbers(named, series);
            if (!there.isEmpty() && there.stream().noneMatch(wanted::contains)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code named} (a text's editions) holds one of the editions {@code asked} (a question's). */
    static boolean namesOne(List<Edition> asked, List<Edition> named) {
        return named.stream().anyMatch(asked::contains);
    }

    private static Set<Integer> numbers(List<Edition> editions, String series) {
        return editions.stream().filter(e -> e.series().equals(series)).map(Edition::number).collect(Collectors.toSet());
    }

    private static void add(List<Edition> out, String series, String numeral) {
        int n = number(numeral);
        if (n > 0) {
            out.add(new Edition(series, n));
        }
    }

    /** 20, 二十, 十一, 一百零三; -1 when ICU cannot read all of it. */
    static int number(String numeral) {
        if (numeral.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            return numeral.length() > 9 ? -1 : Integer.parseInt(numeral);
        }
        ParsePosition at = new ParsePosition(0);
        Number n = CHINESE.get().parse(numeral, at);
        return n == null || at.getIndex() != numeral.length() ? -1 : n.intValue();
    }
}
