package com.baowen.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Judges what a line of a newspaper page is from its shape and wording; stateless and thread-safe. */
final class BlockClassifier {
    private static final Pattern MARKDOWN = Pattern.compile("^#{1,6}\\s*[^#\\s].*");
    /** A section banner, or a rule made of Markdown or ASCII-art marks ("##", "***", "-----"). */
    private static final Pattern BANNER = Pattern.compile("^\\|.*\\|$|^[■◆●▲★]\\s*\\S.{0,14}$|^[#*=_~|\\-]+$");
    private static final Pattern CONTINUED = Pattern.compile("^[（(]\\s*上接第?\\s*[一二三四五六七八九十0-9]+\\s*版\\s*[）)]$");
    private static final Pattern DATE = Pattern.compile("^\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日$");
    private static final Pattern BYLINE = Pattern.compile("^[□■]?\\s*(本报|新华社|人民日报)?(特约|见习)?(记者|通讯员)\\s*\\S.*");
    private static final Pattern CREDIT = Pattern.compile("^[（(][^（）()]{2,20}[）)]$|^·[^·]{2,20}·$");
    private static final Pattern LEAD = Pattern.compile("^\\s*(本报讯|本报\\S{1,12}讯|新华社\\S{1,15}电)");
    /** A credit in brackets right after the last sentence: "…停止运输。(任晓明)". */
    private static final Pattern TRAILING_CREDIT = Pattern.compile("[。！？…”’][（(]([^（）()]{2,20})[）)]$");
    /** A photo credit closing a caption: "…展示书法作品。 本报通讯员 孙泰雁 摄". */
    private static final Pattern TRAILING_PHOTO_CREDIT = Pattern.compile("[。！？…”]\\s*([^。！？…”]{2,24}?)\\s*摄$");
    private static final String TERMINATORS = "。！？；…!?;";
    private static final String CLOSERS = "”’」』）)》】\"'";
    private static final String NO_HEADLINE_END = "，、：,:;；";

    private BlockClassifier() {
    }

    /** The kind of a line that always stands alone, or {@code null} for a line that may be running text. */
    static BlockKind standaloneKind(String line) {
        String t = line.strip();
        if (MARKDOWN.matcher(t).matches()) {
            return BlockKind.MARKDOWN_HEADING;
        }
        if (CONTINUED.matcher(t).matches()) {
            return BlockKind.CONTINUED;
        }
        if (BANNER.matcher(t).matches()) {
            return BlockKind.BANNER;
        }
        if (DATE.matcher(t).matches()) {
            return BlockKind.DATE;
        }
        if (CREDIT.matcher(t).matches()) {
            return BlockKind.CREDIT;
        }
        if (isShortLine(t) && t.endsWith("摄")) {
            return BlockKind.PHOTO_CREDIT;
        }
        if (isShortLine(t) && t.length() <= 30 && BYLINE.matcher(t).matches()) {
            return BlockKind.BYLINE;
        }
        return null;
    }

    /** The kind of a block made of this one line. */
    static BlockKind lineKind(String line) {
        BlockKind standalone = standaloneKind(line);
        if (standalone != null) {
            return standalone;
        }
        String t = line.strip();
        if (!isShortLine(t) || t.length() > 60) {
            return BlockKind.BODY;
        }
        if (t.startsWith("—") || t.startsWith("－－")) {
            return BlockKind.SUBTITLE;
        }
        if (t.endsWith("——")) {
            return BlockKind.KICKER;
        }
        return isHeadline(t) ? BlockKind.HEADING : BlockKind.BODY;
    }

    /** A headline: 2..50 characters with letters, no sentence punctuation, no comma unless it is a "X，Y——Z" double headline. */
    static boolean isHeadline(String t) {
        if (t.length() < 2 || t.length() > 50 || LEAD.matcher(t).find() || t.codePoints().noneMatch(Character::isLetter)) {
            return false;
        }
        char last = t.charAt(t.length() - 1);
        if (NO_HEADLINE_END.indexOf(last) >= 0 || TERMINATORS.indexOf(last) >= 0) {
            return false;
        }
        boolean hasComma = t.indexOf('，') >= 0 || t.indexOf(',') >= 0;
        return !hasComma || t.contains("——");
    }

    /** No sentence-ending punctuation anywhere in the line. */
    private static boolean isShortLine(String t) {
        for (int i = 0; i < t.length(); i++) {
            if ("。！？；".indexOf(t.charAt(i)) >= 0) {
                return false;
            }
        }
        return t.length() <= 60;
    }

    /** True when the text opens with a news lead such as "本报讯". */
    static boolean isLead(String text) {
        return LEAD.matcher(text).find();
    }

    /** True when the text ends a sentence (terminator, a closer after one, a credit or a photo credit). */
    static boolean endsSentence(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return true;
        }
        if (t.endsWith("摄") || TRAILING_CREDIT.matcher(t).find()) {
            return true;
        }
        int i = t.length() - 1;
        while (i > 0 && CLOSERS.indexOf(t.charAt(i)) >= 0) {
            i--;
        }
        return TERMINATORS.indexOf(t.charAt(i)) >= 0;
    }

    /** The credit in brackets that closes a paragraph ("任晓明"), or {@code null}. */
    static String trailingCredit(String text) {
        Matcher m = TRAILING_CREDIT.matcher(text.strip());
        return m.find() ? m.group(1).strip() : null;
    }

    /** The photographer credit without "摄" ("本报通讯员 孙泰雁"), or {@code null} when the text is no caption. */
    static String trailingPhotoCredit(String text) {
        Matcher m = TRAILING_PHOTO_CREDIT.matcher(text.strip());
        return m.find() ? m.group(1).strip() : null;
    }

    /** Removes the markers around a byline or credit line: "□ ", "（…）", "·…·", " 摄". */
    static String bylineText(String line) {
        String t = line.strip();
        if (t.endsWith("摄")) {
            t = t.substring(0, t.length() - 1);
        }
        t = t.replaceFirst("^[□■]\\s*", "");
        if ((t.startsWith("（") || t.startsWith("(") || t.startsWith("·")) && t.length() > 2) {
            t = t.substring(1, t.length() - 1);
        }
        return t.strip().replaceAll("\\s+", " ");
    }
}
