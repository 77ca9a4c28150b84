package com.baowen;

import com.baowen.index.IndexReport;
import com.baowen.index.SourceFile;

import java.nio.file.Path;
import java.util.List;

/** The corpus folder read into files to index, and files that could not be read. */
record CorpusScan(List<SourceFile> files, List<IndexReport.SkippedFile> skipped) {
    static CorpusScan of(Path corpus) {
        // filled in with ingest.CorpusReader once it lands on main
        throw new BaowenException("reading corpus folder " + corpus + " is not built yet");
    }
}
