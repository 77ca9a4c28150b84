package com.baowen;

import com.baowen.index.IndexReport;
import com.baowen.index.SourceFile;
import com.baowen.ingest.CorpusReader;
import com.baowen.ingest.FileResult;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The corpus folder read into files to index, and files that could not be read; immutable. */
record CorpusScan(List<SourceFile> files, List<IndexReport.SkippedFile> skipped) {
    static CorpusScan of(Path corpus) {
        CorpusReader reader = new CorpusReader();
        List<SourceFile> files = new ArrayList<>();
        List<IndexReport.SkippedFile> skipped = new ArrayList<>();
        for (Path p : reader.list(corpus)) {
            // named by the path under the corpus folder, so same-named files in sub-folders keep apart
            switch (reader.read(corpus, p)) {
                case FileResult.Parsed parsed -> files.add(new SourceFile(parsed.source(), parsed.sha256(), parsed.articles()));
                case FileResult.Skipped s -> skipped.add(new IndexReport.SkippedFile(s.source(), s.reason()));
            }
        }
        return new CorpusScan(List.copyOf(files), List.copyOf(skipped));
    }
}
