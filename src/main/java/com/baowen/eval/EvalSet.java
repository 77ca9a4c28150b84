package com.baowen.eval;

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
}
