package com.baowen.ocr;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import com.baowen.BaowenException;

import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Reads text lines with the PP-OCRv4 CTC recogniser (input 3 x 48 x W); thread-safe.
 *
 * <p>Lines are sorted by aspect ratio and run in batches of similar width, so little of a batch is padding;
 * each batch is at least {@link #MIN_WIDTH} wide, as PaddleOCR runs it. CTC decoding takes the most likely class
 * per time step, merges repeats and drops the blank (class 0).
 */
final class TextRecognizer {
    static final int HEIGHT = 48;
    static final int MIN_WIDTH = 320;
    /** Lines longer than this (at height 48) are squeezed: 100 characters. */
    static final int MAX_WIDTH = 4800;
    private static final int BATCH = 8;

    private final OcrModels models;

    TextRecognizer(OcrModels models) {
        this.models = models;
    }

    List<OcrLine> read(GrayImage page, List<Quad> boxes) {
        OcrLine[] out = new OcrLine[boxes.size()];
        Integer[] order = new Integer[boxes.size()];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingDouble(i -> boxes.get(i).width() / boxes.get(i).height()));
        for (int from = 0; from < order.length; from += BATCH) {
            int n = Math.min(BATCH, order.length - from);
            int[] used = new int[n];
            int width = MIN_WIDTH;
            for (int i = 0; i < n; i++) {
                used[i] = LineCrops.scaledWidth(boxes.get(order[from + i]), HEIGHT, MAX_WIDTH);
                width = Math.max(width, (used[i] + 7) / 8 * 8);
            }
            float[] input = new float[n * 3 * HEIGHT * width];
            for (int i = 0; i < n; i++) {
                LineCrops.draw(page, boxes.get(order[from + i]), input, i, HEIGHT, width, used[i]);
            }
            try (OnnxTensor x = OnnxTensor.createTensor(models.env(), FloatBuffer.wrap(input), new long[]{n, 3, HEIGHT, width});
                 OrtSession.Result r = models.recognition.run(Map.of("x", x))) {
                OnnxTensor probs = (OnnxTensor) r.get(0);
                long[] shape = probs.getInfo().getShape();
                int steps = (int) shape[1];
                int classes = (int) shape[2];
                if (classes != models.classes.length) {
                    throw new BaowenException("OCR recogniser has " + classes + " classes but the dictionary gives "
                            + models.classes.length + " (blank + characters + space)");
                }
                float[] all = new float[n * steps * classes];
                probs.getFloatBuffer().get(all);
                for (int i = 0; i < n; i++) {
                    int b = order[from + i];
                    out[b] = decode(all, i * steps * classes, steps, classes, boxes.get(b), width / (float) used[i]);
                }
            } catch (OrtException e) {
                throw new BaowenException("OCR recognition failed: " + e.getMessage(), e);
            }
        }
        return Arrays.asList(out);
    }

    /** @param stretch the batch width over the width the line fills (time steps beyond it are padding) */
    private OcrLine decode(float[] probs, int base, int steps, int classes, Quad box, float stretch) {
        StringBuilder text = new StringBuilder();
        List<Float> at = new ArrayList<>();
        double sum = 0;
        int prev = 0;
        for (int t = 0; t < steps; t++) {
            int row = base + t * classes;
            int best = 0;
            float bestP = probs[row];
            for (int c = 1; c < classes; c++) {
                float p = probs[row + c];
                if (p > bestP) {
                    bestP = p;
                    best = c;
                }
            }
            if (best != 0 && best != prev) {
                text.append(models.classes[best]);
                at.add(Math.min(1f, (t + 0.5f) / steps * stretch));
                sum += bestP;
            }
            prev = best;
        }
        float[] charAt = new float[text.length()];
        for (int i = 0, k = 0; i < at.size(); i++) {
            // a dictionary entry is one character, but keep the map right if one is two UTF-16 units
            charAt[k++] = at.get(i);
            while (k < charAt.length && k < text.length() && Character.isLowSurrogate(text.charAt(k))) {
                charAt[k++] = at.get(i);
            }
        }
        return new OcrLine(box, text.toString(), at.isEmpty() ? 0 : (float) (sum / at.size()), charAt);
    }
}
