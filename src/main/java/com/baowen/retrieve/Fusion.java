package com.baowen.retrieve;

import java.util.List;
import java.util.Map;

/** Combines ranked lists from several retrievers into one score per key; thread-safe. */
public interface Fusion {
    /**
     * @param lists one list per retriever, each best first (a list may be empty)
     * @return the fused score of every key in any list, higher is better
     */
    Map<String, Double> fuse(List<List<Ranked>> lists);
}
