package com.baowen.ingest;

/**
 * Cleans OCR'd lines of Chinese text; stateless and thread-safe.
 *
 * <ul>
 *   <li>white space next to a Chinese character or punctuation mark is an OCR artefact and is removed
 *       ("1月 16日" → "1月16日", "政 府 、综 改 区" → "政府、综改区"); it is kept as one space between two
 *       Latin words or numbers, and between two Chinese words of two or more characters each, where print
 *       separates phrases ("“文明交通 礼行天下”", "记者 潘红");</li>
 *   <li>ASCII punctuation {@code , ; : ? ! ( )} touching Chinese text becomes its full-width form
 *       ("据悉,调度令" → "据悉，调度令"), so the corpus has one punctuation style;</li>
 *   <li>a headline keeps the single spaces that separate its phrases ("腊八送温情 粥到意更浓") unless it
 *       is spaced out character by character ("小 核 桃“ 链 ”出 大 产 业" → "小核桃“链”出大产业").</li>
 * </ul>
 * Characters are replaced one for one and only spaces are dropped, so every character keeps its source offset.
 */
public final class OcrCleaner {
    private static final String ASCII_PUNCT = ",;:?!()";
    private static final String FULL_PUNCT = "，；：？！（）";

    private OcrCleaner() {
    }

    /** Cleans body text: spaces next to Chinese are dropped. */
    public static String cleanBody(String line) {
        MappedText out = new MappedText();
        appendBody(line, 0, out);
        return out.toString();
    }

    /** Cleans a headline: phrase-separating spaces are kept unless the line is spaced out. */
    public static String cleanHeadline(String line) {
        MappedText out = new MappedText();
        appendHeadline(line, 0, out);
        return out.toString();
    }

    static void appendBody(String line, int offset, MappedText out) {
        append(line, offset, out, false);
    }

    static void appendHeadline(String line, int offset, MappedText out) {
        append(line, offset, out, !isSpacedOut(line));
    }

    /** True for Han characters and Chinese/full-width punctuation. */
    static boolean isCjk(char c) {
        if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
            return true;
        }
        return (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF) || (c >= 0x2010 && c <= 0x206F)
                || c == '·' || c == '□' || c == '■';
    }

    private static boolean isSpacedOut(String line) {
        String t = line.strip();
        int spaces = 0;
        for (int i = 0; i < t.length(); i++) {
            if (Character.isWhitespace(t.charAt(i))) {
                spaces++;
            }
        }
        return spaces > 1 && spaces * 3 >= t.length() - spaces;
    }

    private static void append(String line, int offset, MappedText out, boolean keepPhraseSpaces) {
        int start = 0;
        int end = line.length();
        while (start < end && isBlank(line.charAt(start))) {
            start++;
        }
        while (end > start && isBlank(line.charAt(end - 1))) {
            end--;
        }
        int lineStart = out.length();
        for (int i = start; i < end; i++) {
            char c = line.charAt(i);
            if (isBlank(c)) {
                int j = i;
                while (j < end && isBlank(line.charAt(j))) {
                    j++;
                }
                char before = out.length() > lineStart ? out.last() : 0;
                char after = line.charAt(j);
                boolean keep = keepPhraseSpaces || (!isCjk(before) && !isCjk(after))
                        || (hanRunBefore(out, lineStart) >= 2 && hanRunAfter(line, j) >= 2);
                if (keep) {
                    out.append(' ', offset + i);
                }
                i = j - 1;
                continue;
            }
            out.append(normalizePunct(line, i, c), offset + i);
        }
    }

    private static int hanRunBefore(MappedText out, int from) {
        int n = 0;
        for (int i = out.length() - 1; i >= from && isHan(out.charAt(i)); i--) {
            n++;
        }
        return n;
    }

    private static int hanRunAfter(String line, int from) {
        int n = 0;
        for (int i = from; i < line.length() && isHan(line.charAt(i)); i++) {
            n++;
        }
        return n;
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private static char normalizePunct(String line, int i, char c) {
        int k = ASCII_PUNCT.indexOf(c);
        if (k < 0) {
            return c;
        }
        char before = neighbour(line, i, -1);
        char after = neighbour(line, i, +1);
        return isCjk(before) || isCjk(after) ? FULL_PUNCT.charAt(k) : c;
    }

    private static char neighbour(String line, int i, int step) {
        for (int j = i + step; j >= 0 && j < line.length(); j += step) {
            char n = line.charAt(j);
            if (!isBlank(n)) {
                return n;
            }
        }
        return 0;
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u3000';
    }
}
