package com.baowen.answer;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The neighbours of the best sentence kept for the composer's joins (made-up sentences). */
class SentenceScorerTest {
    private static final String ARTICLE = "甲。乙。丙。丁。戊。";

    @Test
    void should_keep_the_best_sentences_neighbours_the_first_stage_dropped_scored_zero() {
        // given: five sentences of one article and one of another; the first stage kept 丁 (the best) and 甲
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            candidates.add(candidate("a", i));
        }
        candidates.add(candidate("b", 2));
        List<Scored> scored = List.of(new Scored(candidates.get(3), 0.5, 0.7, null, 0.9), new Scored(candidates.get(0), 0.1, 0.2, null, 0.1));

        // when
        List<Scored> neighbours = SentenceScorer.unscoredNeighbours(Question.parse("丁是什么？", List.of()), scored, candidates);

        // then: 乙 and 丙 before it, 戊 after it, each scored 0; not 甲 (kept), not the other article's
        assertEquals(List.of("乙。", "丙。", "戊。"), neighbours.stream().map(s -> s.candidate().text()).toList());
        assertEquals(List.of(0.0, 0.0, 0.0), neighbours.stream().map(Scored::score).toList());
    }

    private static Candidate candidate(String article, int index) {
        int start = index * 2;
        return new Candidate(article, "题", article + ".txt", 0, null, index, 5, start, start + 2,
                ARTICLE.substring(start, start + 2), null, "", "", ARTICLE);
    }
}
