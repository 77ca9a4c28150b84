package com.baowen;

import com.baowen.config.Config;
import com.baowen.eval.EvalQuestion;
import com.baowen.eval.EvalSets;
import com.baowen.index.IndexProgress;
import com.baowen.index.IndexReport;
import com.baowen.retrieve.ArticleHit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The engine over the five seed pages, indexed once for the class (it is slow) in a temp folder. */
class EngineIT {
    @TempDir
    static Path indexDir;
    private static Engine engine;
    private static IndexReport first;

    @BeforeAll
    static void indexSeeds() {
        Config config = Config.defaults()
                .withCorpus(Path.of(System.getProperty("baowen.seeds", "seeds")))
                .withIndex(indexDir);
        config = new Config(config.corpus(), config.index(), Path.of(System.getProperty("baowen.models", "models")),
                Config.DEFAULT_MODEL, config.host(), config.port(), config.chunkChars(), null, null, null);
        engine = Engine.open(config);
        first = engine.index(IndexProgress.NONE);
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    @Test
    void should_index_every_seed_page_and_be_ready() {
        EngineStatus status = engine.status();
        assertEquals(5, first.filesIndexed());
        assertEquals(List.of(), first.skipped());
        assertEquals("ready", status.state());
        assertEquals(List.of(5, 5), List.of(status.filesDone(), status.filesTotal()));
        assertEquals(first.articles(), status.articles());
        assertEquals(first.chunks(), status.chunks());
        assertTrue(status.indexBytes() > 0);
    }

    @Test
    void should_skip_every_page_when_nothing_changed() {
        IndexReport again = engine.index(IndexProgress.NONE);
        assertEquals(List.of(0, 5, 0), List.of(again.filesIndexed(), again.filesUnchanged(), again.filesDeleted()));
    }

    @Test
    void should_find_the_laba_article_first() {
        // when
        List<ArticleHit> hits = engine.retriever().search("太谷区总工会送腊八粥坚持了几年？", 5);

        // then
        assertEquals("000_232fd453f4f86065.txt", hits.get(0).source());
        assertTrue(hits.get(0).chunks().get(0).chunk().text().contains("腊八"), hits.get(0).chunks().get(0).chunk().text());
        assertFalse(engine.retriever().sentences(hits.get(0).articleId()).isEmpty());
    }

    @Test
    void should_put_the_gold_page_in_the_top_five_for_every_answerable_dev_question() {
        // given
        Path set = Path.of(System.getProperty("baowen.eval", "src/test/resources/eval")).resolve("seeds-dev.jsonl");
        List<EvalQuestion> questions = EvalSets.read(set).questions().stream().filter(EvalQuestion::hasGold).toList();

        // when
        List<String> misses = new ArrayList<>();
        for (EvalQuestion q : questions) {
            List<ArticleHit> hits = engine.retriever().search(q.question(), 5);
            if (hits.stream().noneMatch(h -> h.source().equals(q.goldSource()))) {
                misses.add(q.id());
            }
        }

        // then
        assertEquals(20, questions.size());
        assertEquals(List.of(), misses);
    }
}
