package com.baowen.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the stretch of a sentence that holds what a question asks for: a number with its unit for
 * 多少/几, a date for 哪年/什么时候, a person for 谁, a place or organisation for 哪里/哪个县. Thread-safe.
 */
public final class AnswerSpans {
    private static final String NUM = "(?:[0-9]+(?:[.,][0-9]+)*|[零〇一二三四五六七八九十两百千万亿]+)";
    private static final String UNITS = "个月|个|家|位|名|人次|人|部|亩|万元|亿元|元|次|户|件|条|项|所|座|辆|台|吨|公里|千米|平方米|平方公里|米|"
            + "岁|天|年|月|小时|分钟|倍|场|幅|本|册|支|批|套|栋|间|张|份|种|类|期|届|处|块|斤|公斤|千克|克|公顷|立方米|度|级|成|%|‰|万|亿";
    private static final Pattern NUMBER = Pattern.compile(
            "(?:近|约|超过|超|逾|共计|共|达到|达|仅|不到|将近|上)?(?:百分之" + NUM + "|" + NUM
                    + "(?:\\s*(?:余|多))?(?:\\s*[万亿千百])?(?:\\s*(?:余|多))?\\s*(?:" + UNITS + ")?)");
    private static final Pattern DATE = Pattern.compile(
            "[0-9]{4}\\s*年(?:\\s*[0-9]{1,2}\\s*月(?:\\s*[0-9]{1,2}\\s*[日号])?)?(?:以来|底|初)?"
                    + "|[0-9]{1,2}\\s*月\\s*[0-9]{1,2}\\s*[日号](?:\\s*[0-9]{1,2}\\s*时)?"
                    + "|[0-9]{1,2}\\s*月(?:份|底|初|中旬|上旬|下旬)?"
                    + "|[一二三四五六七八九十〇零]{4}年|[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日"
                    + "|(?:今|去|明|前)年|(?:今|昨|明)天|近日|日前|[0-9]{4}(?=[-/.][0-9])");
    private static final Pattern YEAR = Pattern.compile("[0-9]{4}|[一二三四五六七八九十〇零]{4}");
    private static final Pattern DAY = Pattern.compile("[日号]");
    /** Common surnames: a person is a surname and one or two more characters next to a cue. */
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝";
    private static final Pattern PERSON = Pattern.compile(
            "(?<=记者|通讯员|书记|主任|局长|县长|市长|镇长|乡长|村长|校长|院长|经理|队长|老师|教授|讲师|博士|村民|居民|志愿者|负责人|董事长|所长|站长|民警|医生|主席|代表|社长|馆长|部长|厅长|[:,、\\s“\"]|^)"
                    + "[" + SURNAMES + "][\\p{IsHan}]{1,2}"
                    + "(?=说|表示|介绍|告诉|称|认为|坦言|感慨|笑着|指出|强调|同志|书记|主任|局长|县长|市长|镇长|乡长|村长|校长|院长|经理|队长|老师|教授|讲师|博士|[,、\\s(。”\"]|和|等|是|在|为|从|带|把|$)");
    private static final String PLACE_SUFFIXES = "省|市|县|区|镇|乡|村|社区|街道|小区|公司|集团|协会|工会|联合会|委员会|局|中心|馆|所|医院|学校|大学|学院|银行|超市|企业|单位|部|厅|站|队|基地|园区|公园|广场|车站|机场";
    private static final List<String> SUFFIXES_LONGEST_FIRST = java.util.Arrays.stream(PLACE_SUFFIXES.split("\\|"))
            .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();
    private static final Pattern PLACE = Pattern.compile("[\\p{IsHan}]{1,8}?(?:" + PLACE_SUFFIXES + ")");
    /** Characters that cannot begin a place or organisation name. */
    private static final String NOT_NAME_START = "的了在和与及是为对由从向把被将到等已也都还就又并且或以来今去明近该其这那此各每全本我你他她它们";

    private AnswerSpans() {
    }

    /**
     * The best answering span of {@code sentence} for {@code question}, or {@code null} when the
     * sentence holds nothing of the kind asked (always {@code null} for {@link QuestionType#OTHER}).
     *
     * @param sentence the sentence as in the article (offsets of the result point into it)
     */
    public static Span find(Question question, String sentence) {
        String s = TextFold.widthAndCase(sentence); // same length as sentence
        List<Span> spans = switch (question.type()) {
            case NUMBER -> numbers(question, s);
            case DATE -> dates(question, s);
            case PERSON -> persons(question, s);
            case PLACE -> places(question, s);
            case OTHER -> List.of();
        };
        Span best = null;
        for (Span span : spans) {
            if (best == null || span.fit() > best.fit()) {
                best = span;
            }
        }
        return best;
    }

