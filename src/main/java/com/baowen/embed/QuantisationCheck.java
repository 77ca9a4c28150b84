package com.baowen.embed;

import com.baowen.BaowenException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Tells whether an ONNX model quantises its activations at run time ({@code DynamicQuantizeLinear}):
 * such a model picks one scale per tensor, so a passage's vector would depend on the passages batched
 * with it. Operator types are plain strings in the ONNX protobuf, so a byte search finds them.
 */
final class QuantisationCheck {
    private static final byte[] DYNAMIC_QUANTIZE = "DynamicQuantizeLinear".getBytes(StandardCharsets.US_ASCII);

    private QuantisationCheck() {
    }

    static boolean quantisesPerBatch(Path onnx) {
        byte[] pattern = DYNAMIC_QUANTIZE;
        byte[] buffer = new byte[1 << 20];
        int matched = 0;
        try (InputStream in = Files.newInputStream(onnx)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                for (int i = 0; i < n; i++) {
                    // the pattern has no repeated prefix, so restarting at the current byte is exact
                    matched = buffer[i] == pattern[matched] ? matched + 1 : (buffer[i] == pattern[0] ? 1 : 0);
                    if (matched == pattern.length) {
                        return true;
                    }
                }
            }
        } catch (IOException e) {
            throw new BaowenException("cannot read model " + onnx + ": " + e.getMessage(), e);
        }
        return false;
    }
}
