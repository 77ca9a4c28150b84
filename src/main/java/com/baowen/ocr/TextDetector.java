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
 * Finds text lines on a page with the DB detection model; thread-safe.
 *
 * <p>The page is shrunk (never enlarged) so its long side is at most {@code maxSide}, rounded to multiples of 32
 * as the network needs, normalised with ImageNet mean and deviation as PaddleOCR trained it, and the
 * probability map is turned into boxes by {@link DbPostProcessor}, then scaled back to page pixels.
 */
final class TextDetector {
    private static final float[] MEAN = {0.485f, 0.456f, 0.406f};
    private static final float[] STD = {0.229f, 0.224f, 0.225f};

    private final OcrModels models;
    private final int maxSide;
    private final DbPostProcessor post = new DbPostProcessor();

    /** @param maxSide the longest side fed to the network, in pixels, 320..8192 */
    TextDetector(OcrModels models, int maxSide) {
        if (maxSide < 320 || maxSide > 8192) {
            throw new BaowenException("detection side must be between 320 and 8192 pixels, got " + maxSide);
        }
        this.models = models;
        this.maxSide = maxSide;
    }

    /** @return boxes in page pixels with their mean text probability */
    List<DbPostProcessor.Box> detect(GrayImage page) {
        double scale = Math.min(1.0, maxSide / (double) Math.max(page.width(), page.height()));
        int dw = Math.max(32, (int) Math.round(page.width() * scale / 32) * 32);
        int dh = Math.max(32, (int) Math.round(page.height() * scale / 32) * 32);
        float sx = page.width() / (float) dw;
        float sy = page.height() / (float) dh;
        int plane = dw * dh;
        float[] input = new float[3 * plane];
        for (int y = 0; y < dh; y++) {
            for (int x = 0; x < dw; x++) {
                float v = page.area((x + 0.5f) * sx, (y + 0.5f) * sy, Math.max(sx, sy)) / 255f;
                int i = y * dw + x;
                input[i] = (v - MEAN[0]) / STD[0];
                input[plane + i] = (v - MEAN[1]) / STD[1];
                input[2 * plane + i] = (v - MEAN[2]) / STD[2];
            }
        }
        float[] prob = new float[plane];
        try (OnnxTensor x = OnnxTensor.createTensor(models.env(), FloatBuffer.wrap(input), new long[]{1, 3, dh, dw});
             OrtSession.Result r = models.detection.run(Map.of("x", x))) {
            ((OnnxTensor) r.get(0)).getFloatBuffer().get(prob);
        } catch (OrtException e) {
            throw new BaowenException("OCR detection failed on a " + page.width() + "x" + page.height() + " page: " + e.getMessage(), e);
        }
        List<DbPostProcessor.Box> out = new ArrayList<>();
        for (DbPostProcessor.Box b : post.boxes(prob, dw, dh)) {
            out.add(new DbPostProcessor.Box(b.quad().scale(sx, sy), b.score()));
        }
        return out;
    }
}
