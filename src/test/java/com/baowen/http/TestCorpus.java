package com.baowen.http;

import com.baowen.index.IndexReport;
import com.baowen.index.SourceFile;
import com.baowen.ingest.CorpusReader;
import com.baowen.ingest.FileResult;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a corpus folder into the files the engine indexes (test helper). */
record TestCorpus(List<SourceFile> files, List<IndexReport.SkippedFile> skipped) {
    static TestCorpus read(Path dir) {
        CorpusReader reader = new CorpusReader();
        List<SourceFile> files = new ArrayList<>();
        List<IndexReport.SkippedFile> skipped = new ArrayList<>();
        for (Path path : reader.list(dir)) {
            switch (reader.read(path)) {
                case FileResult.Parsed p -> files.add(new SourceFile(p.source(), p.sha256(), p.articles()));
                case FileResult.Skipped s -> skipped.add(new IndexReport.SkippedFile(s.source(), s.reason()));
            }
        }
        return new TestCorpus(files, skipped);
    }
}
