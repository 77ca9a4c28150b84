package com.baowen.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * The entities of an answer sentence that may be what a question asks, each with the features the
 * highlight's model ({@link SpanPicker}) weighs: the entity, number or date shown as the answer. An
 * option is an entity the question does not already name that is of the kind asked, or a number
 * ending in the unit asked ("8年" for 几年: a duration is tagged DATE). Nothing here is tuned.
 */
public final class SpanFeatures {
    /** Feature names, in the order of an option's row; the span model's record names them and must match. */
    public static final List<String> NAMES = List.of(
            "kind", "expected", "unitInside", "unitAfter", "order", "options", "position", "length",
            "inSlotGap", "fromSlotLeft", "toSlotRight", "slotLeft", "slotRight", "nearestTerm", "termsNear",
            "questionType", "inQuotes", "sameKindBefore", "leftContext", "rightContext", "windowBigrams",
            "termScore", "digits", "afterNumerals");
    /** Characters on either side of an option in which the question's terms count as near. */
    private static final int NEAR = 10;
    /** Characters a question's words around its question word may stand off from the entity (a particle, 在, 于). */
    private static final int SKIP = 2;

    /**
     * One entity that may answer; immutable by convention.
     *
     * @param entity     the entity, offsets into the sentence
     * @param endsInUnit a number ending in the unit asked (it may be of another kind than asked)
     * @param values     its row, {@link #NAMES} order, NaN where unknown
     */
    public record Option(Entity entity, boolean endsInUnit, float[] values) {
    }

    private SpanFeatures() {
    }

    /**
     * What of the question every sentence's options are compared with, worked out once per question;
     * immutable by convention.
     *
     * @param asked   the folded question without its closing punctuation
     * @param found   whether it holds a question word ({@link SentenceFeatures#ASKING})
     * @param before  its words before the first question word, punctuation removed
     * @param after   its words after it, punctuation and a closing 吗/呢 removed
     * @param bigrams its character bigrams, punctuation removed
     */
    public record Asked(String asked, boolean found, String before, String after, List<String> bigrams) {
    }

    /** The question's side of the features. */
    public static Asked asked(Question question) {
        String asked = question.folded().replaceAll("[\\p{P}\\s]+$", "");
        Matcher m = SentenceFeatures.ASKING.matcher(asked);
        boolean found = m.find();
        String before = found ? asked.substring(0, m.start()).replaceAll("[\\p{P}\\s]+", "") : "";
        String after = found ? asked.substring(m.end()).replaceAll("[\\p{P}\\s]+|[吗呢]$", "") : "";
        return new Asked(asked, found, before, after, bigrams(asked.replaceAll("[\\p{P}\\s]+", "")));
    }

    /**
     * @param question the question
     * @param sentence the folded sentence ({@link TextFold#fold}: offsets as in the sentence as written)
     * @param tagged   the sentence's entities ({@link Entities#of}), in text order
     * @return the options, in text order
     */
    public static List<Option> options(Question question, String sentence, List<Entity> tagged) {
        return options(question, asked(question), sentence, tagged);
    }

