package com.baowen.answer;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the periods a Chinese text names: 2025年4月19日, 2025年4月, 2025年, a span of years (2019年至2023年,
 * 2021—2025年), 4月19日, 1—8月份, 4月,
 * parts of a year as economic news names them (前5个月, 上半年, 一季度, 前三季度, with or without a year), a span of
 * days (11月12日至17日), 今年/去年/前年/明年 (alone or with a month or part: 去年12月, 今年一季度), 上周/本周,
 * 上个月/本月, 昨天/今天/前天, a day of the month alone (9日, or 4日至6日), relative to a reference date (the
 * article's date; a question's relative expressions are read against each candidate article's date,
 * {@link Question#periodFor}). HanLP tags such expressions as time but does not resolve them to dates, hence this
 * small parser. Stateless and thread-safe.
 */
public final class DateExpressions {
    private static final String DASH = "\\s*[—–\\-~～至到]\\s*";
    /** A part of a year: the first N months, a half, a quarter, the first N quarters. */
    private static final String PART = "前(?![一1]个?月)[0-9一二两三四五六七八九十]{1,3}个?月|[上下]半年|第?[一二三四1-4]季度"
            + "|前[二两三2-3]个?季度"; // 前一个月 and 前一季度 are the month and quarter before, not the first
    /** Words of plan or forecast: the month or part of a year after them may still be to come. */
    private static final Pattern FUTURE = Pattern.compile("将|计划|预计|拟|定于|届时|即将|有望");
    /** The last year read as a date: plans name 2035 and 2060, a count of years ("中华文明5000年") names more. */
    static final int LAST_YEAR = 2200;
    /** What ends a clause. */
    private static final String CLAUSE_END = "，。；！？、,;!?\n";
    private static final Pattern EXPRESSION = Pattern.compile(
            // a span of years, both ends one period ("2019年至2023年", "1998年-2008年间", "2021—2025年")
            "(?<ys>[0-9]{4})\\s*年?" + DASH + "(?<ye>[0-9]{4})\\s*年(?:间|間)?"
                    // not a count of years ("4000年前", "1975年以来", "2020年后", "2018年间", "2000年的历史"): 前 only
                    // begins a part of the year
                    + "|(?<y>[0-9]{4})\\s*年(?![前后後](?![0-9一二两三四五六七八九十上下第])|以[前后後来來]|之[前后後久]|[来來间間内內]|左右"
                    + "|的?[历歷]史)"
                    + "\\s*(?:(?<yp>" + PART + ")|" + monthDays("") + ")?"
                    + "|(?<rp>" + PART + ")"
                    + "|" + monthDays("r")
                    // 去年同期 is the base a figure is compared with ("比去年同期…"), not a period reported on
                    + "|(?<ry>今年|去年|前年|明年)(?!同期)(?:\\s*(?<ryp>" + PART + ")|\\s*" + monthDays("ry") + ")?" // 去年12月
                    + "|(?<rw>上周|上个?星期|本周|这周|这个?星期|下周)"
                    + "|(?<rmo>上个?月|本月|这个月|下个?月)"
                    + "|(?<rday>前天|昨天|今天|明天)"
                    // a day of the month alone, as news writes the day of an event ("乌军9日…"); not 第9日, 5日内,
                    // 3日游 or 5日左右, which count days
                    + "|(?<![0-9第])(?<dom>[0-9]{1,2})\\s*日(?:" + DASH + "(?<dom2>[0-9]{1,2})\\s*日)?"
                    + "(?![内游]|左右|以[内上下]|之内)");

    /**
     * A month or span of months ("4月", "1—8月份"), and a day or span of days in it ("4月19日", "11月12日至17日"), its
     * groups named {@code prefix} + m, m2, d, d2 (read by {@link #days(int, Matcher, String, boolean)}).
     */
    private static String monthDays(String prefix) {
        return "(?<" + prefix + "m>[0-9]{1,2})(?:" + DASH + "(?<" + prefix + "m2>[0-9]{1,2}))?\\s*月(?:份)?\\s*"
                + "(?:(?<" + prefix + "d>[0-9]{1,2})\\s*[日号](?:" + DASH + "(?<" + prefix + "d2>[0-9]{1,2})\\s*[日号])?)?";
    }

    /**
     * A span of days, both ends included; immutable.
     *
     * @param from     the first day
     * @param to       the last day
     * @param relative true when it was read relative to the reference date (今年, 4月19日)
     */
    public record Period(LocalDate from, LocalDate to, boolean relative) {
        public boolean overlaps(Period other) {
            return !from.isAfter(other.to) && !other.from.isAfter(to);
        }

        public boolean contains(LocalDate day) {
            return !day.isBefore(from) && !day.isAfter(to);
        }

        /** Whether every day of this period is in {@code other}. */
        public boolean within(Period other) {
            return other.contains(from) && other.contains(to);
        }
    }

    private DateExpressions() {
    }

    /** The first period {@code folded} names, or {@code null}. */
    public static Period period(String folded, LocalDate reference) {
        List<Period> all = periods(folded, reference);
        return all.isEmpty() ? null : all.get(0);
    }

    /**
     * Every period {@code folded} names, in text order; expressions that need a reference date are
     * left out when {@code reference} is {@code null}.
     */
    public static List<Period> periods(String folded, LocalDate reference) {
        List<Period> out = new ArrayList<>();
        Matcher m = EXPRESSION.matcher(folded);
        while (m.find()) {
            Period p = read(m, reference, folded);
            if (p != null) {
                out.add(p);
            }
        }
        return out;
    }

    /** An ISO date (2025-04-19, or its first ten characters), or {@code null} for anything else. */
    public static LocalDate isoDate(String date) {
        if (date == null || date.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(date.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Period read(Matcher m, LocalDate ref, String folded) {
        try {
            if (m.group("ys") != null) {
                int first = Integer.parseInt(m.group("ys"));
                int last = Integer.parseInt(m.group("ye"));
                return first >= last || last > LAST_YEAR ? null
                        : new Period(LocalDate.of(first, 1, 1), LocalDate.of(last, 12, 31), false);
            }
            if (m.group("y") != null) {
                int year = Integer.parseInt(m.group("y"));
                if (year > LAST_YEAR) {
                    return null; // "5000年" of a civilisation is a count, not a date
                }
                return m.group("yp") != null ? part(year, m.group("yp"), false) : days(year, m, "", false);
            }
            if (ref == null) {
                return null;
            }
            if (m.group("rp") != null) {
                return latestBegun(year -> part(year, m.group("rp"), true), ref, folded, m.start());
            }
            if (m.group("rm") != null) {
                return latestBegun(year -> days(year, m, "r", true), ref, folded, m.start());
            }
            if (m.group("ry") != null) {
                int offset = switch (m.group("ry")) {
                    case "去年" -> -1;
                    case "前年" -> -2;
                    case "明年" -> 1;
                    default -> 0;
                };
                int year = ref.getYear() + offset;
                return m.group("ryp") != null ? part(year, m.group("ryp"), true) : days(year, m, "ry", true);
            }
            if (m.group("rw") != null) {
                String w = m.group("rw");
                int offset = w.startsWith("上") ? -1 : w.startsWith("下") ? 1 : 0;
                LocalDate monday = ref.plusWeeks(offset).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                return new Period(monday, monday.plusDays(6), true);
            }
            if (m.group("rmo") != null) {
                String w = m.group("rmo");
                YearMonth ym = YearMonth.from(ref).plusMonths(w.startsWith("上") ? -1 : w.startsWith("下") ? 1 : 0);
                return new Period(ym.atDay(1), ym.atEndOfMonth(), true);
            }
            if (m.group("dom") != null) {
                return dayOfMonth(Integer.parseInt(m.group("dom")), m.group("dom2"), ref);
            }
            int offset = switch (m.group("rday")) {
                case "前天" -> -2;
                case "昨天" -> -1;
                case "明天" -> 1;
                default -> 0;
            };
            LocalDate d = ref.plusDays(offset);
            return new Period(d, d, true);
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return null; // 13月, 2月30日: not a date
        }
    }

    /**
     * A month or part of a year named without its year: the reference date's year, or the year before when that
     * period has not begun by the reference date — a report gives figures of a period under way or past ("二季度增长5.1%"
     * in an article of January 17, 2024 is 2023's second quarter; "12月份" in one of January 10 is last December) —
     * unless its clause holds a word of plan or forecast ("将于10月8日—12日举办" in April is this October, and so is
     * "6月份的数据将于7月9日发布" in May).
     */
    private static Period latestBegun(IntFunction<Period> inYear, LocalDate ref, String folded, int at) {
        Period thisYear = inYear.apply(ref.getYear());
        if (thisYear == null || !thisYear.from().isAfter(ref) || FUTURE.matcher(clause(folded, at)).find()) {
            return thisYear;
        }
        return inYear.apply(ref.getYear() - 1);
    }

    /** The clause of {@code folded} around position {@code at}: from the punctuation before it to the one after. */
    private static String clause(String folded, int at) {
        int from = at;
        while (from > 0 && CLAUSE_END.indexOf(folded.charAt(from - 1)) < 0) {
            from--;
        }
        int to = at;
        while (to < folded.length() && CLAUSE_END.indexOf(folded.charAt(to)) < 0) {
            to++;
        }
        return folded.substring(from, to);
    }

    /**
     * The day {@code day} of the reference date's month, or of the month before when that day is still to come: news
     * names the day of an event in its own month ("9日" in an article of July 10 is July 9; "30日" in one of
     * August 2 is July 30).
     */
    private static Period dayOfMonth(int day, String lastDay, LocalDate ref) {
        YearMonth month = YearMonth.from(ref);
        if (day > ref.getDayOfMonth()) {
            month = month.minusMonths(1);
        }
        LocalDate d = month.atDay(day); // 31日 of a 30-day month: not a date
        LocalDate last = lastDay == null ? d : month.atDay(Integer.parseInt(lastDay));
        return last.isBefore(d) ? null : new Period(d, last, true); // "4日至6日": the three days
    }

    /** 前5个月 → January to May; 上半年 → January to June; 一季度 → January to March; 前三季度 → January to September. */
    private static Period part(int year, String part, boolean relative) {
        int first;
        int last;
        if (part.endsWith("半年")) {
            first = part.startsWith("上") ? 1 : 7;
            last = first + 5;
        } else if (part.endsWith("季度") && part.startsWith("前")) {
            first = 1;
            last = 3 * numeral(part.substring(1, part.indexOf('季')).replace("个", ""));
        } else if (part.endsWith("季度")) {
            int q = numeral(part.substring(part.startsWith("第") ? 1 : 0, part.indexOf('季')));
            first = 3 * q - 2;
            last = 3 * q;
        } else {
            first = 1;
            last = numeral(part.substring(1, part.indexOf('月')).replace("个", ""));
        }
        if (last < first || last > 12) {
            return null;
        }
        return new Period(YearMonth.of(year, first).atDay(1), YearMonth.of(year, last).atEndOfMonth(), relative);
    }

    /** 5, 五, 十, 十一, 十二 (1..12), or -1. */
    private static int numeral(String n) {
        if (n.chars().allMatch(Character::isDigit)) {
            return n.isEmpty() ? -1 : Integer.parseInt(n);
        }
        n = n.replace('两', '二');
        String digits = "一二三四五六七八九";
        if (n.length() == 1) {
            return n.equals("十") ? 10 : digits.indexOf(n) + 1 > 0 ? digits.indexOf(n) + 1 : -1;
        }
        if (n.length() == 2 && n.charAt(0) == '十' && digits.indexOf(n.charAt(1)) >= 0) {
            return 10 + digits.indexOf(n.charAt(1)) + 1;
        }
        return -1;
    }

    /** The year, or the month, months, day or days of {@link #monthDays}'s groups named with {@code prefix}. */
    private static Period days(int year, Matcher m, String prefix, boolean relative) {
        String month = m.group(prefix + "m");
        String month2 = m.group(prefix + "m2");
        String day = m.group(prefix + "d");
        String day2 = m.group(prefix + "d2");
        if (month == null) {
            return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), relative);
        }
        int m1 = Integer.parseInt(month);
        if (day != null) {
            LocalDate d = LocalDate.of(year, m1, Integer.parseInt(day));
            LocalDate last = day2 == null ? d : LocalDate.of(year, m1, Integer.parseInt(day2));
            return last.isBefore(d) ? null : new Period(d, last, relative);
        }
        int m2 = month2 == null ? m1 : Integer.parseInt(month2);
        if (m2 < m1) {
            return null;
        }
        return new Period(YearMonth.of(year, m1).atDay(1), YearMonth.of(year, m2).atEndOfMonth(), relative);
    }
}
