package com.baowen.embed;

import com.baowen.BaowenException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A model folder that is missing or incomplete is refused with a message naming what is wrong. */
class ModelFolderTest {
    @TempDir
    Path models;

    @Test
    void should_name_the_missing_model_folder() {
        // given a models folder without "bge-large-zh"
        Path dir = models.resolve("bge-large-zh");

        // when
        BaowenException e = assertThrows(BaowenException.class, () -> Embedders.open(models, "bge-large-zh"));

        // then
        assertEquals("model folder " + dir + " does not exist; build with ./mvnw package to get the default model, "
                + "or put an .onnx file and tokenizer.json there", e.getMessage());
    }

    @Test
    void should_refuse_a_folder_without_onnx_file() throws Exception {
        // given
        Path dir = Files.createDirectories(models.resolve("m3e-small"));
        Files.writeString(dir.resolve("tokenizer.json"), "{}");

        // when
        BaowenException e = assertThrows(BaowenException.class, () -> Embedders.open(models, "m3e-small"));

        // then
        assertEquals("model folder " + dir + " must hold exactly one .onnx file, found 0", e.getMessage());
    }

    @Test
    void should_refuse_a_folder_with_two_onnx_files() throws Exception {
        // given
        Path dir = Files.createDirectories(models.resolve("bge-small-zh-v15"));
        Files.writeString(dir.resolve("model.onnx"), "x");
        Files.writeString(dir.resolve("model-q.onnx"), "x");
        Files.writeString(dir.resolve("tokenizer.json"), "{}");

        // when
        BaowenException e = assertThrows(BaowenException.class, () -> Embedders.open(models, "bge-small-zh-v15"));

        // then
        assertEquals("model folder " + dir + " must hold exactly one .onnx file, found 2", e.getMessage());
    }

    @Test
    void should_refuse_a_folder_without_tokenizer() throws Exception {
        // given
        Path dir = Files.createDirectories(models.resolve("bge-small-zh-v15"));
        Files.writeString(dir.resolve("model.onnx"), "x");

        // when
        BaowenException e = assertThrows(BaowenException.class, () -> Embedders.open(models, "bge-small-zh-v15"));

        // then
        assertEquals("model folder " + dir + " has no tokenizer.json", e.getMessage());
    }

    @Test
    void should_refuse_a_model_name_that_is_a_path() {
        // when
        BaowenException e = assertThrows(BaowenException.class, () -> Embedders.open(models, "../secrets"));

        // then
        assertEquals("model must be a folder name under " + models + ", got '../secrets'", e.getMessage());
    }

    @Test
    void should_name_the_onnx_file_that_is_not_a_model() throws Exception {
        // given a real tokenizer next to a broken .onnx file
        Path dir = Files.createDirectories(models.resolve("broken"));
        Path onnx = Files.writeString(dir.resolve("model.onnx"), "not a model");
        Files.copy(RealTokenizer.PATH, dir.resolve("tokenizer.json"));

        // when
        BaowenException e = assertThrows(BaowenException.class, () -> Embedders.open(models, "broken"));

        // then
        assertEquals("cannot load ONNX model " + onnx + ": ", e.getMessage().substring(0, ("cannot load ONNX model " + onnx + ": ").length()));
    }

    @Test
    void should_name_the_tokenizer_that_cannot_be_read() throws Exception {
        // given
        Path dir = Files.createDirectories(models.resolve("broken"));
        Files.writeString(dir.resolve("model.onnx"), "not a model");
        Path tokenizer = Files.writeString(dir.resolve("tokenizer.json"), "{\"model\": 42}");

        // when
        BaowenException e = assertThrows(BaowenException.class, () -> Embedders.open(models, "broken"));

        // then
        assertEquals("cannot read tokenizer " + tokenizer + ": ", e.getMessage().substring(0, ("cannot read tokenizer " + tokenizer + ": ").length()));
    }
}
