package com.baowen;

import com.baowen.index.IndexReport;
import com.baowen.index.SourceFile;
import com.baowen.ingest.CorpusReader;
import com.baowen.ingest.FileResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The corpus folder read into files to index, and files that could not be read; immutable. A file whose
 * digest the index already holds is not parsed (its {@link SourceFile} has no articles; the indexer skips
 * it by digest), so a restart over a large archive reads but does not parse it. What the reader noticed
 * in files it did parse (bad JSONL lines, a GB18030 file) is logged.
 */
record CorpusScan(List<SourceFile> files, List<IndexReport.SkippedFile> skipped) {
    private static final Logger LOG = LoggerFactory.getLogger(CorpusScan.class);

    /**
     * @param corpus the corpus folder
     * @param known  source name → SHA-256 of the files the index holds
     * @param reader reads the files (with OCR for scans, when set up)
     */
    static CorpusScan of(Path corpus, Map<String, String> known, CorpusReader reader) {
        List<SourceFile> files = new ArrayList<>();
        List<IndexReport.SkippedFile> skipped = new ArrayList<>();
        for (Path p : reader.list(corpus)) {
            String name = CorpusReader.nameOf(corpus, p);
            String sha = known.get(name);
            if (sha != null && sha.equals(CorpusReader.sha256(p))) {
                files.add(new SourceFile(name, sha, List.of()));
                continue;
            }
            // named by the path under the corpus folder, so same-named files in sub-folders keep apart
            switch (reader.read(corpus, p)) {
                case FileResult.Parsed parsed -> {
                    if (!"UTF-8".equals(parsed.encoding()) && !CorpusReader.OCR.equals(parsed.encoding())) {
                        LOG.info("{} decoded as {}", parsed.source(), parsed.encoding());
                    }
                    parsed.warnings().forEach(w -> LOG.warn("{}", w));
                    files.add(new SourceFile(parsed.source(), parsed.sha256(), parsed.articles()));
                }
                case FileResult.Skipped s -> skipped.add(new IndexReport.SkippedFile(s.source(), s.reason()));
            }
        }
        return new CorpusScan(List.copyOf(files), List.copyOf(skipped));
    }
}
