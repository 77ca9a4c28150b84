package com.baowen.ocr;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads the text lines of one page image; thread-safe.
 *
 * <ol>
 *   <li>detect line boxes ({@link TextDetector});</li>
 *   <li>turn boxes taller than wide by {@link #VERTICAL_RATIO} a quarter, so a vertical line reads top to bottom;</li>
 *   <li>turn lines printed upside down ({@link DirectionClassifier});</li>
 *   <li>recognise each line in width-sorted batches ({@link TextRecognizer});</li>
 *   <li>drop lines read with less than {@link #MIN_CONFIDENCE} (PaddleOCR's drop_score).</li>
 * </ol>
 */
public final class OcrEngine {
    private static final Logger LOG = LoggerFactory.getLogger(OcrEngine.class);
    /** The detector's input side by default: a broadsheet at 200 dpi keeps 10-point text about 14 pixels high. */
    public static final int DEFAULT_DETECTION_SIDE = 2560;
    static final double VERTICAL_RATIO = 1.5;
    static final float MIN_CONFIDENCE = 0.5f;

    private final TextDetector detector;
    private final DirectionClassifier direction;
    private final TextRecognizer recognizer;

    public OcrEngine(OcrModels models, int detectionSide) {
        this.detector = new TextDetector(models, detectionSide);
        this.direction = new DirectionClassifier(models);
        this.recognizer = new TextRecognizer(models);
    }

    public OcrEngine(OcrModels models) {
        this(models, DEFAULT_DETECTION_SIDE);
    }

    /** @return the lines found, top to bottom by their centres (reading order is {@link PageLayout}'s job) */
    public List<OcrLine> read(GrayImage page) {
        List<Quad> boxes = new ArrayList<>();
        long t0 = System.nanoTime();
        List<DbPostProcessor.Box> found = detector.detect(page);
        long t1 = System.nanoTime();
        for (DbPostProcessor.Box b : found) {
            Quad q = b.quad();
            boxes.add(q.height() >= VERTICAL_RATIO * q.width()
                    ? new Quad(q.cx(), q.cy(), q.height(), q.width(), q.angle() + Math.PI / 2) : q);
        }
        boxes.sort(Comparator.comparingDouble(Quad::cy).thenComparingDouble(Quad::cx));
        List<Quad> upright = direction.upright(page, boxes);
        long t2 = System.nanoTime();
        List<OcrLine> read = recognizer.read(page, upright);
        long t3 = System.nanoTime();
        LOG.debug("{}x{} page: {} boxes; detection {} ms, direction {} ms, recognition {} ms", page.width(), page.height(),
                boxes.size(), (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000);
        List<OcrLine> out = new ArrayList<>();
        for (OcrLine line : read) {
            if (!line.text().isBlank() && line.confidence() >= MIN_CONFIDENCE) {
                out.add(line);
            }
        }
        return out;
    }
}
