package com.baowen.chunk;

import com.baowen.BaowenException;
import com.baowen.ingest.Article;
import com.baowen.ingest.ArticleKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChunkerTest {
    // 50, 40 and 40 characters, from 000_232fd453f4f86065.txt
    private static final String S1 = "农历腊月初八这天有吃腊八粥的习俗。1月18日，为了让坚守一线岗位的户外劳动者喝上一碗新鲜";
    private static final String TEXT =
            "农历腊月初八这天有吃腊八粥的习俗。" // 17
            + "为了让坚守一线岗位的户外劳动者喝上一碗新鲜热乎的腊八粥，太谷区总工会充分发挥组织优势。" // 43
            + "这一活动，太谷区总工会已连续坚持了8年。" // 20
            + "\n"
            + "现场基层干部纷纷表示：“课程深入浅出。”"; // 20

    private static Article article(String text) {
        return new Article("000_232fd453f4f86065-03", "腊八送温情 粥到意更浓", null, null, ArticleKind.NEWS,
                "000_232fd453f4f86065.txt", null, text, null);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                // everything fits
                Arguments.of(200, 1, List.of(TEXT)),
                // 17+43 fits 60, then overlap of the 43-char sentence with the 20-char one
                Arguments.of(64, 1, List.of(
                        "农历腊月初八这天有吃腊八粥的习俗。为了让坚守一线岗位的户外劳动者喝上一碗新鲜热乎的腊八粥，太谷区总工会充分发挥组织优势。",
                        "为了让坚守一线岗位的户外劳动者喝上一碗新鲜热乎的腊八粥，太谷区总工会充分发挥组织优势。这一活动，太谷区总工会已连续坚持了8年。",
                        "这一活动，太谷区总工会已连续坚持了8年。\n现场基层干部纷纷表示：“课程深入浅出。”")),
                // no overlap
                Arguments.of(64, 0, List.of(
                        "农历腊月初八这天有吃腊八粥的习俗。为了让坚守一线岗位的户外劳动者喝上一碗新鲜热乎的腊八粥，太谷区总工会充分发挥组织优势。",
                        "这一活动，太谷区总工会已连续坚持了8年。\n现场基层干部纷纷表示：“课程深入浅出。”")),
                // overlap dropped when overlapped sentence and the new one do not fit together
                Arguments.of(50, 1, List.of(
                        "农历腊月初八这天有吃腊八粥的习俗。",
                        "为了让坚守一线岗位的户外劳动者喝上一碗新鲜热乎的腊八粥，太谷区总工会充分发挥组织优势。",
                        "这一活动，太谷区总工会已连续坚持了8年。\n现场基层干部纷纷表示：“课程深入浅出。”"))
        );
    }

    @ParameterizedTest
    @MethodSource("cases")
    void should_pack_whole_sentences_with_overlap(int maxChars, int overlap, List<String> expected) {
        // when
        List<Chunk> chunks = new Chunker(maxChars, overlap).chunk(article(TEXT));

        // then
        assertEquals(expected, chunks.stream().map(Chunk::text).toList());
    }

    @Test
    void should_keep_ids_ordinals_and_exact_offsets() {
        // given
        Article a = article(TEXT);

        // when
        List<Chunk> chunks = new Chunker(64, 1).chunk(a);

        // then
        for (int i = 0; i < chunks.size(); i++) {
            Chunk c = chunks.get(i);
            assertEquals("000_232fd453f4f86065-03#" + i, c.id());
            assertEquals(a.id(), c.articleId());
            assertEquals(i, c.ordinal());
            assertEquals(a.text().substring(c.start(), c.end()), c.text());
        }
        assertEquals(List.of(0, 17, 60), chunks.stream().map(Chunk::start).toList());
    }

    @Test
    void should_cut_a_sentence_only_when_it_alone_exceeds_the_maximum() {
        // given: one 120-character sentence with commas
        String longSentence = "根据会商研判，1月6日至8日，我市气压场弱，湿度大，偏南风为主，污染物扩散条件较差，"
                + "预测我市空气质量为3级轻度污染到4级中度污染，短时将达到5级重度污染，"
                + "受弱冷空气影响，污染物扩散条件略有改善，可能出现数次中度污染转换过程。";
        String text = "本报讯。" + longSentence;

        // when
        List<Span> spans = new Chunker(50, 1).cut(text);

        // then: every piece fits, pieces end after a comma, together they are the sentence
        assertTrue(spans.stream().allMatch(s -> s.length() <= 50), spans::toString);
        assertEquals("本报讯。", spans.get(0).of(text));
        StringBuilder joined = new StringBuilder();
        spans.subList(1, spans.size()).forEach(s -> joined.append(s.of(text)));
        assertEquals(longSentence, joined.toString());
        assertEquals("根据会商研判，1月6日至8日，我市气压场弱，湿度大，偏南风为主，污染物扩散条件较差，", spans.get(1).of(text));
    }

    @Test
    void should_give_no_chunks_for_blank_text() {
        assertEquals(List.of(), new Chunker(300).chunk(article(" \n ")));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 49, 2001})
    void should_refuse_a_size_out_of_range(int maxChars) {
        BaowenException e = assertThrows(BaowenException.class, () -> new Chunker(maxChars, 1));
        assertEquals("maxChars must be between 50 and 2000, got " + maxChars, e.getMessage());
    }
}
