package com.baowen.ocr;

import com.baowen.Engine;
import com.baowen.SeedEngine;
import com.baowen.index.IndexProgress;
import com.baowen.index.IndexReport;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Test fixture: a small corpus of one printed scan and one text page, indexed once per test JVM by the real engine
 * with OCR and shared, read-only, by the HTTP and browser tests of the scan view. The scan is one article of a seed
 * page (headline, subtitle, byline and the paragraph that answers {@link #QUESTION}), printed by
 * {@link PageRenderer}: small, so that its OCR takes a few seconds.
 */
public final class ScannedCorpus {
    public static final String SCAN = "qinyuan-scan.png";
    public static final String TEXT = "000_232fd453f4f86065.txt";
    public static final String QUESTION = ScannedSeedPageIT.QUESTION;
    public static final String ANSWER = ScannedSeedPageIT.ANSWER;
    /** Lines of seed page 002 printed on the scan (1-based): headline, subtitle, byline, the answering paragraph. */
    static final List<Integer> LINES = List.of(53, 55, 57, 69);

    private static ScannedCorpus shared;

    private final Path corpus;
    private final Engine engine;
    private final PageRenderer.Page page;
    private final IndexReport report;

    private ScannedCorpus(Path corpus, Engine engine, PageRenderer.Page page, IndexReport report) {
        this.corpus = corpus;
        this.engine = engine;
        this.page = page;
        this.report = report;
    }

    /** The corpus, printed and indexed on first use; closed when the JVM exits. Do not index into it. */
    public static synchronized ScannedCorpus shared() {
        if (shared == null) {
            try {
                List<String> seed = Files.readAllLines(SeedEngine.seeds().resolve(ScannedSeedPageIT.SEED));
                String text = String.join("\n\n", LINES.stream().map(n -> seed.get(n - 1)).toList()) + "\n";
                PageRenderer.Page page = PageRenderer.render(text, 7);
                Path corpus = SeedEngine.tempDir("baowen-scanned-corpus-");
                ImageIO.write(page.image(), "png", corpus.resolve(SCAN).toFile());
                Files.copy(SeedEngine.seeds().resolve(TEXT), corpus.resolve(TEXT));
                Engine engine = SeedEngine.open(corpus, SeedEngine.tempDir("baowen-scanned-index-").resolve("index"));
                IndexReport report = engine.index(IndexProgress.NONE);
                shared = new ScannedCorpus(corpus, engine, page, report);
                SeedEngine.closeAtExit(engine);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shared;
    }

    public Path corpus() {
        return corpus;
    }

    public Engine engine() {
        return engine;
    }

    /** The scan as printed: its image and where each line is. */
    public PageRenderer.Page page() {
        return page;
    }

    public IndexReport report() {
        return report;
    }
}
