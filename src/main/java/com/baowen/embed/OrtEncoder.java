package com.baowen.embed;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.OrtSession.SessionOptions;
import ai.onnxruntime.TensorInfo;
import com.baowen.BaowenException;

import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.LongBuffer;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One ONNX Runtime session over a BERT-style model: runs a batch of token-id sequences, padded to the
 * longest with an attention mask, and returns each sequence's {@code [CLS]} vector of
 * {@code last_hidden_state} (not normalised). Reads which inputs the model declares instead of
 * assuming them. Thread-safe: ONNX Runtime allows concurrent runs of one session.
 */
final class OrtEncoder implements AutoCloseable {
    static final String INPUT_IDS = "input_ids";
    static final String ATTENTION_MASK = "attention_mask";
    static final String TOKEN_TYPE_IDS = "token_type_ids";
    static final String LAST_HIDDEN_STATE = "last_hidden_state";
    private static final Set<String> KNOWN_INPUTS = Set.of(INPUT_IDS, ATTENTION_MASK, TOKEN_TYPE_IDS);

    private final OrtEnvironment env = OrtEnvironment.getEnvironment();
    private final Path onnx;
    private final OrtSession session;
    private final Map<String, OnnxJavaType> inputTypes = new HashMap<>();
    private final String output;

    OrtEncoder(Path onnx, int intraOpThreads) {
        this.onnx = onnx;
        try (SessionOptions options = new SessionOptions()) {
            options.setIntraOpNumThreads(intraOpThreads);
            options.setInterOpNumThreads(1);
            options.setExecutionMode(SessionOptions.ExecutionMode.SEQUENTIAL);
            options.setOptimizationLevel(SessionOptions.OptLevel.ALL_OPT);
            this.session = env.createSession(onnx.toString(), options);
            for (Map.Entry<String, NodeInfo> input : session.getInputInfo().entrySet()) {
                inputTypes.put(input.getKey(), integerType(input.getKey(), input.getValue()));
            }
            this.output = pickOutput(session.getOutputInfo());
        } catch (OrtException e) {
            throw new BaowenException("cannot load ONNX model " + onnx + ": " + e.getMessage(), e);
        }
        if (!inputTypes.containsKey(INPUT_IDS)) {
            throw new BaowenException("model " + onnx + " has no input '" + INPUT_IDS + "'; its inputs are " + inputTypes.keySet());
        }
    }

    private OnnxJavaType integerType(String name, NodeInfo info) {
        if (!KNOWN_INPUTS.contains(name)) {
            throw new BaowenException("model " + onnx + " declares input '" + name + "' that Baowen cannot fill; "
                    + "a BERT-style model takes " + KNOWN_INPUTS);
        }
        if (info.getInfo() instanceof TensorInfo tensor
                && (tensor.type == OnnxJavaType.INT64 || tensor.type == OnnxJavaType.INT32)) {
            return tensor.type;
        }
        throw new BaowenException("model " + onnx + " input '" + name + "' must be an int64 or int32 tensor, got " + info.getInfo());
    }

    private String pickOutput(Map<String, NodeInfo> outputs) {
        if (outputs.containsKey(LAST_HIDDEN_STATE)) {
            return LAST_HIDDEN_STATE;
        }
        for (Map.Entry<String, NodeInfo> out : outputs.entrySet()) {
            if (out.getValue().getInfo() instanceof TensorInfo t && t.getShape().length == 3) {
                return out.getKey(); // [batch, tokens, hidden] under another name
            }
        }
        throw new BaowenException("model " + onnx + " has no output '" + LAST_HIDDEN_STATE
                + "' nor any [batch, tokens, hidden] output; its outputs are " + outputs.keySet());
    }

    /**
     * The {@code [CLS]} vectors of {@code sequences}, in order.
     *
     * @param sequences token ids, each starting with {@code [CLS]}, at most 512 long; a batch, 1..256 of them
     */
    float[][] clsVectors(List<long[]> sequences) {
        return run(sequences, null);
    }

