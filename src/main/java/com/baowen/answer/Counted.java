package com.baowen.answer;

import java.util.regex.Pattern;

/**
 * The thing a question counts ("多少个督查组", "几名志愿者") and whether a sentence gives a number of it. The unit check
 * ({@link Scored#givesUnit()}) takes "141个临时安置点" for an answer to "多少个微型消防站"; a number answers only in the
 * clause that names what it counts.
 * Stateless and thread-safe.
 */
final class Counted {
    /** What ends a clause: a number and the thing it counts stand between two of these. Not 、, which joins a list. */
    private static final Pattern CLAUSE_END = Pattern.compile("[，,；;。！？!?：:]");

    private Counted() {
    }

    /** The thing a folded question counts, or {@code null} ({@link Entities#countedAsked}). */
    static String asked(String folded) {
        return Entities.countedAsked(folded);
    }

    /** Whether a clause of a folded sentence names {@code thing} and holds a number not part of a date or a time. */
    static boolean givesCount(String foldedSentence, String thing) {
        for (String clause : CLAUSE_END.split(foldedSentence, -1)) {
            if (clause.contains(thing) && holdsNumber(clause)) {
                return true;
            }
        }
        return false;
    }

    private static boolean holdsNumber(String clause) {
        return Entities.numbersAndDates(clause).stream()
                .anyMatch(e -> e.kind() == Entity.Kind.NUMBER && !Money.partOfDate(e, clause));
    }
}
