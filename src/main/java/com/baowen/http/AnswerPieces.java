package com.baowen.http;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts an answer into the pieces streamed as {@code delta} events: after sentence and clause
 * punctuation and after citation marks, at most {@link #MAX_PIECE} code points each. The pieces
 * concatenated are the answer, exactly; no surrogate pair is split.
 */
final class AnswerPieces {
    static final int MAX_PIECE = 24;

    private AnswerPieces() {
    }

    static List<String> of(String answer) {
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        int count = 0;
        for (int i = 0; i < answer.length(); ) {
            int cp = answer.codePointAt(i);
            piece.appendCodePoint(cp);
            count++;
            i += Character.charCount(cp);
            boolean inMark = cp == '[' || Character.isDigit(cp) && piece.lastIndexOf("[") > piece.lastIndexOf("]");
            if (!inMark && (isBreak(cp) || count >= MAX_PIECE)) {
                pieces.add(piece.toString());
                piece.setLength(0);
                count = 0;
            }
        }
        if (!piece.isEmpty()) {
            pieces.add(piece.toString());
        }
        return pieces;
    }

    private static boolean isBreak(int cp) {
        return switch (cp) {
            case '。', '！', '？', '；', '，', '、', ']', '\n', '!', '?', ';' -> true;
            default -> false;
        };
    }
}
