package com.baowen.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps only the sentences of a model's answer whose quotations the snippets hold: text in
 * 「」, “”, 『』 or "" must appear word for word (after folding traditional to simplified and without
 * white space) in a snippet the sentence cites, or in any snippet when it cites none; a quotation
 * joined with an ellipsis (…… or ...) may take its parts from different places. A sentence whose
 * quotation is not in the sources is dropped whole: it presents as the source's words what the source
 * does not say. Stateless.
 */
final class QuoteCheck {
    private static final Pattern QUOTE = Pattern.compile("「([^」]*)」|“([^”]*)”|『([^』]*)』|\"([^\"]*)\"");
    private static final Pattern MARK = Pattern.compile("\\[(\\d{1,3})]");
    private static final Pattern MARKS = Pattern.compile("(?:\\[\\d{1,3}])+");
    private static final Pattern ELLIPSIS = Pattern.compile("…+|\\.{3,}");
    private static final String OPENING = "「“『";
    private static final String CLOSING = "」”』";
    private static final String SENTENCE_END = "。！？；!?;\n";
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^\\p{P}+|\\p{P}+$");

    private QuoteCheck() {
    }

    /**
     * @param text      the answer, its marks numbered as {@code citations} (after {@link CitationMarks})
     * @param citations {@code citations.get(i)} is {@code [i+1]}
     * @return the text without the sentences whose quotations the snippets do not hold
     */
    static String keepSupported(String text, List<Citation> citations) {
        StringBuilder kept = new StringBuilder();
        for (String sentence : sentences(text)) {
            if (supported(sentence, citations)) {
                kept.append(sentence);
            }
        }
        return kept.toString();
    }

    /** Sentences with the marks that follow their end; no end inside a quotation. Joined they are {@code text}. */
    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int depth = 0;
        boolean straight = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (OPENING.indexOf(c) >= 0) {
                depth++;
            } else if (CLOSING.indexOf(c) >= 0) {
                depth = Math.max(0, depth - 1);
            } else if (c == '"') {
                straight = !straight;
            } else if (depth == 0 && !straight && SENTENCE_END.indexOf(c) >= 0) {
                Matcher marks = MARKS.matcher(text).region(i + 1, text.length());
                int end = marks.lookingAt() ? marks.end() : i + 1;
                out.add(text.substring(start, end));
                start = end;
                i = end - 1;
            }
        }
        if (start < text.length()) {
            out.add(text.substring(start));
        }
        return out;
    }

    private static boolean supported(String sentence, List<Citation> citations) {
        Matcher q = QUOTE.matcher(sentence);
        if (!q.find()) {
            return true;
        }
        String sources = sources(sentence, citations);
        do {
            String quoted = q.group(1) != null ? q.group(1) : q.group(2) != null ? q.group(2) : q.group(3) != null ? q.group(3) : q.group(4);
            for (String part : ELLIPSIS.split(quoted)) {
                String p = EDGE_PUNCTUATION.matcher(normal(part)).replaceAll("");
                if (p.codePointCount(0, p.length()) >= 2 && !sources.contains(p)) {
                    return false;
                }
            }
        } while (q.find());
        return true;
    }

    /** The folded text of the snippets the sentence cites, or of all when it cites none. */
    private static String sources(String sentence, List<Citation> citations) {
        StringBuilder cited = new StringBuilder();
        Matcher m = MARK.matcher(sentence);
        while (m.find()) {
            int n = Integer.parseInt(m.group(1));
            if (n >= 1 && n <= citations.size()) {
                cited.append(normal(citations.get(n - 1).snippet())).append('\u0000');
            }
        }
        if (!cited.isEmpty()) {
            return cited.toString();
        }
        StringBuilder all = new StringBuilder();
        citations.forEach(c -> all.append(normal(c.snippet())).append('\u0000'));
        return all.toString();
    }

    private static String normal(String text) {
        return TextFold.fold(text).replaceAll("\\s+", "");
    }
}
