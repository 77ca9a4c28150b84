package com.baowen.answer;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Names that write the same unit: the classifiers that count people or days alike, the legal Chinese
 * names of the units of measurement with their Taiwanese and colloquial names (公分, 公尺, 公斤, 平米)
 * and the international symbols printed after numbers ("2cm", "5 km", "3.5kg", "30℃"). A question asks
 * in a Chinese name ("多少厘米"); a report or an encyclopaedia page writes the symbol as often. A fact
 * table, not a tuned one: every row is the unit's own names (GB 3100/3101 for the symbols); folded as
 * {@link TextFold} folds, so the symbols are lower case.
 */
final class Units {
    /** Each set: one unit's names; the first Chinese, symbols last. */
    private static final List<Set<String>> SAME = List.of(
            Set.of("人", "名", "位"),
            Set.of("日", "天"),
            Set.of("毫米", "mm"),
            Set.of("厘米", "公分", "cm"),
            Set.of("米", "公尺", "m"),
            Set.of("千米", "公里", "km"),
            Set.of("平方米", "平米", "m²", "㎡"),
            Set.of("平方千米", "平方公里", "km²", "k㎡"),
            Set.of("公顷", "ha"),
            Set.of("英寸", "in"),
            Set.of("英尺", "ft"),
            Set.of("英里", "mi"),
            Set.of("毫克", "mg"),
            Set.of("克", "g"),
            Set.of("千克", "公斤", "kg"),
            Set.of("吨", "t"),
            Set.of("毫升", "ml"),
            Set.of("升", "公升", "l"),
            Set.of("秒", "s"),
            Set.of("分钟", "min"),
            Set.of("小时", "h"),
            Set.of("度", "摄氏度", "℃", "°c"),
            Set.of("赫兹", "hz"),
            Set.of("分贝", "db"),
            Set.of("瓦", "w"),
            Set.of("千瓦", "kw"),
            Set.of("兆瓦", "mw"));

    /** The symbols among the names ("cm", "kg", "℃"): looked up after every number read. */
    private static final Set<String> SYMBOLS = SAME.stream().flatMap(Set::stream).filter(n -> !hasHan(n))
            .collect(Collectors.toUnmodifiableSet());

    private Units() {
    }

    /** Whether {@code word} (folded) is the international symbol of a unit: "cm", "kg", "km²". */
    static boolean symbol(String word) {
        return SYMBOLS.contains(word);
    }

    /**
     * Whether a number as written ({@code folded}, e.g. "2cm", "86名") is in a name of the unit {@code asked}
     * ("厘米", "人"): it ends in one of its Chinese names, or its symbol is one of the unit's ("2.5kg" is in 千克,
     * not in 克).
     */
    static boolean endsInSame(String folded, String asked) {
        String symbol = trailingSymbol(folded);
        for (Set<String> names : SAME) {
            if (names.contains(asked)
                    && (names.contains(symbol) || names.stream().anyMatch(n -> hasHan(n) && folded.endsWith(n)))) {
                return true;
            }
        }
        return false;
    }

    /** The letters and signs (², ℃, °) that end {@code folded}: "kg" of "2.5kg", "" of "86名". */
    private static String trailingSymbol(String folded) {
        int i = folded.length();
        while (i > 0 && (Character.isLetter(folded.charAt(i - 1)) && !hasHan(folded.substring(i - 1, i))
                || "²³℃°㎡".indexOf(folded.charAt(i - 1)) >= 0)) {
            i--;
        }
        return folded.substring(i);
    }

    private static boolean hasHan(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
