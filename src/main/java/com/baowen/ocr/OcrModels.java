package com.baowen.ocr;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.OrtSession.SessionOptions;
import com.baowen.BaowenException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The three PaddleOCR PP-OCRv4 models (detection, text direction, line recognition) and the recognition
 * dictionary, loaded from {@code models/ocr/} where the build unpacks them; thread-safe (ONNX Runtime sessions
 * allow concurrent runs). Close it to free the native sessions.
 */
public final class OcrModels implements AutoCloseable {
    public static final String FOLDER = "ocr";
    static final String DETECTION = "ch_PP-OCRv4_det_infer.onnx";
    static final String RECOGNITION = "ch_PP-OCRv4_rec_infer.onnx";
    static final String DIRECTION = "ch_ppocr_mobile_v2.0_cls_infer.onnx";
    static final String DICTIONARY = "ppocr_keys_v1.txt";

    private final OrtEnvironment env = OrtEnvironment.getEnvironment();
    final OrtSession detection;
    final OrtSession recognition;
    final OrtSession direction;
    /** CTC classes: 0 is the blank, then the dictionary's characters, then a space. */
    final String[] classes;
    final int threads;

    /**
     * @param dir     the folder holding the four files ({@code models/ocr})
     * @param threads ONNX Runtime threads per model run, 1..256 (the machine's cores by default)
     */
    public OcrModels(Path dir, int threads) {
        if (threads < 1 || threads > 256) {
            throw new BaowenException("OCR threads must be between 1 and 256, got " + threads);
        }
        for (String f : List.of(DETECTION, RECOGNITION, DIRECTION, DICTIONARY)) {
            if (!Files.isRegularFile(dir.resolve(f))) {
                throw new BaowenException("OCR model file " + dir.resolve(f).toAbsolutePath()
                        + " is missing: `./mvnw -DskipTests package` unpacks the models into models/" + FOLDER + "/");
            }
        }
        this.threads = threads;
        this.classes = readClasses(dir.resolve(DICTIONARY));
        this.detection = open(dir.resolve(DETECTION));
        this.recognition = open(dir.resolve(RECOGNITION));
        this.direction = open(dir.resolve(DIRECTION));
    }

    /** The folder under a models folder ({@code models/ocr}) and one thread per core. */
    public static OcrModels in(Path modelsDir) {
        return new OcrModels(modelsDir.resolve(FOLDER), Runtime.getRuntime().availableProcessors());
    }

    /** True when {@code modelsDir/ocr} holds the models, so scans can be read. */
    public static boolean present(Path modelsDir) {
        Path dir = modelsDir.resolve(FOLDER);
        return List.of(DETECTION, RECOGNITION, DIRECTION, DICTIONARY).stream().allMatch(f -> Files.isRegularFile(dir.resolve(f)));
    }

    OrtEnvironment env() {
        return env;
    }

    private OrtSession open(Path onnx) {
        try (SessionOptions options = new SessionOptions()) {
            options.setIntraOpNumThreads(threads);
            options.setInterOpNumThreads(1);
            options.setOptimizationLevel(SessionOptions.OptLevel.ALL_OPT);
            return env.createSession(onnx.toString(), options);
        } catch (OrtException e) {
            throw new BaowenException("cannot load OCR model " + onnx + ": " + e.getMessage(), e);
        }
    }

    private static String[] readClasses(Path dictionary) {
        List<String> chars;
        try {
            chars = Files.readAllLines(dictionary, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BaowenException("cannot read OCR dictionary " + dictionary + ": " + e.getMessage(), e);
        }
        List<String> classes = new ArrayList<>(chars.size() + 2);
        classes.add("");
        for (String c : chars) {
            classes.add(c.replace("\r", ""));
        }
        classes.add(" ");
        return classes.toArray(String[]::new);
    }

    @Override
    public void close() {
        for (OrtSession s : List.of(detection, recognition, direction)) {
            try {
                s.close();
            } catch (OrtException e) {
                throw new BaowenException("cannot close OCR model: " + e.getMessage(), e);
            }
        }
    }
}
