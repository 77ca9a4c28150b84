package com.baowen.http;

import com.baowen.answer.Answer;
import com.baowen.answer.Answerer;
import com.baowen.answer.Citation;
import com.baowen.answer.Turn;
import com.baowen.chunk.Chunk;
import com.baowen.ingest.Article;
import com.baowen.ingest.ArticleKind;
import com.baowen.retrieve.ArticleHit;
import com.baowen.retrieve.EmbeddedSentence;
import com.baowen.retrieve.Retriever;
import com.baowen.retrieve.ScoredChunk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * A small stand-in for the engine over the seed pages, used until the real engine lands in main:
 * paragraphs are articles, character-bigram overlap is the score, the best sentence is the answer.
 * Re-indexing swaps the whole article list at once, like a Lucene commit.
 */
final class SeedBackend implements Backend {
    private final Path corpus;
    private final AtomicReference<List<Article>> articles = new AtomicReference<>(List.of());
    private final AtomicReference<IndexStatus> status = new AtomicReference<>(IndexStatus.starting());
    private volatile boolean indexing;

    SeedBackend(Path corpus) {
        this.corpus = corpus;
        load();
    }

    @Override
    public Optional<Retriever> retriever() {
        return Optional.of(retriever);
    }

    @Override
    public Optional<Answerer> answerer() {
        return Optional.of(answerer);
    }

    @Override
    public IndexStatus status() {
        return status.get();
    }

    @Override
    public synchronized boolean reindex() {
        if (indexing) {
            return false;
        }
        indexing = true;
        status.set(new IndexStatus(IndexStatus.INDEXING, 0, 5, articles.get().size(), articles.get().size(), 1000));
        Thread.ofVirtual().start(() -> {
            try {
                Thread.sleep(300);
                load();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                indexing = false;
            }
        });
        return true;
    }

    private void load() {
        List<Article> list = new ArrayList<>();
        try (Stream<Path> files = Files.list(corpus)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                String[] paragraphs = Files.readString(file).split("\\n\\s*\\n");
                int n = 0;
                for (String p : paragraphs) {
                    String text = p.replace("\n", "").strip();
                    if (text.length() < 20) {
                        continue;
                    }
                    list.add(new Article(name.replace(".txt", "") + "-" + n++, text.substring(0, 12), null, null,
                            ArticleKind.NEWS, name, null, text, null));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        articles.set(List.copyOf(list));
        status.set(new IndexStatus(IndexStatus.READY, 5, 5, list.size(), list.size(), 1000));
    }

    private static Set<String> bigrams(String text) {
        Set<String> grams = new HashSet<>();
        for (int i = 0; i + 2 <= text.length(); i++) {
            String g = text.substring(i, i + 2);
            if (Character.isIdeographic(g.codePointAt(0)) && Character.isIdeographic(g.codePointAt(1))) {
                grams.add(g);
            }
        }
        return grams;
    }

    private static double overlap(Set<String> query, String text) {
        return query.stream().filter(text::contains).count();
    }

    private final Retriever retriever = new Retriever() {
        @Override
        public List<ArticleHit> search(String query, int k) {
            Set<String> q = bigrams(query);
            return articles.get().stream()
                    .map(a -> new ArticleHit(a.id(), a.title(), a.source(), overlap(q, a.text()),
                            List.of(new ScoredChunk(new Chunk(Chunk.idOf(a.id(), 0), a.id(), 0, 0, a.text().length(), a.text()),
                                    a.title(), a.source(), overlap(q, a.text())))))
                    .filter(h -> h.score() > 0)
                    .sorted(Comparator.comparingDouble(ArticleHit::score).reversed())
                    .limit(k)
                    .toList();
        }

        @Override
        public Optional<Article> article(String id) {
            return articles.get().stream().filter(a -> a.id().equals(id)).findFirst();
        }

        @Override
        public List<Article> articles(int offset, int limit) {
            List<Article> all = articles.get();
            return all.subList(Math.min(offset, all.size()), Math.min(all.size(), offset + limit));
        }

        @Override
        public int articleCount() {
            return articles.get().size();
        }

        @Override
        public List<EmbeddedSentence> sentences(String articleId) {
            return List.of();
        }

        @Override
        public float[] embedQuery(String query) {
            return new float[0];
        }
    };

    private final Answerer answerer = new Answerer() {
        @Override
        public Answer answer(String question, List<Turn> history, int topK) {
            long t0 = System.nanoTime();
            Set<String> q = bigrams(question);
            List<ArticleHit> hits = retriever.search(question, topK);
            if (hits.isEmpty() || hits.get(0).score() < 3) {
                return new Answer("这些文章没有回答这个问题。", true, List.of(), (System.nanoTime() - t0) / 1_000_000);
            }
            Article best = retriever.article(hits.get(0).articleId()).orElseThrow();
            String text = best.text();
            int bestStart = 0, bestEnd = text.length();
            double bestScore = -1;
            int start = 0;
            for (int i = 0; i < text.length(); i++) {
                if ("。！？".indexOf(text.charAt(i)) >= 0 || i == text.length() - 1) {
                    double s = overlap(q, text.substring(start, i + 1));
                    if (s > bestScore) {
                        bestScore = s;
                        bestStart = start;
                        bestEnd = i + 1;
                    }
                    start = i + 1;
                }
            }
            String snippet = text.substring(bestStart, bestEnd);
            Citation c = new Citation(1, best.id(), best.title(), best.source(), snippet, bestStart, bestEnd,
                    new int[]{bestStart, bestEnd}, hits.get(0).score());
            return new Answer(snippet + "[1]", false, List.of(c), (System.nanoTime() - t0) / 1_000_000);
        }
    };
}
