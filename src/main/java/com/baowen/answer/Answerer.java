package com.baowen.answer;

import java.util.List;

/** Answers a question from the articles, citing snippets; thread-safe. */
public interface Answerer {
    /**
     * @param question 1..2000 characters
     * @param history  earlier turns, oldest first (may be empty)
     * @param topK     how many articles to draw from, 1..20
     */
    Answer answer(String question, List<Turn> history, int topK);
}
