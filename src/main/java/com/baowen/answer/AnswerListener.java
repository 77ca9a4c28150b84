package com.baowen.answer;

import java.util.List;

/**
 * Receives an answer while it is written: {@link #citations} (again whenever a source is added),
 * {@link #delta} for each new piece of text, then {@link #done} once. Called on the answering thread;
 * implementations should only hand the events on, not block.
 */
public interface AnswerListener {
    /**
     * The sources cited so far, numbered as the text passed on so far cites them.
     *
     * @param noAnswer true when the articles do not answer the question
     */
    void citations(boolean noAnswer, List<Citation> citations);

    /** The next piece of the answer; the pieces joined are the text passed on so far. */
    void delta(String text);

    /**
     * The checked answer.
     *
     * @param rewritten true when it is not the text the deltas gave (a citation or a quotation did not
     *                  hold, or the model's answer was replaced by the extractive one): a reader must be
     *                  shown this text instead. With no delta before it, the answer is all there is.
     */
    void done(Answer answer, boolean rewritten);
}
