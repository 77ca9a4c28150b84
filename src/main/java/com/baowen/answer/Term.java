package com.baowen.answer;

/**
 * A key term of a question: a Chinese character bigram (or a lone character) or a Latin/number token,
 * in folded form; immutable.
 *
 * @param text  folded text to look for
 * @param boost 1 for the question's own terms, less for terms carried over from earlier turns
 */
public record Term(String text, double boost) {
}
