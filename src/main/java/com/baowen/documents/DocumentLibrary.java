package com.baowen.documents;

import com.baowen.Engine;
import com.baowen.index.SourceSummary;
import com.baowen.index.IndexProgress;
import com.baowen.ingest.ContentTypes;
import com.baowen.ingest.CorpusReader;
import com.baowen.ingest.FileResult;
import com.baowen.ingest.FormatReaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The corpus folder's documents as the page and the API manage them: upload, delete, list. Uploads and
 * deletes run as {@link DocumentJob}s on one background thread, in the order they came; thread-safe.
 *
 * <p>An upload job, per file: 1. check the name ({@link SafeName}) and that it replaces nothing unless asked;
 * 2. detect the type from the bytes and read the file as the indexer will; a file that gives no article
 * (unsupported, encrypted, scanned, malformed, a zip bomb…) is rejected with the reason and never enters the
 * corpus, so a bad replacement cannot take the place of a good file; 3. move it into the corpus folder.
 * Then one incremental indexing run takes in all stored files. A delete removes the file, then runs the same
 * incremental indexing, which drops its articles. Queries keep the last committed index meanwhile.
 */
public final class DocumentLibrary implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DocumentLibrary.class);
    /** Finished jobs kept for {@code GET /api/jobs/{id}}. */
    private static final int KEPT_JOBS = 200;
    private static final String TEMP_PREFIX = ".upload-";

    private final Engine engine;
    private final Path corpus;
    private final CorpusReader reader;
    private final FormatReaders formats;
    private final Map<String, DocumentJob> jobs = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, DocumentJob> eldest) {
            return size() > KEPT_JOBS;
        }
    };
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "baowen-documents");
        t.setDaemon(true);
        return t;
    });

    /** Manages the documents of the engine's corpus folder; the HTTP layer enforces {@link UploadLimits}. */
    public DocumentLibrary(Engine engine) {
        this.engine = engine;
        this.corpus = engine.config().corpus().toAbsolutePath().normalize();
        this.formats = engine.formats();
        this.reader = new CorpusReader(CorpusReader.DEFAULT_MAX_FILE_BYTES, formats);
    }

    /** A new hidden file in the corpus folder for an upload's bytes (the corpus scan skips hidden files). */
    public Path tempFile() throws IOException {
        return Files.createTempFile(corpus, TEMP_PREFIX, ".part");
    }

    /** Queues an upload job for these files; their temporary files are moved or deleted by the job. */
    public DocumentJob upload(List<Upload> uploads, boolean replace) {
        List<DocumentJob.FileReport> files = uploads.stream()
                .map(u -> new DocumentJob.FileReport(u.name(), null, u.bytes(), null, "queued", 0, null)).toList();
        DocumentJob job = register("upload", files);
        worker.execute(() -> runUpload(job, uploads, replace));
        return job;
    }

    /**
     * Queues a delete job for one corpus file.
     *
     * @throws java.util.NoSuchElementException when no such file is in the corpus folder or the index
     */
    public DocumentJob delete(String source) {
        Path file = corpus.resolve(source).normalize();
        boolean inFolder = file.startsWith(corpus) && !file.equals(corpus) && Files.isRegularFile(file)
                && CorpusReader.isCorpusName(file.getFileName().toString());
        int articles = articleCounts().getOrDefault(source, new int[1])[0];
        if (!inFolder && articles == 0) {
            throw new java.util.NoSuchElementException("no document '" + source + "' in the corpus");
        }
        long bytes = inFolder ? size(file) : -1;
        DocumentJob job = register("delete", List.of(new DocumentJob.FileReport(source, source, bytes, null, "queued", articles, null)));
        worker.execute(() -> runDelete(job, inFolder ? file : null, articles));
        return job;
    }

    public Optional<DocumentJob.Report> job(String id) {
        synchronized (jobs) {
            return Optional.ofNullable(jobs.get(id)).map(DocumentJob::report);
        }
    }

    /** The indexed sources with their article counts and dates, by name. */
    public List<DocumentInfo> list() {
        List<DocumentInfo> out = new ArrayList<>();
        for (SourceSummary s : engine.sourceSummaries()) {
            Path file = corpus.resolve(s.source()).normalize();
            out.add(new DocumentInfo(s.source(), s.articles(), s.firstDate(), s.lastDate(),
                    file.startsWith(corpus) && Files.isRegularFile(file) ? size(file) : -1));
        }
        return out;
    }

    private Map<String, int[]> articleCounts() {
        Map<String, int[]> counts = new TreeMap<>();
        for (DocumentInfo d : list()) {
            counts.put(d.source(), new int[]{d.articles()});
        }
        return counts;
    }

    private DocumentJob register(String kind, List<DocumentJob.FileReport> files) {
        DocumentJob job = new DocumentJob(UUID.randomUUID().toString(), kind, files);
        synchronized (jobs) {
            jobs.put(job.id(), job);
        }
        return job;
    }

    private void runUpload(DocumentJob job, List<Upload> uploads, boolean replace) {
        job.status("running");
        List<String> taken = new ArrayList<>();
        Map<String, Integer> stored = new LinkedHashMap<>();
        for (int i = 0; i < uploads.size(); i++) {
            Upload u = uploads.get(i);
            job.status(i, "checking");
            try {
                String source = store(job, i, u, replace, taken);
                if (source != null) {
                    stored.put(source, i);
                }
            } catch (IOException | RuntimeException e) {
                LOG.error("upload of {} failed", u.name(), e);
                job.update(i, null, null, "failed", 0, "could not be stored: " + e.getMessage());
            } finally {
                deleteQuietly(u.temp());
            }
        }
        index(job, stored, "indexed");
        job.status("done");
    }

    /** Checks one upload and moves it into the corpus folder; returns its source name, or null when rejected. */
    private String store(DocumentJob job, int i, Upload u, boolean replace, List<String> taken) throws IOException {
        String name;
        try {
            name = SafeName.check(u.name());
        } catch (IllegalArgumentException e) {
            job.update(i, null, null, "rejected", 0, e.getMessage());
            return null;
        }
        String type = ContentTypes.detect(Files.readAllBytes(u.temp()));
        name = SafeName.withExtension(name, type);
        if (!CorpusReader.isCorpusName(name)) {
            job.update(i, null, type, "rejected", 0, "unsupported content type " + type + " (read here: text, Markdown, JSONL, "
                    + String.join(", ", formats.types()) + ")");
            return null;
        }
        final String finalName = name;
        if (taken.stream().anyMatch(t -> SafeName.sameName(t, finalName))) {
            job.update(i, name, type, "rejected", 0, "'" + name + "' comes twice in this upload");
            return null;
        }
        Path target = corpus.resolve(name).normalize();
        if (!corpus.equals(target.getParent())) {
            job.update(i, null, type, "rejected", 0, "file name '" + u.name() + "' is a path; send a plain file name");
            return null;
        }
        if (Files.exists(target) && !replace) {
            job.update(i, name, type, "rejected", 0, "'" + name + "' is already in the corpus; send ?replace=true to replace it");
            return null;
        }
        switch (reader.readAs(u.temp(), name)) {
            case FileResult.Skipped s -> {
                job.update(i, name, type, "rejected", 0, s.reason());
                return null;
            }
            case FileResult.Parsed p -> {
                Files.move(u.temp(), target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                taken.add(name);
                job.update(i, name, type, "indexing", p.articles().size(), p.warnings().isEmpty() ? null : String.join("; ", p.warnings()));
                LOG.info("stored upload {} ({}, {} articles)", name, type, p.articles().size());
                return name;
            }
        }
    }

    private void runDelete(DocumentJob job, Path file, int articles) {
        job.status("running");
        Map<String, Integer> files = Map.of(job.file(0).source(), 0);
        try {
            if (file != null) {
                Files.deleteIfExists(file);
                LOG.info("deleted document {}", job.file(0).source());
            }
            job.status(0, "indexing");
            index(job, files, "deleted");
        } catch (IOException | RuntimeException e) {
            LOG.error("delete of {} failed", job.file(0).source(), e);
            job.update(0, job.file(0).source(), null, "failed", articles, "could not be deleted: " + e.getMessage());
        }
        job.status("done");
    }

    /** One incremental indexing run; the job's files get {@code doneStatus} as the run reaches them. */
    private void index(DocumentJob job, Map<String, Integer> files, String doneStatus) {
        if (files.isEmpty()) {
            return;
        }
        IndexProgress progress = (done, total, source, action) -> {
            Integer i = files.get(source);
            if (i != null) {
                DocumentJob.FileReport f = job.file(i);
                boolean ok = !action.equals("skipped");
                job.update(i, source, f.type(), ok ? doneStatus : "failed", f.articles(), ok ? f.reason() : "the indexer skipped it");
            }
        };
        try {
            engine.index(progress);
        } catch (RuntimeException e) {
            LOG.error("indexing for job {} failed; queries keep the last committed index", job.id(), e);
        }
        for (int i : files.values()) {
            DocumentJob.FileReport f = job.file(i);
            if (f.status().equals("indexing")) {
                // the run never reached it: a deleted file is simply gone; otherwise the run failed
                if (doneStatus.equals("deleted")) {
                    job.update(i, f.source(), f.type(), doneStatus, f.articles(), f.reason());
                } else {
                    job.update(i, f.source(), f.type(), "failed", f.articles(), "indexing failed; the file stays in the corpus for the next run");
                }
            }
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            LOG.warn("could not delete temporary upload {}: {}", temp, e.getMessage());
        }
    }

    /** Takes no new jobs; a running one finishes (interrupting it would close the index writer's files). */
    @Override
    public void close() {
        worker.shutdown();
    }
}
