package com.baowen.embed;

import com.baowen.BaowenException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens the embedding model a user chose by name: {@code models/<name>/} with one {@code .onnx} file and
 * a {@code tokenizer.json} (see {@link ModelFiles}), run by {@link OrtEmbedder}.
 * <p>
 * The query prefix: a {@code query-prefix.txt} in the model folder gives it (its text without the final
 * line break); without one, queries get none. bge's recommended {@link #BGE_ZH_QUERY_PREFIX} is not the
 * default because it lowered dense recall here: on the CMRC 2018 trial set, doc-recall@1 0.922 without
 * and 0.913 with it (fp32, whole paragraphs; int8: 0.920 and 0.912; see {@code DenseRecallIT}).
 */
public final class Embedders {
    /** The prefix BAAI suggests for bge-zh queries (never passages); put it in {@value #QUERY_PREFIX_FILE} to use it. */
    public static final String BGE_ZH_QUERY_PREFIX = "为这个句子生成表示以用于检索相关文章：";
    /** Optional file in a model folder holding that model's query prefix. */
    public static final String QUERY_PREFIX_FILE = "query-prefix.txt";

    private Embedders() {
    }

    /** {@link #open(Path, String, RunSettings)} with {@link RunSettings#defaults()}. */
    public static Embedder open(Path modelsDir, String name) {
        return open(modelsDir, name, RunSettings.defaults());
    }

    /**
     * @param modelsDir the models folder, e.g. {@code models}
     * @param name      a folder name under it, e.g. {@code bge-small-zh-v15}
     * @param settings  threads and batching for passages
     */
    public static OrtEmbedder open(Path modelsDir, String name, RunSettings settings) {
        if (name == null || name.isBlank() || name.contains("/") || name.contains("\\") || name.startsWith(".")) {
            throw new BaowenException("model must be a folder name under " + modelsDir + ", got '" + name + "'");
        }
        ModelFiles files = ModelFiles.in(modelsDir.resolve(name));
        return new OrtEmbedder(files, queryPrefix(modelsDir.resolve(name), name), settings);
    }

    /** The query prefix for model {@code name} in {@code modelDir}: its {@value #QUERY_PREFIX_FILE}, or the default. */
    static String queryPrefix(Path modelDir, String name) {
        Path file = modelDir.resolve(QUERY_PREFIX_FILE);
        if (Files.isRegularFile(file)) {
            try {
                return Files.readString(file, StandardCharsets.UTF_8).stripTrailing();
            } catch (IOException e) {
                throw new BaowenException("cannot read " + file + ": " + e.getMessage(), e);
            }
        }
        return defaultQueryPrefix(name);
    }

    /** Without a {@value #QUERY_PREFIX_FILE}: none, for every model (measured, see the class comment). */
    static String defaultQueryPrefix(String name) {
        return "";
    }
}
