package com.baowen.embed;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.OnnxEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.PoolingMode;

import java.util.List;

/**
 * An {@link Embedder} over a local BERT-style ONNX model run by LangChain4j's
 * {@link OnnxEmbeddingModel}; thread-safe.
 */
public final class OnnxEmbedder implements Embedder {
    /** bge wants this prefix on queries, not on passages; other models get none. */
    static final String BGE_QUERY_PREFIX = Embedders.BGE_ZH_QUERY_PREFIX;

    private final String name;
    private final OnnxEmbeddingModel model;
    private final String queryPrefix;
    private final int dimension;

    /**
     * @param files       the model's files
     * @param queryPrefix prefix put before queries (empty for none)
     */
    public OnnxEmbedder(ModelFiles files, String queryPrefix) {
        this.name = files.name();
        this.model = new OnnxEmbeddingModel(files.onnx(), files.tokenizer(), PoolingMode.CLS);
        this.queryPrefix = queryPrefix;
        this.dimension = model.dimension();
    }

    @Override
    public String modelName() {
        return name;
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public List<float[]> embedPassages(List<String> passages) {
        List<TextSegment> segments = passages.stream().map(TextSegment::from).toList();
        return model.embedAll(segments).content().stream().map(Embedding::vector).toList();
    }

    @Override
    public float[] embedQuery(String query) {
        return model.embed(queryPrefix + query).content().vector();
    }

    @Override
    public void close() {
        // OnnxEmbeddingModel holds its ONNX session for the life of the JVM
    }
}
