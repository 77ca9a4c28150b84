package com.baowen.index;

import com.baowen.chunk.Chunker;
import com.baowen.embed.Embedder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Brings the index in line with the corpus, incrementally and crash-safely. Flow:
 * <ol>
 *   <li>read which files the last commit holds, with their sha256;</li>
 *   <li>delete files that left the corpus (or can no longer be read);</li>
 *   <li>skip files whose sha256 is unchanged; put new and changed ones;</li>
 *   <li>commit after every {@link #COMMIT_CHARS} characters of new text and at the end, so a killed
 *       process loses at most one batch and the next run picks up the files not yet committed.</li>
 * </ol>
 * Not thread-safe: the caller runs one at a time.
 */
public final class Indexer {
    private static final Logger LOG = LoggerFactory.getLogger(Indexer.class);
    /** Characters of article text indexed between commits (a few minutes of embedding at most). */
    static final long COMMIT_CHARS = 200_000;

    private final SearchIndex index;
    private final Embedder embedder;
    private final Chunker chunker;
    private final boolean titleInVector;

    public Indexer(SearchIndex index, Embedder embedder, Chunker chunker, boolean titleInVector) {
        this.index = index;
        this.embedder = embedder;
        this.chunker = chunker;
        this.titleInVector = titleInVector;
    }

    /**
     * @param files   every readable corpus file
     * @param skipped corpus files that could not be read, with reasons
     */
    public IndexReport run(List<SourceFile> files, List<IndexReport.SkippedFile> skipped, IndexProgress progress) {
        long start = System.currentTimeMillis();
        Map<String, String> known = index.files();
        Set<String> present = new HashSet<>();
        files.forEach(f -> present.add(f.source()));
        int total = files.size() + skipped.size();
        int done = 0;
        int indexed = 0, unchanged = 0, deleted = 0, articles = 0, chunks = 0, sentences = 0;
        long chars = 0;
        try (IndexUpdate update = index.update(embedder, chunker, titleInVector)) {
            boolean dirty = false;
            for (String source : known.keySet()) {
                if (!present.contains(source)) {
                    update.delete(source);
                    deleted++;
                    dirty = true;
                    if (skipped.stream().noneMatch(s -> s.source().equals(source))) {
                        progress.onFile(done, total, source, "deleted");
                    }
                }
            }
            for (IndexReport.SkippedFile s : skipped) {
                LOG.warn("skipped {}: {}", s.source(), s.reason());
                progress.onFile(++done, total, s.source(), "skipped");
            }
            long sinceCommit = 0;
            for (SourceFile f : files) {
                if (f.sha256().equals(known.get(f.source()))) {
                    unchanged++;
                    progress.onFile(++done, total, f.source(), "unchanged");
                    continue;
                }
                IndexUpdate.FileStats stats = update.put(f);
                indexed++;
                articles += stats.articles();
                chunks += stats.chunks();
                chars += stats.chunkChars();
                sentences += stats.sentences();
                dirty = true;
                sinceCommit += f.articles().stream().mapToLong(a -> a.text().length()).sum();
                if (sinceCommit >= COMMIT_CHARS) {
                    update.commit();
                    sinceCommit = 0;
                    dirty = false;
                }
                progress.onFile(++done, total, f.source(), "indexed");
            }
            if (dirty) {
                update.commit();
            }
            return new IndexReport(indexed, unchanged, deleted, skipped, articles, chunks, chars, sentences,
                    update.chunkEmbedMillis(), update.sentenceEmbedMillis(), System.currentTimeMillis() - start);
        }
    }
}
