package com.baowen.retrieve;

import com.baowen.BaowenException;
import com.baowen.InvalidInputException;
import com.baowen.embed.Embedder;
import com.baowen.index.Candidates;
import com.baowen.index.ChunkMatch;
import com.baowen.index.LexicalWeights;
import com.baowen.index.LuceneIndex;
import com.baowen.ingest.Article;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * BM25 and vector search over the Lucene index, fused and grouped by article; thread-safe.
 *
 * <p>Flow of {@link #search}:
 * <ol>
 *   <li>embed the question (skipped when vectors are off);</li>
 *   <li>take {@code lexicalN} BM25 chunks and {@code semanticN} HNSW chunks from one index view —
 *       many more than {@code k}, since HNSW's first few neighbours are often not the best;</li>
 *   <li>rank articles in each list by their best chunk, and fuse the article lists;</li>
 *   <li>fuse the chunk lists too, to order each article's chunks best first;</li>
 *   <li>return the top {@code k} articles.</li>
 * </ol>
 */
public final class HybridRetriever implements Retriever {
    public static final int DEFAULT_CANDIDATES = 50;
    public static final int MAX_K = 50;
    /** Weight of BM25 against vectors in the default fusion. */
    public static final double DEFAULT_LEXICAL_WEIGHT = 0.7;
    /** Longest query, in code points (the one rule: {@link QueryText#MAX_CODE_POINTS}). */
    public static final int MAX_QUERY_CHARS = QueryText.MAX_CODE_POINTS;

    private final LuceneIndex index;
    private final QueryVectors queryVectors;
    private final Settings settings;

    /**
     * How to search.
     *
     * @param lexicalN  BM25 chunk candidates, 0..1000 (0 turns BM25 off)
     * @param semanticN vector chunk candidates, 0..1000 (0 turns vectors off)
     * @param fusion    how the two lists are combined
     * @param weights   weights of the BM25 fields
     */
    public record Settings(int lexicalN, int semanticN, Fusion fusion, LexicalWeights weights) {
        public Settings {
            if (lexicalN < 0 || lexicalN > 1000) {
                throw new BaowenException("lexicalN must be between 0 and 1000, got " + lexicalN);
            }
            if (semanticN < 0 || semanticN > 1000) {
                throw new BaowenException("semanticN must be between 0 and 1000, got " + semanticN);
            }
            if (lexicalN == 0 && semanticN == 0) {
                throw new BaowenException("lexicalN and semanticN must not both be 0");
            }
        }

        /**
         * Both retrievers, 50 candidates each, fused by scaled score with BM25 weighted 0.7: on CMRC
         * 2018 trial BM25 alone beats vectors alone (0.989 vs 0.935 recall@1), and rank fusion,
         * which weighs both alike, fell below BM25 (0.967); weighted score fusion rose above it.
         */
        public static Settings defaults() {
            return new Settings(DEFAULT_CANDIDATES, DEFAULT_CANDIDATES,
                    new ScoreFusion(DEFAULT_LEXICAL_WEIGHT, 1 - DEFAULT_LEXICAL_WEIGHT), LexicalWeights.DEFAULT);
        }

        public Settings withWeights(LexicalWeights weights) {
            return new Settings(lexicalN, semanticN, fusion, weights);
        }
    }

    public HybridRetriever(LuceneIndex index, Embedder embedder, Settings settings) {
        this.index = index;
        this.queryVectors = new QueryVectors(embedder);
        this.settings = settings;
    }

    @Override
    public List<ArticleHit> search(String query, int k) {
        return search(query, k, DateRange.ANY);
    }

    @Override
    public List<ArticleHit> search(String query, int k, DateRange dates) {
        QueryText.check(query, "query");
        if (k < 1 || k > MAX_K) {
            throw new InvalidInputException("k must be between 1 and " + MAX_K + ", got " + k);
        }
        float[] vector = settings.semanticN() > 0 ? queryVectors.of(query) : null;
        Candidates c = index.search(query, settings.weights(), vector, settings.lexicalN(), settings.semanticN(),
                dates.fromDay(), dates.toDay());
        List<List<ChunkMatch>> lists = List.of(c.lexical(), c.semantic());

        Map<String, Double> articleScores = settings.fusion().fuse(lists.stream().map(HybridRetriever::byArticle).toList());
        Map<String, Double> chunkScores = settings.fusion().fuse(lists.stream().map(HybridRetriever::byChunk).toList());

        Map<String, List<ChunkMatch>> chunksOf = new LinkedHashMap<>();
        Map<String, ChunkMatch> seen = new HashMap<>();
        for (List<ChunkMatch> list : lists) {
            for (ChunkMatch m : list) {
                if (seen.putIfAbsent(m.chunk().id(), m) == null) {
                    chunksOf.computeIfAbsent(m.chunk().articleId(), a -> new ArrayList<>()).add(m);
                }
            }
        }
        return articleScores.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(k)
                .map(e -> hit(e.getKey(), e.getValue(), chunksOf.get(e.getKey()), chunkScores))
                .toList();
    }

    private static ArticleHit hit(String articleId, double score, List<ChunkMatch> matches, Map<String, Double> chunkScores) {
        List<ScoredChunk> chunks = matches.stream()
                .map(m -> new ScoredChunk(m.chunk(), m.title(), m.source(), chunkScores.get(m.chunk().id())))
                .sorted(Comparator.comparingDouble(ScoredChunk::score).reversed()
                        .thenComparingInt(sc -> sc.chunk().ordinal()))
                .toList();
        ChunkMatch first = matches.get(0);
        return new ArticleHit(articleId, first.title(), first.source(), first.date(), score, chunks);
    }

    /** Articles in the order of their best chunk in this list, scored by it. */
    static List<Ranked> byArticle(List<ChunkMatch> list) {
        Map<String, Ranked> best = new LinkedHashMap<>();
        for (ChunkMatch m : list) {
            best.putIfAbsent(m.chunk().articleId(), new Ranked(m.chunk().articleId(), m.score()));
        }
        return List.copyOf(best.values());
    }

    static List<Ranked> byChunk(List<ChunkMatch> list) {
        return list.stream().map(m -> new Ranked(m.chunk().id(), m.score())).toList();
    }

    @Override
    public Optional<Article> article(String id) {
        return index.article(id);
    }

    @Override
    public List<Article> articles(int offset, int limit) {
        if (offset < 0) {
            throw new InvalidInputException("offset must be >= 0, got " + offset);
        }
        if (limit < 1 || limit > 1000) {
            throw new InvalidInputException("limit must be between 1 and 1000, got " + limit);
        }
        return index.articles(offset, limit);
    }

    @Override
    public int articleCount() {
        return index.articleCount();
    }

    @Override
    public List<EmbeddedSentence> sentences(String articleId) {
        return index.sentences(articleId).stream().map(s -> new EmbeddedSentence(s.start(), s.end(), s.vector())).toList();
    }

    @Override
    public float[] embedQuery(String query) {
        return queryVectors.of(query).clone();
    }
}
