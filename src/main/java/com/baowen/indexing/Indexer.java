package com.baowen.indexing;

import com.baowen.BaowenException;
import com.baowen.index.ArticleStore;
import com.baowen.index.EncodedArticle;
import com.baowen.index.IndexProgress;
import com.baowen.index.IndexReport;
import com.baowen.index.SourceFile;
import com.baowen.ingest.Article;
import com.baowen.ingest.CorpusReader;
import com.baowen.ingest.OpenedFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The indexing stage: read → chunk → embed → store, incrementally, crash-safely and with memory bounded by a
 * batch. Flow of a run:
 * <ol>
 *   <li>list the corpus (names and sizes only) and delete from the store the files that left it;</li>
 *   <li>per file: skip it when its digest is the one the store holds (the digest is computed again only when the
 *       file's size or time changed since this indexer last read it, {@link FileDigests}); else read its articles one at a time
 *       and skip each article whose {@link ContentHash} the store holds;</li>
 *   <li>batch the rest ({@link #BATCH_CHARS}), encode a batch ({@link ArticleEncoder}) while the previous one
 *       is written ({@link StoreWriter}, which commits every {@link StoreWriter#COMMIT_MILLIS});</li>
 *   <li>at the end of a file read without failure, delete the articles that left it and mark the file done.</li>
 * </ol>
 * A killed run loses at most what was not committed; the next run skips the committed articles, even in the
 * middle of a file. A file that cannot be read keeps what the store holds of it. Not thread-safe: one run at
 * a time.
 */
public final class Indexer {
    private static final Logger LOG = LoggerFactory.getLogger(Indexer.class);
    /** Article characters per embedding batch (a few seconds of work on 2 cores). */
    static final int BATCH_CHARS = 8_000;

    private final ArticleStore store;
    private final ArticleEncoder encoder;
    private final CorpusReader reader;
    /** Digests and line counts of the corpus files, kept while a file's size and time stay: a later run reads only what changed. */
    private final FileDigests digests = new FileDigests();

    /** @param reader reads the corpus files (with OCR for page scans when it has a scan reader) */
    public Indexer(ArticleStore store, ArticleEncoder encoder, CorpusReader reader) {
        this.store = store;
        this.encoder = encoder;
        this.reader = reader;
    }

    public Indexer(ArticleStore store, ArticleEncoder encoder) {
        this(store, encoder, new CorpusReader());
    }

    /** How many times a corpus file was read whole for its digest or line count (for tests). */
    long fileReads() {
        return digests.reads();
    }

    /** Brings the store in line with the corpus folder. */
    public IndexReport run(Path corpus, IndexProgress progress) {
        Run run = new Run(progress);
        Map<String, Path> files = new LinkedHashMap<>();
        Map<String, Long> lines = new HashMap<>();
        Map<String, String> known = store.files();
        for (Iterator<Path> it = reader.walk(corpus, run::problem); it.hasNext(); ) {
            Path p = it.next();
            files.put(CorpusReader.nameOf(corpus, p), p);
        }
        run.filesTotal = files.size();
        try (StoreWriter writer = new StoreWriter(store.writer())) {
            run.writer = writer;
            deleteMissing(run, files.keySet());
            // the total is known when every file is JSONL: one article per non-blank line
            if (files.keySet().stream().allMatch(Indexer::isJsonl)) {
                files.forEach((name, path) -> lines.put(name, digests.lines(path)));
                run.articlesTotal = lines.values().stream().mapToLong(Long::longValue).sum();
            }
            for (Map.Entry<String, Path> f : files.entrySet()) {
                String digest = digests.digest(f.getValue());
                if (digest != null && digest.equals(known.get(f.getKey()))) {
                    run.unchangedFile(f.getKey(), lines.getOrDefault(f.getKey(), 0L));
                    continue;
                }
                try (OpenedFile opened = reader.open(corpus, f.getValue(), digest)) {
                    index(run, opened.source(), opened.sha256(), opened.skipped(), opened, opened.warnings());
                } catch (IOException e) {
                    run.problem(f.getKey() + ": cannot close: " + e);
                }
            }
            digests.retain(new HashSet<>(files.values()));
            return run.finish();
        }
    }

    /**
     * Indexes these files as the whole corpus (files indexed before and missing here are deleted); for sources
     * that are not a corpus folder, like an evaluation set.
     */
    public IndexReport run(List<SourceFile> files, List<IndexReport.SkippedFile> skipped, IndexProgress progress) {
        Run run = new Run(progress);
        run.filesTotal = files.size() + skipped.size();
        run.articlesTotal = files.stream().mapToLong(f -> f.articles().size()).sum();
        Map<String, String> known = store.files();
        Set<String> present = new HashSet<>();
        files.forEach(f -> present.add(f.source()));
        skipped.forEach(s -> present.add(s.source()));
        try (StoreWriter writer = new StoreWriter(store.writer())) {
            run.writer = writer;
            deleteMissing(run, present);
            for (IndexReport.SkippedFile s : skipped) {
                index(run, s.source(), null, s.reason(), List.<Article>of().iterator(), List.of());
            }
            for (SourceFile f : files) {
                if (f.sha256().equals(known.get(f.source()))) {
                    run.unchangedFile(f.source(), f.articles().size());
                } else {
                    index(run, f.source(), f.sha256(), null, f.articles().iterator(), List.of());
                }
            }
            return run.finish();
        }
    }

    private static boolean isJsonl(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(".jsonl");
    }

    private void deleteMissing(Run run, Set<String> present) {
        boolean any = false;
        for (String source : store.sources()) {
            if (!present.contains(source)) {
                run.writer.deleteSource(source);
                run.filesDeleted++;
                any = true;
                run.progress.onFile(run.filesDone, run.filesTotal, source, "deleted");
            }
        }
        if (any) {
            run.writer.commitNow(); // before other files may take over the deleted ids
        }
    }

    /**
     * One file: its new and changed articles batched and written, then (when it was read whole) the articles
     * that left it deleted and the file marked done.
     */
    private void index(Run run, String source, String digest, String skipped, Iterator<Article> articles,
                       List<String> warnings) {
        if (skipped != null) {
            String kept = store.sources().contains(source) ? " (its indexed articles are kept)" : "";
            run.skip(source, skipped + kept);
            return;
        }
        Map<String, String> held = store.articleHashes(source);
        Set<String> seen = new HashSet<>();
        List<Article> batch = new ArrayList<>();
        long batchChars = 0;
        boolean whole = true;
        int warned = 0;
        try {
            while (articles.hasNext()) {
                Article a = articles.next();
                warned = report(run, warnings, warned);
                String other = run.owner(a.id(), source, store);
                if (other != null) {
                    run.reject(source + ": article id '" + a.id() + "' is already used by " + other + "; skipped");
                    continue;
                }
                seen.add(a.id());
                if (ContentHash.of(a).equals(held.get(a.id()))) {
                    run.articlesUnchanged++;
                    run.articleDone(0);
                    continue;
                }
                batch.add(a);
                batchChars += a.text().length();
                if (batchChars >= BATCH_CHARS) {
                    write(run, batch);
                    batch = new ArrayList<>();
                    batchChars = 0;
                }
            }
        } catch (UncheckedIOException | BaowenException e) {
            whole = false;
            String reason = "reading stopped: " + e.getMessage() + " (what it held stays indexed)";
            run.skipped.add(new IndexReport.SkippedFile(source, reason));
            run.problem(source + ": " + reason);
        }
        write(run, batch);
        warned = report(run, warnings, warned);
        if (whole && warned == 0) {
            for (String id : held.keySet()) {
                if (!seen.contains(id)) {
                    run.writer.deleteArticle(id);
                    run.articlesDeleted++;
                }
            }
            run.writer.markFile(source, digest);
        } else if (whole) {
            LOG.info("{}: not marked done because of bad lines; its articles no longer in the file are kept", source);
        }
        run.filesIndexed++;
        run.progress.onFile(++run.filesDone, run.filesTotal, source, "indexed");
    }

    /** Reports warnings added since the last call; returns how many there are now. */
    private static int report(Run run, List<String> warnings, int from) {
        for (int i = from; i < warnings.size(); i++) {
            run.reject(warnings.get(i));
        }
        return warnings.size();
    }

    private void write(Run run, List<Article> batch) {
        if (batch.isEmpty()) {
            return;
        }
        long t0 = System.nanoTime();
        List<EncodedArticle> encoded = encoder.encode(batch);
        run.embedNanos += System.nanoTime() - t0;
        run.writer.put(encoded);
        for (EncodedArticle e : encoded) {
            run.articles++;
            run.chunks += e.chunks().size();
            run.sentences += e.sentences().size();
            e.chunks().forEach(c -> run.chunkChars += c.chunk().text().length());
            run.articleDone(e.chars());
        }
    }

    /** The counters and state of one run. */
    private static final class Run {
        final IndexProgress progress;
        final long start = System.currentTimeMillis();
        final Map<String, String> ids = new HashMap<>();
        final List<IndexReport.SkippedFile> skipped = new ArrayList<>();
        final List<String> problems = new ArrayList<>();
        StoreWriter writer;
        int filesTotal, filesDone, filesIndexed, filesUnchanged, filesDeleted;
        int articles, chunks, sentences, articlesUnchanged, articlesDeleted, rejected;
        long chunkChars, chars, articlesDone, embedNanos;
        Long articlesTotal;
        long lastReport = System.currentTimeMillis();
        /** Whether a snapshot went out since the run began: the first comes with the first article written. */
        boolean reported;

        Run(IndexProgress progress) {
            this.progress = progress;
        }

        /** The other source that holds this id, or {@code null} when {@code source} may use it. */
        String owner(String id, String source, ArticleStore store) {
            String mine = ids.putIfAbsent(id, source);
            if (mine != null) {
                return mine.equals(source) ? null : mine;
            }
            String stored = store.sourceOf(id).orElse(source);
            if (!stored.equals(source)) {
                ids.put(id, stored);
                return stored;
            }
            return null;
        }

        void unchangedFile(String source, long articles) {
            filesUnchanged++;
            articlesDone += articles;
            progress.onFile(++filesDone, filesTotal, source, "unchanged");
        }

        void skip(String source, String reason) {
            LOG.warn("skipped {}: {}", source, reason);
            skipped.add(new IndexReport.SkippedFile(source, reason));
            problem(source + ": " + reason);
            progress.onFile(++filesDone, filesTotal, source, "skipped");
        }

        void reject(String message) {
            rejected++;
            articlesDone++;
            problem(message);
        }

        void problem(String message) {
            LOG.warn("{}", message);
            if (problems.size() < IndexReport.MAX_PROBLEMS) {
                problems.add(message);
            }
        }

        void articleDone(long articleChars) {
            articlesDone++;
            chars += articleChars;
            long now = System.currentTimeMillis();
            if (!reported || now - lastReport >= IndexProgress.Snapshot.INTERVAL_MILLIS) {
                reported = true;
                lastReport = now;
                progress.onProgress(snapshot(now));
            }
        }

        IndexProgress.Snapshot snapshot(long now) {
            double seconds = Math.max(0.001, (now - start) / 1000.0);
            double rate = chars / seconds;
            Long eta = null;
            if (articlesTotal != null && articlesDone > 0) {
                eta = Math.max(0, Math.round((articlesTotal - articlesDone) * seconds / articlesDone));
            } else if (filesDone > 0) {
                eta = Math.max(0, Math.round((filesTotal - filesDone) * seconds / filesDone));
            }
            return new IndexProgress.Snapshot(filesDone, filesTotal, articlesDone, articlesTotal, rate, eta);
        }

        IndexReport finish() {
            writer.finish();
            progress.onProgress(snapshot(System.currentTimeMillis()));
            return new IndexReport(filesIndexed, filesUnchanged, filesDeleted, skipped, articles, chunks, chunkChars,
                    sentences, embedNanos / 1_000_000, 0, System.currentTimeMillis() - start,
                    articlesUnchanged, articlesDeleted, rejected, problems);
        }
    }
}