    /** As {@link #options(Question, String, List)}, with the question's side worked out already. */
    public static List<Option> options(Question question, Asked asked, String sentence, List<Entity> tagged) {
        List<Entity> eligible = new ArrayList<>();
        for (Entity e : tagged) {
            String folded = sentence.substring(e.start(), e.end());
            if (question.folded().contains(folded)) {
                continue; // what the question already says does not answer it
            }
            if (question.type().expects(e.kind()) || endsInUnit(question, folded)) {
                eligible.add(e);
            }
        }
        if (eligible.isEmpty()) {
            return List.of();
        }
        int[] slot = SentenceFeatures.slot(asked.asked(), sentence);
        boolean found = asked.found();
        // the question's words are compared without punctuation: “中国百强中学”称号 / 获“中国百强中学”称号
        StringBuilder bare = new StringBuilder(sentence.length());
        int[] at = new int[sentence.length() + 1];
        for (int i = 0; i < sentence.length(); i++) {
            at[i] = bare.length();
            char c = sentence.charAt(i);
            if (!Character.isWhitespace(c) && !isPunctuation(c)) {
                bare.append(c);
            }
        }
        at[sentence.length()] = bare.length();
        String plain = bare.toString();
        List<int[]> terms = termPositions(question, sentence);
        List<Option> out = new ArrayList<>(eligible.size());
        int[] kindsSeen = new int[Entity.Kind.values().length];
        for (int i = 0; i < eligible.size(); i++) {
            Entity e = eligible.get(i);
            String folded = sentence.substring(e.start(), e.end());
            String unit = question.unit();
            float[] v = new float[NAMES.size()];
            int k = 0;
            v[k++] = e.kind().ordinal();
            v[k++] = question.type().expects(e.kind()) ? 1 : 0;
            v[k++] = unit == null ? Float.NaN : Entities.inUnit(e.kind(), folded, unit) ? 1 : 0;
            v[k++] = unit == null ? Float.NaN : sentence.startsWith(unit, e.end()) ? 1 : 0;
            v[k++] = i;
            v[k++] = eligible.size();
            v[k++] = e.start() / (float) Math.max(1, sentence.length());
            v[k++] = e.end() - e.start();
            int leftEnd = slot[3];
            int gap = slot[2];
            v[k++] = gap < 0 ? Float.NaN : e.start() < leftEnd + gap && e.end() > leftEnd ? 1 : 0;
            v[k++] = leftEnd < 0 ? Float.NaN : e.start() - leftEnd;
            v[k++] = gap < 0 ? Float.NaN : leftEnd + gap - e.end();
            v[k++] = slot[0];
            v[k++] = slot[1];
            v[k++] = nearest(terms, e);
            v[k++] = near(terms, e);
            v[k++] = question.type().ordinal();
            v[k++] = inQuotes(sentence, e.start()) ? 1 : 0;
            v[k++] = kindsSeen[e.kind().ordinal()]++;
            v[k++] = found ? leftContext(asked.before(), plain, at[e.start()]) : Float.NaN;
            v[k++] = found ? rightContext(asked.after(), plain, at[e.end()]) : Float.NaN;
            v[k++] = windowShare(asked.bigrams(), sentence, e);
            v[k++] = termScore(question, terms, e);
            // measures are mostly written in digits, counts of things ("三个", "两条") and relative dates ("翌年") not
            v[k++] = folded.chars().anyMatch(c -> c >= '0' && c <= '9') ? 1 : 0;
            v[k++] = afterNumerals(folded);
            out.add(new Option(e, endsInUnit(question, folded), v));
        }
        return out;
    }

    /**
     * How many of the last characters of the question's words before its question word stand right
     * before the entity (up to {@link #SKIP} characters in between): "于哪一年" / "于2019年".
     */
    static int leftContext(String before, String sentence, int start) {
        int best = 0;
        for (int skip = 0; skip <= SKIP && start - skip >= 0; skip++) {
            int k = 0;
            while (k < before.length() && start - skip - k - 1 >= 0
                    && before.charAt(before.length() - 1 - k) == sentence.charAt(start - skip - k - 1)) {
                k++;
            }
            best = Math.max(best, k);
        }
        return best;
    }

    /**
     * How many of the question's words after its question word follow the entity: up to {@link #SKIP}
     * characters may stand in between, and up to {@link #SKIP} of those words' first characters may be missing.
     */
    static int rightContext(String after, String sentence, int end) {
        int best = 0;
        for (int skip = 0; skip <= SKIP && end + skip <= sentence.length(); skip++) {
            for (int from = 0; from <= SKIP && from < after.length(); from++) {
                int k = 0;
                while (from + k < after.length() && end + skip + k < sentence.length()
                        && after.charAt(from + k) == sentence.charAt(end + skip + k)) {
                    k++;
                }
                best = Math.max(best, k);
            }
        }
        return best;
    }

