package com.baowen.documents;

import java.util.ArrayList;
import java.util.List;

/**
 * One upload or delete, run in the background: its files and what became of each; thread-safe (every
 * change and {@link #report} hold the job's lock).
 */
public final class DocumentJob {
    /** What became of one file; immutable. */
    public record FileReport(String name, String source, long bytes, String type, String status, int articles, String reason) {
    }

    /**
     * A job as {@code GET /api/jobs/{id}} shows it; immutable.
     *
     * @param status {@code queued}, {@code running} or {@code done}
     * @param files  per file: status {@code queued}, {@code checking}, {@code indexing}, {@code indexed},
     *               {@code deleted}, {@code rejected} (with the reason; nothing was stored) or {@code failed}
     */
    public record Report(String id, String kind, String status, int filesDone, int filesTotal, List<FileReport> files) {
    }

    private final String id;
    private final String kind;
    private final List<FileReport> files = new ArrayList<>();
    private String status = "queued";

    DocumentJob(String id, String kind, List<FileReport> files) {
        this.id = id;
        this.kind = kind;
        this.files.addAll(files);
    }

    public String id() {
        return id;
    }

    synchronized void status(String status) {
        this.status = status;
    }

    synchronized FileReport file(int i) {
        return files.get(i);
    }

    synchronized int size() {
        return files.size();
    }

    synchronized void update(int i, String source, String type, String status, int articles, String reason) {
        FileReport f = files.get(i);
        files.set(i, new FileReport(f.name(), source, f.bytes(), type, status, articles, reason));
    }

    synchronized void status(int i, String status) {
        FileReport f = files.get(i);
        files.set(i, new FileReport(f.name(), f.source(), f.bytes(), f.type(), status, f.articles(), f.reason()));
    }

    public synchronized Report report() {
        int done = (int) files.stream().filter(f -> !f.status().equals("queued") && !f.status().equals("checking")
                && !f.status().equals("indexing")).count();
        return new Report(id, kind, status, done, files.size(), List.copyOf(files));
    }
}