    /**
     * Per sequence: its {@code [CLS]} vector, then the mean state of the tokens {@code from..to-1} of each
     * range in {@code ranges.get(b)} (a range {@code {from, to}} with {@code from >= to} gives a zero vector).
     * Not normalised.
     */
    float[][][] pooled(List<long[]> sequences, List<int[][]> ranges) {
        float[][][] out = new float[sequences.size()][][];
        run(sequences, (all, b, length, dim) -> {
            int[][] rs = ranges.get(b);
            float[][] v = new float[1 + rs.length][dim];
            all.get(b * length * dim, v[0]);
            float[] row = new float[dim];
            for (int r = 0; r < rs.length; r++) {
                int from = rs[r][0];
                int to = Math.min(rs[r][1], length);
                for (int t = from; t < to; t++) {
                    all.get((b * length + t) * dim, row);
                    for (int d = 0; d < dim; d++) {
                        v[1 + r][d] += row[d];
                    }
                }
            }
            out[b] = v;
        });
        return out;
    }

    /** Reads what one sequence of a batch needs from the output states. */
    private interface StateReader {
        void read(FloatBuffer all, int b, int length, int dim);
    }

    private float[][] run(List<long[]> sequences, StateReader reader) {
        int batch = sequences.size();
        int length = 0;
        for (long[] w : sequences) {
            length = Math.max(length, w.length);
        }
        long[] ids = new long[batch * length];
        long[] mask = new long[batch * length];
        for (int b = 0; b < batch; b++) {
            long[] w = sequences.get(b);
            System.arraycopy(w, 0, ids, b * length, w.length); // padding: id 0, mask 0
            java.util.Arrays.fill(mask, b * length, b * length + w.length, 1L);
        }
        long[] shape = {batch, length};
        Map<String, OnnxTensor> inputs = new HashMap<>();
        try {
            inputs.put(INPUT_IDS, tensor(INPUT_IDS, ids, shape));
            if (inputTypes.containsKey(ATTENTION_MASK)) {
                inputs.put(ATTENTION_MASK, tensor(ATTENTION_MASK, mask, shape));
            }
            if (inputTypes.containsKey(TOKEN_TYPE_IDS)) {
                inputs.put(TOKEN_TYPE_IDS, tensor(TOKEN_TYPE_IDS, new long[batch * length], shape));
            }
            try (OrtSession.Result result = session.run(inputs, Set.of(output))) {
                if (reader == null) {
                    return cls(result.get(0), batch, length);
                }
                OnnxTensor hidden = (OnnxTensor) result.get(0);
                int dim = (int) checkedShape(hidden, batch, length)[2];
                FloatBuffer all = hidden.getFloatBuffer();
                for (int b = 0; b < batch; b++) {
                    reader.read(all, b, length, dim);
                }
                return null;
            }
        } catch (OrtException e) {
            throw new BaowenException("ONNX model " + onnx + " failed on a batch of " + batch + " x " + length + " tokens: " + e.getMessage(), e);
        } finally {
            inputs.values().forEach(OnnxTensor::close);
        }
    }

    private OnnxTensor tensor(String name, long[] values, long[] shape) throws OrtException {
        if (inputTypes.get(name) == OnnxJavaType.INT32) {
            int[] ints = new int[values.length];
            for (int i = 0; i < values.length; i++) {
                ints[i] = (int) values[i];
            }
            return OnnxTensor.createTensor(env, IntBuffer.wrap(ints), shape);
        }
        return OnnxTensor.createTensor(env, LongBuffer.wrap(values), shape);
    }

    private long[] checkedShape(OnnxTensor hidden, int batch, int length) {
        long[] shape = ((TensorInfo) hidden.getInfo()).getShape();
        if (shape.length != 3 || shape[0] != batch || shape[1] != length) {
            throw new BaowenException("model " + onnx + " output '" + output + "' has shape " + java.util.Arrays.toString(shape)
                    + ", expected [" + batch + ", " + length + ", hidden]");
        }
        return shape;
    }

    private float[][] cls(OnnxValue value, int batch, int length) {
        OnnxTensor hidden = (OnnxTensor) value;
        long[] shape = checkedShape(hidden, batch, length);
        int dim = (int) shape[2];
        FloatBuffer all = hidden.getFloatBuffer();
        float[][] vectors = new float[batch][dim];
        for (int b = 0; b < batch; b++) {
            all.get(b * length * dim, vectors[b]); // token 0 is [CLS]
        }
        return vectors;
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            throw new BaowenException("cannot close ONNX session of " + onnx + ": " + e.getMessage(), e);
        }
    }
}
