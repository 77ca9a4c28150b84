package com.baowen.answer;

import java.util.List;

/** An {@link Answerer} that can pass its answer on while it is written; thread-safe. */
public interface StreamingAnswerer extends Answerer {
    /**
     * Answers, calling {@code listener} on this thread as the answer is written, and returns after
     * {@link AnswerListener#done}. Interrupting the thread stops the answer (and the model's stream):
     * it returns at once, without {@code done}, with the interrupt flag set.
     *
     * @throws LlmStreamException when the model fails after part of its answer was passed on
     */
    void stream(String question, List<Turn> history, int topK, AnswerListener listener);
}
