package com.baowen.ocr;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import com.baowen.BaowenException;

import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Tells upright lines from upside-down ones (PaddleOCR's 0/180 degree classifier, input 3 x 48 x 192);
 * thread-safe.
 */
final class DirectionClassifier {
    static final int HEIGHT = 48;
    static final int WIDTH = 192;
    /** A line is turned only when the model is this sure it is upside down (PaddleOCR's cls_thresh). */
    static final float THRESHOLD = 0.9f;
    private static final int BATCH = 16;

    private final OcrModels models;

    DirectionClassifier(OcrModels models) {
        this.models = models;
    }

    /** @return the boxes, those printed upside down turned half round */
    List<Quad> upright(GrayImage page, List<Quad> boxes) {
        List<Quad> out = new ArrayList<>(boxes);
        for (int from = 0; from < boxes.size(); from += BATCH) {
            int n = Math.min(BATCH, boxes.size() - from);
            float[] input = new float[n * 3 * HEIGHT * WIDTH];
            for (int i = 0; i < n; i++) {
                Quad q = boxes.get(from + i);
                LineCrops.draw(page, q, input, i, HEIGHT, WIDTH, LineCrops.scaledWidth(q, HEIGHT, WIDTH));
            }
            float[] probs = new float[n * 2];
            try (OnnxTensor x = OnnxTensor.createTensor(models.env(), FloatBuffer.wrap(input), new long[]{n, 3, HEIGHT, WIDTH});
                 OrtSession.Result r = models.direction.run(Map.of("x", x))) {
                ((OnnxTensor) r.get(0)).getFloatBuffer().get(probs);
            } catch (OrtException e) {
                throw new BaowenException("OCR direction classification failed: " + e.getMessage(), e);
            }
            for (int i = 0; i < n; i++) {
                if (probs[2 * i + 1] > probs[2 * i] && probs[2 * i + 1] >= THRESHOLD) {
                    out.set(from + i, boxes.get(from + i).flipped());
                }
            }
        }
        return out;
    }
}
