package com.baowen.ingest;

import java.util.regex.Pattern;

/**
 * Derives a short title from an article's lead when no headline is printed; stateless and thread-safe.
 *
 * <p>The lead's first sentence, without the "本报讯（记者…）" marker and an opening time clause
 * ("近日，", "1月5日，"), cut after whole clauses to at most {@value #MAX_CHARS} characters.
 */
final class TitleDeriver {
    static final int MAX_CHARS = 32;
    static final String UNTITLED = "（无标题）";
    private static final Pattern LEAD_MARKER = Pattern.compile(
            "^(本报讯|本报\\S{1,12}讯|新华社\\S{1,15}电)\\s*([（(][^）)]{0,30}[）)])?\\s*|^[（(]上接第?\\S{1,3}版[）)]\\s*");
    private static final Pattern TIME_CLAUSE = Pattern.compile(
            "^(近日|日前|昨日|昨天|今天|今日|当天|近期|\\d{4}年|\\d{1,2}月|\\d{1,2}日|[上下]午|晚上?|早上?|凌晨)+[，,]");

    private TitleDeriver() {
    }

    /** A title for an article without a printed headline; never blank for a non-blank text. */
    static String derive(String text) {
        String title = fromLead(text);
        if (!title.isBlank()) {
            return title;
        }
        // a lead of punctuation only: the first characters, whatever they are
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.isEmpty() ? UNTITLED : flat.substring(0, Math.min(MAX_CHARS, flat.length()));
    }

    private static String fromLead(String text) {
        String t = text.strip();
        int nl = t.indexOf('\n');
        if (nl > 0) {
            t = t.substring(0, nl);
        }
        t = LEAD_MARKER.matcher(t).replaceFirst("");
        String withoutTime = TIME_CLAUSE.matcher(t).replaceFirst("");
        if (withoutTime.length() >= 6) {
            t = withoutTime;
        }
        int end = sentenceEnd(t);
        String sentence = t.substring(0, end);
        if (sentence.length() <= MAX_CHARS) {
            return trimTrailingPunct(sentence);
        }
        int cut = -1;
        for (int i = 0; i <= MAX_CHARS; i++) {
            char c = sentence.charAt(i);
            if (c == '，' || c == ',' || c == '：') {
                cut = i;
            }
        }
        String title = cut > 0 ? sentence.substring(0, cut) : sentence.substring(0, MAX_CHARS) + "…";
        return trimTrailingPunct(title);
    }

    private static int sentenceEnd(String t) {
        for (int i = 0; i < t.length(); i++) {
            if ("。！？；!?;".indexOf(t.charAt(i)) >= 0) {
                return i;
            }
        }
        return t.length();
    }

    private static String trimTrailingPunct(String s) {
        String t = s.strip();
        while (!t.isEmpty() && "，、：；。,:;".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1);
        }
        return t.isEmpty() ? s.strip() : t;
    }
}
