package com.baowen.eval;

import com.baowen.BaowenException;
import com.baowen.index.SourceFile;

import java.util.List;

/**
 * Questions to evaluate, and for self-contained sets (SQuAD) the articles they are asked about;
 * immutable.
 *
 * @param name      file name of the set
 * @param questions every question of the set, blank ones included
 * @param corpus    the set's own articles as one source file, or {@code null} when the questions are
 *                  about the configured corpus (our JSONL sets)
 */
public record EvalSet(String name, List<EvalQuestion> questions, SourceFile corpus) {
    public EvalSet {
        questions = List.copyOf(questions);
    }

    /**
     * The first {@code n} questions in file order (every one when the set has fewer), with the same corpus:
     * "the first 1,000 questions of a dev set", every paragraph still there to be found.
     *
     * @param n at least 1
     */
    public EvalSet first(int n) {
        if (n < 1) {
            throw new BaowenException("--first must be at least 1, got " + n);
        }
        return n >= questions.size() ? this
                : new EvalSet(name + " (first " + n + ")", questions.subList(0, n), corpus);
    }

    /**
     * The questions of one part of a SQuAD set ({@link HeldOut}), with the same corpus: the held-out
     * paragraphs' ({@code eval --held-out}) or the training paragraphs' ({@code --training-part}, the ones
     * a rule may be chosen on). Questions without a gold paragraph belong to neither.
     */
    public EvalSet part(boolean heldOut) {
        return new EvalSet(name + (heldOut ? " (held out)" : " (training part)"), questions.stream()
                .filter(q -> q.goldArticleId() != null && HeldOut.isHeldOut(q.goldArticleId()) == heldOut).toList(), corpus);
    }
}
