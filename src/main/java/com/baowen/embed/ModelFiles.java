package com.baowen.embed;

import com.baowen.BaowenException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files of one model folder {@code models/<name>/}: exactly one {@code .onnx} file and a
 * {@code tokenizer.json}.
 */
public record ModelFiles(String name, Path onnx, Path tokenizer) {

    /** Finds the model files in {@code modelDir}, or fails naming what is missing. */
    public static ModelFiles in(Path modelDir) {
        if (!Files.isDirectory(modelDir)) {
            throw new BaowenException("model folder " + modelDir + " does not exist; build with ./mvnw package to get the default model, "
                    + "or put an .onnx file and tokenizer.json there");
        }
        List<Path> onnx;
        try (Stream<Path> files = Files.list(modelDir)) {
            onnx = files.filter(p -> p.getFileName().toString().endsWith(".onnx")).sorted().toList();
        } catch (IOException e) {
            throw new BaowenException("cannot list model folder " + modelDir + ": " + e.getMessage(), e);
        }
        if (onnx.size() != 1) {
            throw new BaowenException("model folder " + modelDir + " must hold exactly one .onnx file, found " + onnx.size());
        }
        Path tokenizer = modelDir.resolve("tokenizer.json");
        if (!Files.isRegularFile(tokenizer)) {
            throw new BaowenException("model folder " + modelDir + " has no tokenizer.json");
        }
        return new ModelFiles(modelDir.getFileName().toString(), onnx.get(0), tokenizer);
    }
}