    /** Share of the question's character bigrams found within {@link #NEAR} characters of the entity. */
    private static float windowShare(List<String> bigrams, String sentence, Entity e) {
        if (bigrams.isEmpty()) {
            return Float.NaN;
        }
        String window = sentence.substring(Math.max(0, e.start() - NEAR), e.start()) + "\n"
                + sentence.substring(e.end(), Math.min(sentence.length(), e.end() + NEAR));
        int n = 0;
        for (String b : bigrams) {
            n += window.contains(b) ? 1 : 0;
        }
        return n / (float) bigrams.size();
    }

    /** Sum over the question's terms found outside the entity of 1 / (1 + characters to its nearest occurrence). */
    private static float termScore(Question question, List<int[]> terms, Entity e) {
        float[] best = new float[question.terms().size()];
        for (int[] t : terms) {
            if (t[0] >= e.start() && t[1] <= e.end()) {
                continue;
            }
            int d = t[1] <= e.start() ? e.start() - t[1] : t[0] >= e.end() ? t[0] - e.end() : 0;
            best[t[2]] = Math.max(best[t[2]], 1f / (1 + d));
        }
        float sum = 0;
        for (float b : best) {
            sum += b;
        }
        return sum;
    }

    private static List<String> bigrams(String s) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i + 2 <= s.length(); i++) {
            String b = s.substring(i, i + 2);
            if (!out.contains(b)) {
                out.add(b);
            }
        }
        return out;
    }

    /** The character classes of {@code \\p{P}}, without a regular expression per character. */
    private static boolean isPunctuation(char c) {
        return switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }

    /** Characters after the entity's last numeral: 0 for "1588", 1 for "三个", 4 for "两平方公里", -1 without a numeral. */
    static int afterNumerals(String folded) {
        for (int i = folded.length() - 1; i >= 0; i--) {
            if (Entities.hasNumeral(folded.substring(i, i + 1))) {
                return folded.length() - 1 - i;
            }
        }
        return -1;
    }

    /** A number ending in the unit asked: "8年" for 几年, "3所" for 多少所. */
    static boolean endsInUnit(Question question, String folded) {
        return question.unit() != null && Entities.hasNumeral(folded) && folded.endsWith(question.unit());
    }

    /** {start, end, distinct term number} of each occurrence of a question term in the sentence. */
    private static List<int[]> termPositions(Question question, String sentence) {
        List<int[]> out = new ArrayList<>();
        List<Term> terms = question.terms();
        for (int t = 0; t < terms.size(); t++) {
            String term = terms.get(t).text();
            if (term.isEmpty()) {
                continue;
            }
            for (int at = sentence.indexOf(term); at >= 0; at = sentence.indexOf(term, at + 1)) {
                out.add(new int[]{at, at + term.length(), t});
            }
        }
        return out;
    }

    /** Characters between the entity and the nearest occurrence of a question term outside it, or NaN. */
    private static float nearest(List<int[]> terms, Entity e) {
        int best = Integer.MAX_VALUE;
        for (int[] t : terms) {
            if (t[0] >= e.start() && t[1] <= e.end()) {
                continue;
            }
            int d = t[1] <= e.start() ? e.start() - t[1] : t[0] >= e.end() ? t[0] - e.end() : 0;
            best = Math.min(best, d);
        }
        return best == Integer.MAX_VALUE ? Float.NaN : best;
    }

    /** How many different question terms occur within {@link #NEAR} characters of the entity. */
    private static float near(List<int[]> terms, Entity e) {
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int[] t : terms) {
            if (t[1] > e.start() - NEAR && t[0] < e.end() + NEAR && !(t[0] >= e.start() && t[1] <= e.end())) {
                seen.add(t[2]);
            }
        }
        return seen.size();
    }

    /** Whether {@code at} sits inside a quotation or a title (“…”, 「…」, 『…』, 《…》) opened before it in the sentence. */
    static boolean inQuotes(String sentence, int at) {
        int depth = 0;
        for (int i = 0; i < at; i++) {
            char c = sentence.charAt(i);
            if (c == '“' || c == '「' || c == '『' || c == '《') {
                depth++;
            } else if ((c == '”' || c == '」' || c == '』' || c == '》') && depth > 0) {
                depth--;
            }
        }
        return depth > 0;
    }
}
