package com.baowen.eval;

import java.util.List;

/**
 * One evaluation question; immutable.
 *
 * @param id            the set's question id
 * @param question      the question text (may be blank in a faulty set: such questions are skipped)
 * @param goldArticleId the article that answers it (SQuAD sets; {@code article} in our JSONL sets), or {@code null}
 * @param goldSource    the corpus file that answers it ({@code src} in our JSONL sets), or {@code null}
 * @param any           the answer must contain one of these (empty when not given)
 * @param all           the answer must contain all of these (empty when not given)
 * @param none          true when the corpus does not answer it
 * @param kind          the kind of question, as the set names it ({@code kind} in our JSONL sets: "later edition",
 *                      "detail not given", …), or {@code null}; {@code eval} counts refusals of {@code none} ones by it
 */
public record EvalQuestion(String id, String question, String goldArticleId, String goldSource,
                           List<String> any, List<String> all, boolean none, String kind) {
    public EvalQuestion {
        any = List.copyOf(any);
        all = List.copyOf(all);
    }

    /** A question without a {@code kind}. */
    public EvalQuestion(String id, String question, String goldArticleId, String goldSource,
                        List<String> any, List<String> all, boolean none) {
        this(id, question, goldArticleId, goldSource, any, all, none, null);
    }

    /** True when the question names where its answer is, so retrieval can be scored on it. */
    public boolean hasGold() {
        return !none && (goldArticleId != null || goldSource != null);
    }
}