    private static List<Span> numbers(Question q, String s) {
        List<Span> spans = new ArrayList<>();
        Matcher m = NUMBER.matcher(s);
        while (m.find()) {
            String text = m.group();
            boolean digits = text.chars().anyMatch(Character::isDigit);
            String unit = unitOf(text);
            if (!digits && unit == null || isIn(q, text) || text.length() == 1) {
                continue;
            }
            double fit = unit == null ? 0.4 : 0.7;
            if (q.unit() != null && unit != null && unitMatches(q.unit(), unit)) {
                fit = 1.0;
            }
            if (!digits) {
                fit -= 0.15; // "一个" is rarely the figure asked for
            }
            if (DATE.matcher(text).matches()) {
                fit -= 0.3;
            }
            spans.add(new Span(m.start(), m.end(), fit));
        }
        return spans;
    }

    private static boolean unitMatches(String asked, String found) {
        if ("%".equals(asked)) {
            return found.equals("%") || found.equals("成") || found.equals("‰");
        }
        return found.endsWith(asked) || asked.endsWith(found) || "元".equals(asked) && found.contains("元");
    }

    private static String unitOf(String numberText) {
        Matcher m = Pattern.compile("(?:" + UNITS + ")$").matcher(numberText);
        if (m.find()) {
            return m.group();
        }
        return numberText.startsWith("百分之") ? "%" : null;
    }

    private static List<Span> dates(Question q, String s) {
        boolean year = q.folded().matches(".*(哪一?年|何年|哪个年份).*");
        boolean day = q.folded().matches(".*(哪一?天|几号|几月几|哪一?日|截[止至]).*");
        List<Span> spans = new ArrayList<>();
        Matcher m = DATE.matcher(s);
        while (m.find()) {
            String text = m.group();
            if (isIn(q, text)) {
                continue;
            }
            double fit = 0.7;
            if (year && YEAR.matcher(text).find() || day && DAY.matcher(text).find()) {
                fit = 1.0;
            } else if (year || day) {
                fit = 0.4;
            }
            spans.add(new Span(m.start(), m.end(), fit));
        }
        return spans;
    }

    private static List<Span> persons(Question q, String s) {
        List<Span> spans = new ArrayList<>();
        Matcher m = PERSON.matcher(s);
        while (m.find()) {
            if (!isIn(q, m.group())) {
                spans.add(new Span(m.start(), m.end(), 0.8));
            }
        }
        return spans;
    }

    private static List<Span> places(Question q, String s) {
        String asked = askedSuffix(q.folded());
        List<Span> spans = new ArrayList<>();
        Matcher m = PLACE.matcher(s);
        int from = 0;
        while (from < s.length() && m.find(from)) {
            int end = m.end();
            int start = end;
            // grow leftwards over name characters, at most 8, stopping at particles and punctuation
            String suffix = suffixAt(s, end);
            start = end - suffix.length();
            while (start > 0 && end - start < 10 && KeyTerms.isCjk(s.charAt(start - 1))
                    && NOT_NAME_START.indexOf(s.charAt(start - 1)) < 0) {
                start--;
            }
            from = end;
            if (end - start <= suffix.length()) {
                continue;
            }
            String text = s.substring(start, end);
            if (isIn(q, text)) {
                continue;
            }
            double fit = asked != null && suffix.equals(asked) ? 1.0 : 0.6;
            if (hasInnerSuffix(text, suffix)) {
                fit += 0.2; // "榆次区迎宾西社区", "太谷区总工会": a name under a place is surely a name
            }
            spans.add(new Span(start, end, fit));
        }
        return spans;
    }

    private static boolean hasInnerSuffix(String name, String suffix) {
        String head = name.substring(0, name.length() - suffix.length());
        return head.length() >= 3 && PLACE.matcher(head).find() && SUFFIXES_LONGEST_FIRST.stream()
                .anyMatch(x -> head.indexOf(x) >= 2 && head.indexOf(x) < head.length() - 1);
    }

    private static String suffixAt(String s, int end) {
        for (String suffix : SUFFIXES_LONGEST_FIRST) {
            if (s.startsWith(suffix, end - suffix.length())) {
                return suffix;
            }
        }
        return s.substring(end - 1, end);
    }

    private static String askedSuffix(String folded) {
        Matcher m = Pattern.compile("哪[个些家所座一]?(" + PLACE_SUFFIXES + ")").matcher(folded);
        return m.find() ? m.group(1) : null;
    }

    private static boolean isIn(Question q, String text) {
        return q.folded().contains(text.replaceAll("\\s", ""));
    }
}
