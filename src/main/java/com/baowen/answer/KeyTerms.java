package com.baowen.answer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Extracts the key terms of a folded question: what is left once question words and particles go. */
public final class KeyTerms {
    /** Question words and fillers; removed before terms are cut (longest alternatives first). */
    private static final Pattern NOISE = Pattern.compile(
            "请问|为什么|哪[个些]?(?:地方|地区)|什么时候|什么时间|什么地方|什么|怎么样|怎么|怎样|如何|是否|有没有|是不是|多少钱|多少|"
                    + "哪一年|哪一天|哪年|哪天|哪些|哪个|哪一|哪里|哪儿|哪位|哪家|哪几|哪|几个|几|谁|"
                    + "多大|多长|多高|多远|多久|分别|主要|一共|总共|已经|可以|能够|"
                    + "那么|那|它们|它|他们|他|她们|她|其|该|这些|这个|这|此|"
                    + "吗|呢|吧|啊|呀|的|了|是|和|与|及|或|等|都|也|把|被|将|给|在|有|对|从|向|到|又|还|就|要|得|地|着|过");

    private KeyTerms() {
    }

    /**
     * @param folded a folded question ({@link TextFold#fold})
     * @param boost  weight factor of these terms (1 for the question itself)
     * @return distinct terms in order of appearance
     */
    public static List<Term> of(String folded, double boost) {
        String cleaned = NOISE.matcher(folded).replaceAll(" ");
        Map<String, Term> terms = new LinkedHashMap<>();
        for (String run : runs(cleaned)) {
            if (isCjk(run.charAt(0))) {
                if (run.length() == 1) {
                    terms.putIfAbsent(run, new Term(run, boost * 0.5));
                }
                for (int i = 0; i + 2 <= run.length(); i++) {
                    String bigram = run.substring(i, i + 2);
                    terms.putIfAbsent(bigram, new Term(bigram, boost));
                }
            } else {
                terms.putIfAbsent(run, new Term(run, boost));
            }
        }
        return List.copyOf(terms.values());
    }

    /** Maximal runs of Chinese characters, or of letters and digits. */
    private static List<String> runs(String s) {
        List<String> runs = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (isCjk(c)) {
                int j = i;
                while (j < s.length() && isCjk(s.charAt(j))) {
                    j++;
                }
                runs.add(s.substring(i, j));
                i = j;
            } else if (Character.isLetterOrDigit(c)) {
                int j = i;
                while (j < s.length() && Character.isLetterOrDigit(s.charAt(j)) && !isCjk(s.charAt(j))
                        || j < s.length() && s.charAt(j) == '.' && j + 1 < s.length() && Character.isDigit(s.charAt(j + 1))) {
                    j++;
                }
                runs.add(s.substring(i, j));
                i = j;
            } else {
                i++;
            }
        }
        return runs;
    }

    static boolean isCjk(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
