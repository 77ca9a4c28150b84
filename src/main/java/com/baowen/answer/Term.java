package com.baowen.answer;

/**
 * A key term of a question: a word of the index's analyzer (two characters or more, no
 * interrogative), in folded form; immutable.
 *
 * @param text  folded text to look for
 * @param boost 1 for the question's own terms, less for terms carried over from earlier turns
 */
public record Term(String text, double boost) {
}
