package com.baowen.cli;

import com.baowen.Engine;
import com.baowen.ingest.Article;
import com.baowen.ingest.CorpusReader;
import com.baowen.ingest.FileResult;
import com.baowen.ocr.OcrModels;
import com.baowen.ocr.ScanFormats;
import com.baowen.ocr.ScanLimits;
import com.baowen.ocr.ScanReader;
import com.baowen.ocr.ScanStore;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code articles [--json]}: lists the articles found in the corpus, straight from the files (no index needed).
 * Skipped files and warnings go to stderr.
 */
@Command(name = "articles", mixinStandardHelpOptions = true,
        description = "List the articles found in the corpus files (no index needed).")
public class ArticlesCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Mixin
    CommonOptions options;

    @Option(names = "--json", description = "One JSON object per line: id, title, subtitle, byline, kind, source, date, text.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws JsonProcessingException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        // scans are OCR'd when the models are there; their readings are shared with ingest's (beside the index)
        try (ScanReader scans = OcrModels.present(options.models)
                ? new ScanReader(options.models, ScanLimits.DEFAULT, new ScanStore(Engine.scanStore(options.index))) : null) {
            CorpusReader reader = ScanFormats.reader(scans);
            int[] counts = list(reader, out, err);
            out.flush();
            err.println(counts[0] + " files, " + counts[1] + " articles, " + counts[2] + " skipped");
            err.flush();
        }
        return 0;
    }

    /** Prints each file's articles; returns files, articles, skipped. */
    private int[] list(CorpusReader reader, PrintWriter out, PrintWriter err) throws JsonProcessingException {
        int files = 0;
        int articles = 0;
        int skipped = 0;
        for (Path file : reader.list(options.corpus)) {
            files++;
            switch (reader.read(options.corpus, file)) {
                case FileResult.Skipped s -> {
                    skipped++;
                    err.println("skipped " + s.source() + ": " + s.reason());
                }
                case FileResult.Parsed p -> {
                    if (!"UTF-8".equals(p.encoding()) && !p.encoding().contains("/")) {
                        err.println("note: " + p.source() + " decoded as " + p.encoding());
                    }
                    p.warnings().forEach(w -> err.println("warning: " + w));
                    for (Article a : p.articles()) {
                        out.println(json ? JSON.writeValueAsString(toJson(a)) : row(a));
                        articles++;
                    }
                }
            }
        }
        return new int[] {files, articles, skipped};
    }

    private static Map<String, Object> toJson(Article a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("title", a.title());
        putIfSet(m, "subtitle", a.subtitle());
        putIfSet(m, "byline", a.byline());
        m.put("kind", a.kind().name().toLowerCase(Locale.ROOT));
        m.put("source", a.source());
        putIfSet(m, "date", a.date());
        m.put("text", a.text());
        return m;
    }

    private static void putIfSet(Map<String, Object> m, String key, String value) {
        if (value != null) {
            m.put(key, value);
        }
    }

    private static String row(Article a) {
        return String.format("%-28s %-12s %6d  %s", a.id(), a.kind().name().toLowerCase(Locale.ROOT), a.text().length(), a.title());
    }
}
