package com.baowen.ocr;

import com.baowen.Engine;
import com.baowen.SeedEngine;
import com.baowen.answer.Answer;
import com.baowen.answer.Answerers;
import com.baowen.answer.Citation;
import com.baowen.config.LlmConfig;
import com.baowen.index.IndexProgress;
import com.baowen.index.IndexReport;
import com.baowen.ingest.Article;
import com.baowen.ingest.CorpusReader;
import com.baowen.ingest.FileResult;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import javax.imageio.ImageIO;
import java.awt.geom.Point2D;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A seed page printed as a scan (two columns, headline sizes, a photo caption, tilted 0.6 degrees, grain), once as
 * a PNG and once as a PDF without a text layer, indexed by the real engine with OCR; the pages are compared with
 * the seed's {@code .txt}.
 */
class ScannedSeedPageIT {
    static final String SEED = "002_349b83f5d47ec507.txt";
    static final String PNG = "002-png.png";
    static final String PDF = "002-pdf.pdf";
    static final String QUESTION = "沁源县的“飞地”菌菇产业每年带动多少人就业？";
    static final String ANSWER = "400余人";
    private static Path corpus;
    private static Engine engine;
    private static IndexReport report;
    private static PageRenderer.Page page;
    private static String source;

    @BeforeAll
    static void printAndIndex() throws IOException {
        source = Files.readString(SeedEngine.seeds().resolve(SEED));
        page = PageRenderer.render(source, 15);
        corpus = SeedEngine.tempDir("baowen-scans-");
        ImageIO.write(page.image(), "png", corpus.resolve(PNG).toFile());
        writeScannedPdf(page, corpus.resolve(PDF));
        engine = SeedEngine.open(corpus, SeedEngine.tempDir("baowen-scan-index-").resolve("index"));
        report = engine.index(IndexProgress.NONE);
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    /** An image-only PDF whose page, rendered at the reader's DPI, has the image's pixel size. */
    static void writeScannedPdf(PageRenderer.Page page, Path pdf) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            float w = page.image().getWidth() * 72f / ScanReader.PDF_DPI;
            float h = page.image().getHeight() * 72f / ScanReader.PDF_DPI;
            PDPage p = new PDPage(new PDRectangle(w, h));
            doc.addPage(p);
            PDImageXObject image = LosslessFactory.createFromImage(doc, page.image());
            try (PDPageContentStream content = new PDPageContentStream(doc, p)) {
                content.drawImage(image, 0, 0, w, h);
            }
            doc.save(pdf.toFile());
        }
    }

    private static ScannedDocument stored(String file) {
        ScannedDocument doc = engine.scans().stored(com.baowen.ingest.CorpusReader.sha256(corpus.resolve(file)));
        assertNotNull(doc, file + " was OCR'd and kept");
        return doc;
    }

    @ParameterizedTest
    @ValueSource(strings = {PNG, PDF})
    void should_read_the_page_back_with_at_most_2_percent_character_errors(String file) {
        // given the page as printed and as read
        String printed = fold(source);
        String read = fold(stored(file).text());

        // when
        double cer = Levenshtein.distance(read, printed) / (double) printed.length();

        // then
        assertTrue(cer <= 0.02, file + ": character error rate " + cer + " over " + printed.length() + " characters");
    }

    @ParameterizedTest
    @ValueSource(strings = {PNG, PDF})
    void should_find_the_titles_the_text_page_gives(String file) {
        // given
        List<String> expected = titles(new CorpusReader().read(SeedEngine.seeds().resolve(SEED)));

        // when
        Set<String> found = Set.copyOf(titles(ScanFormats.reader(engine.scans()).read(corpus, corpus.resolve(file))));

        // then at least 90 % of the .txt page's titles come out of the scan (up to one misread character in ten)
        List<String> missing = expected.stream()
                .filter(t -> found.stream().noneMatch(f -> Levenshtein.distance(f, t) * 10 <= t.length())).toList();
        assertTrue(missing.size() * 10 <= expected.size(), file + ": titles missing " + missing + ", found " + found);
    }

    @Test
    void should_answer_a_seed_question_from_the_scans_alone() {
        // given the index holds only the two scans
        assertEquals(List.of(), report.skipped());
        assertEquals(2, report.filesIndexed());

        // when
        Answer answer = Answerers.of(engine.retriever(), LlmConfig.NONE).answer(QUESTION, List.of(), 5);

        // then
        assertFalse(answer.noAnswer(), answer.answer());
        assertTrue(answer.answer().contains(ANSWER), answer.answer());
        Citation c = answer.citations().getFirst();
        assertTrue(Set.of(PNG, PDF).contains(c.source()), c.source());
        assertTrue(c.snippet().contains(ANSWER), c.snippet());
    }

    @ParameterizedTest
    @ValueSource(strings = {PNG, PDF})
    void should_box_the_cited_words_on_the_printed_line_that_holds_them(String file) {
        // given the cited snippet, in the article of this scan that holds it
        Citation c = Answerers.of(engine.retriever(), LlmConfig.NONE).answer(QUESTION, List.of(), 5).citations().getFirst();
        Article article = ScanFormats.reader(engine.scans()).read(corpus, corpus.resolve(file)) instanceof FileResult.Parsed p
                ? p.articles().stream().filter(a -> a.text().contains(c.snippet())).findFirst().orElseThrow() : null;
        assertNotNull(article);
        int at = article.text().indexOf(c.snippet()) + c.snippet().indexOf(ANSWER);

        // when the offsets are mapped back to the scan, as GET /api/articles/{id}/scan maps them
        ScannedDocument doc = stored(file);
        List<ScannedDocument.LineSpan> boxes = ArticleScans.boxes(article, doc, at, at + ANSWER.length());

        // then they point at "400余人" in the OCR text, boxed on the printed line that holds it
        assertEquals(1, boxes.size(), String.valueOf(boxes));
        ScannedDocument.LineSpan box = boxes.getFirst();
        assertEquals(ANSWER, doc.text().substring(box.start(), box.end()));
        assertEquals(0, box.page());
        Point2D centre = PageRenderer.center(box.box().corners());
        PageRenderer.Line line = page.lineAt(centre.getX(), centre.getY());
        assertNotNull(line, "no printed line at " + centre);
        assertTrue(line.text().contains(ANSWER), "boxed line: " + line.text());
    }

    private static List<String> titles(FileResult result) {
        assertTrue(result instanceof FileResult.Parsed, String.valueOf(result));
        return ((FileResult.Parsed) result).articles().stream().map(a -> fold(a.title())).collect(Collectors.toList());
    }

    /** Text compared without white space, full-width and half-width forms folded (OCR reads ", " for "，"). */
    static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }
}
