package com.baowen.http;

import com.baowen.documents.DocumentJob;
import com.baowen.documents.DocumentLibrary;
import com.baowen.documents.Upload;
import com.baowen.documents.UploadLimits;
import com.baowen.ingest.CorpusReader;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * {@code POST /api/documents} (multipart upload → 202 with a job), {@code GET /api/jobs/{id}},
 * {@code GET /api/documents} and {@code DELETE /api/documents/{source}}. Thread-safe.
 *
 * <p>Upload flow: 1. without an API key, same origin only ({@link SameOriginCheck}); 2. the limits, each a
 * 413 naming it: the declared body size against the bytes per job, then files per request, bytes per file
 * and bytes per job; 3. each file is copied to a hidden file of the corpus folder; 4. the library's job
 * checks, stores and indexes them in the background.
 */
final class DocumentsHandler {
    /** Multipart framing per file (boundaries, part headers) allowed above the files' own bytes. */
    static final long PART_OVERHEAD = 16 * 1024;

    private final Backend backend;
    private final UploadLimits limits;
    private final boolean keyed;

    DocumentsHandler(Backend backend, UploadLimits limits, boolean keyed) {
        this.backend = backend;
        this.limits = limits;
        this.keyed = keyed;
    }

    void upload(Context ctx) throws IOException {
        guard(ctx);
        DocumentLibrary library = library();
        long declared = ctx.req().getContentLengthLong();
        if (declared > limits.maxJobBytes() + limits.maxFiles() * PART_OVERHEAD) {
            throw tooLarge("the upload has " + declared + " bytes, over the limit of " + limits.maxJobBytes() + " bytes per job");
        }
        List<UploadedFile> files;
        try {
            files = ctx.uploadedFiles();
        } catch (Exception e) {
            // Jetty's multipart parser fails with ServletException / BadMessageException / IllegalStateException
            throw multipartError(e);
        }
        if (files.isEmpty()) {
            throw HttpError.badRequest("send the files as multipart/form-data parts (e.g. curl -F file=@page.pdf)");
        }
        if (files.size() > limits.maxFiles()) {
            throw tooLarge("the upload has " + files.size() + " files, over the limit of " + limits.maxFiles() + " files per request");
        }
        long total = 0;
        for (UploadedFile f : files) {
            if (f.size() > limits.maxFileBytes()) {
                throw tooLarge("file '" + f.filename() + "' has " + f.size() + " bytes, over the limit of " + limits.maxFileBytes() + " bytes per file");
            }
            total += f.size();
        }
        if (total > limits.maxJobBytes()) {
            throw tooLarge("the files have " + total + " bytes together, over the limit of " + limits.maxJobBytes() + " bytes per job");
        }
        List<Upload> uploads = new ArrayList<>();
        try {
            for (UploadedFile f : files) {
                Path temp = library.tempFile();
                uploads.add(new Upload(f.filename(), temp, f.size()));
                try (InputStream in = f.content()) {
                    Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException | RuntimeException e) {
            for (Upload u : uploads) {
                Files.deleteIfExists(u.temp());
            }
            throw e;
        }
        boolean replace = "true".equalsIgnoreCase(ctx.queryParam("replace")) || "1".equals(ctx.queryParam("replace"));
        DocumentJob job = library.upload(uploads, replace);
        accepted(ctx, job);
    }

    void delete(Context ctx) {
        guard(ctx);
        String source = ctx.pathParam("source");
        try {
            accepted(ctx, library().delete(source));
        } catch (NoSuchElementException e) {
            throw HttpError.notFound(e.getMessage());
        }
    }

    void job(Context ctx) {
        String id = ctx.pathParam("id");
        DocumentJob.Report report = library().job(id)
                .orElseThrow(() -> HttpError.notFound("no job '" + id + "' (jobs are kept until the server restarts)"));
        ctx.contentType("application/json").result(Json.write(report));
    }

    void list(Context ctx) {
        ctx.contentType("application/json").result(Json.write(Map.of(
                "documents", library().list(),
                "extensions", CorpusReader.extensions(),
                "limits", limits)));
    }

    private void guard(Context ctx) {
        if (!keyed) {
            SameOriginCheck.check(ctx);
        }
    }

    private DocumentLibrary library() {
        return backend.documents().orElseThrow(NotReady::error);
    }

    private static void accepted(Context ctx, DocumentJob job) {
        ctx.status(202).header("Location", "/api/jobs/" + job.id()).contentType("application/json")
                .result(Json.write(Map.of("job", job.id(), "report", job.report())));
    }

    private HttpError multipartError(Exception e) {
        StringBuilder m = new StringBuilder();
        for (Throwable t = e; t != null && m.length() < 1000; t = t.getCause() == t ? null : t.getCause()) {
            m.append(t.getMessage()).append(' ');
        }
        String lower = m.toString().toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("max file size") || lower.contains("maxrequestsize") || lower.contains("max length exceeded")
                || lower.contains("exceeds")) {
            // only a body that hid its length gets this far: the checks above name the limit otherwise
            return tooLarge("the upload is over the limit of " + limits.maxJobBytes() + " bytes per job");
        }
        return HttpError.badRequest("malformed multipart body: " + m.toString().strip());
    }

    private static HttpError tooLarge(String message) {
        return new HttpError(413, "payload_too_large", message);
    }
}
