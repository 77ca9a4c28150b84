package com.baowen.embed;

import java.nio.file.Path;

/** The default model's {@code tokenizer.json}, which the build copies into {@code models/} before tests run. */
final class RealTokenizer {
    static final Path MODELS = Path.of(System.getProperty("baowen.models", "models"));
    static final Path PATH = MODELS.resolve("bge-small-zh-v15").resolve("tokenizer.json");

    private RealTokenizer() {
    }
}
