package com.baowen.index.solr;

import com.baowen.index.LexicalTerms;
import com.baowen.index.LexicalWeights;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LexicalJsonTest {

    @Test
    void should_query_each_analysed_term_exactly_boosted_by_its_field_weight() throws Exception {
        // given a question analysed as the embedded index analyses it, BM25 on the text's words only
        var terms = new LexicalTerms().terms(LexicalTerms.fold("腊八粥"), LexicalWeights.WORDS_ONLY);

        // when it becomes Solr's JSON query
        String json = new ObjectMapper().writeValueAsString(LexicalJson.query(terms));

        // then every word is an exact term query on text_words, inside a boost of 1.0
        var root = new ObjectMapper().readTree(json);
        var field = root.get("bool").get("should").get(0).get("boost");
        assertEquals("1.0", field.get("b").asText());
        var clauses = field.get("query").get("bool").get("should");
        assertEquals(terms.get(LexicalTerms.TEXT_WORDS).terms().size(), clauses.size());
        assertEquals("text_words", clauses.get(0).get("term").get("f").asText());
        assertEquals(terms.get(LexicalTerms.TEXT_WORDS).terms().get(0), clauses.get(0).get("term").get("query").asText());
    }

    @Test
    void should_fold_traditional_characters_before_analysis() {
        var folded = new LexicalTerms().terms(LexicalTerms.fold("臘八粥"), LexicalWeights.DEFAULT);
        var simplified = new LexicalTerms().terms("腊八粥", LexicalWeights.DEFAULT);

        assertEquals(simplified, folded);
    }
}
