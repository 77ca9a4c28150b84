package com.baowen.embed;

import dev.langchain4j.model.embedding.onnx.OnnxEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Batched passage vectors equal one-at-a-time LangChain4j {@link OnnxEmbeddingModel} vectors, for the
 * fp32 model (batched) and the int8 one (one passage per run), whatever the batch mates.
 */
class BatchedVectorsIT {
    private static final Path MODELS = Path.of(System.getProperty("baowen.models", "models"));

    /** Passages of very different lengths, so batches get padded: seed-page sentences, a title, a long text. */
    static List<String> passages() {
        List<String> texts = new ArrayList<>(List.of(
                "腊八送温情 粥到意更浓",
                "1月7日，农历腊月初八，太谷区总工会在太谷区人民广场举办“腊八送温情 粥到意更浓”活动，为环卫工人、快递小哥、外卖骑手等户外劳动者送上热气腾腾的腊八粥。",
                "这一活动，太谷区总工会已连续坚持了8年。",
                "OCR 识别出的文字：Taigu District, 2025-01-07；电话 0354-6222222。",
                "粥",
                "晋中市委书记在调研时强调，要坚持以人民为中心的发展思想，扎实推进乡村振兴，"
                        + "持续改善农村人居环境，让群众的获得感、幸福感、安全感更加充实、更有保障、更可持续。"
                        + "他指出，各级各部门要把握新时代新要求，推动高质量发展取得新成效。"));
        // a passage over 510 tokens, which both sides cut into windows and average
        texts.add("太谷区总工会坚持为户外劳动者办实事，".repeat(40));
        for (int i = 0; i < 24; i++) {
            texts.add("第" + i + "条消息：" + "社区志愿者为老人送去腊八粥和慰问品。".repeat(1 + i % 7));
        }
        return texts;
    }

    @ParameterizedTest
    @ValueSource(strings = {"bge-small-zh-v15", "bge-small-zh-v15-q"})
    void should_equal_one_at_a_time_langchain4j_vectors(String name) {
        // given
        List<String> texts = passages();
        ModelFiles files = ModelFiles.in(MODELS.resolve(name));
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (OrtEmbedder ours = Embedders.open(MODELS, name, RunSettings.defaults())) {
            OnnxEmbeddingModel recipe = new OnnxEmbeddingModel(files.onnx(), files.tokenizer(), PoolingMode.CLS, pool);

            // when
            List<float[]> batched = ours.embedPassages(texts);

            // then
            assertEquals(512, ours.dimension());
            assertEquals(texts.size(), batched.size());
            for (int i = 0; i < texts.size(); i++) {
                float[] single = recipe.embed(texts.get(i)).content().vector();
                double cosine = Vectors.cosine(single, batched.get(i));
                assertTrue(cosine >= 0.9999, name + " passage " + i + " cosine " + cosine + ": " + texts.get(i));
                assertEquals(1.0, norm(batched.get(i)), 1e-5);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @ParameterizedTest
    @CsvSource({"bge-small-zh-v15, 4096", "bge-small-zh-v15-q, 1"})
    void should_batch_the_fp32_model_and_run_the_int8_one_passage_at_a_time(String name, int batchTokens) {
        // given a budget of 4,096 tokens per run
        try (OrtEmbedder ours = Embedders.open(MODELS, name, new RunSettings(1, 2, 4096))) {
            // then: the int8 model quantises per batch, so it keeps one passage per run
            assertEquals(batchTokens, ours.settings().batchTokens());
            assertEquals("", ours.queryPrefix());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"bge-small-zh-v15", "bge-small-zh-v15-q"})
    void should_give_a_passage_the_same_vector_whatever_its_batch_mates(String name) {
        // given
        List<String> texts = passages();
        String passage = texts.get(2);
        try (OrtEmbedder ours = Embedders.open(MODELS, name, new RunSettings(1, 1, 4096))) {
            // when: alone, and among 30 others of other lengths in batches of up to 4,096 tokens
            float[] alone = ours.embedPassages(List.of(passage)).get(0);
            float[] amongOthers = ours.embedPassages(texts).get(2);

            // then
            double cosine = Vectors.cosine(alone, amongOthers);
            assertTrue(cosine >= 0.9999, name + " cosine " + cosine);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"bge-small-zh-v15", "bge-small-zh-v15-q"})
    void should_embed_a_query_with_the_prefix_as_langchain4j_does(String name) {
        // given
        ModelFiles files = ModelFiles.in(MODELS.resolve(name));
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (OrtEmbedder ours = new OrtEmbedder(files, Embedders.BGE_ZH_QUERY_PREFIX, RunSettings.defaults())) {
            OnnxEmbeddingModel recipe = new OnnxEmbeddingModel(files.onnx(), files.tokenizer(), PoolingMode.CLS, pool);
            String query = "太谷区总工会送腊八粥坚持了几年？";

            // when
            float[] vector = ours.embedQuery(query);

            // then
            float[] expected = recipe.embed("为这个句子生成表示以用于检索相关文章：" + query).content().vector();
            assertTrue(Vectors.cosine(expected, vector) >= 0.9999);
        } finally {
            pool.shutdownNow();
        }
    }

    private static double norm(float[] v) {
        double sum = 0;
        for (float x : v) {
            sum += x * x;
        }
        return Math.sqrt(sum);
    }
}
