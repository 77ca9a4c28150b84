package com.baowen.embed;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuantisationCheckTest {
    @TempDir
    Path dir;

    @Test
    void should_find_dynamic_quantisation_across_a_read_boundary() throws Exception {
        // given the operator name starting 5 bytes before the 1 MiB read buffer ends
        byte[] bytes = new byte[(1 << 20) + 100];
        Arrays.fill(bytes, (byte) 'D');
        byte[] op = "DynamicQuantizeLinear".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(op, 0, bytes, (1 << 20) - 5, op.length);
        Path onnx = Files.write(dir.resolve("model-q.onnx"), bytes);

        // when / then
        assertTrue(QuantisationCheck.quantisesPerBatch(onnx));
    }

    @Test
    void should_tell_the_int8_bge_model_from_the_fp32_one() {
        assertTrue(QuantisationCheck.quantisesPerBatch(onnxIn("bge-small-zh-v15-q")));
        assertFalse(QuantisationCheck.quantisesPerBatch(onnxIn("bge-small-zh-v15")));
    }

    private static Path onnxIn(String model) {
        return ModelFiles.in(RealTokenizer.MODELS.resolve(model)).onnx();
    }

    @Test
    void should_not_flag_a_float_model() throws Exception {
        // given operator names of an fp32 BERT, and a near miss
        Path onnx = Files.writeString(dir.resolve("model.onnx"), "MatMul Add LayerNormalization Gelu DynamicQuantizeLinea QuantizeLinear");

        // when / then
        assertFalse(QuantisationCheck.quantisesPerBatch(onnx));
    }
}
