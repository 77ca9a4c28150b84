package com.baowen.index.solr;

import com.baowen.index.IndexMetadata;
import com.baowen.index.IndexUpdate;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.SolrInputDocument;

import java.util.ArrayList;
import java.util.List;

/**
 * An {@link IndexUpdate}'s documents into a SolrCloud collection, in requests of at most
 * {@link SolrIndex#BATCH_DOCS} documents. A file's old documents are deleted in its first request and
 * its marker (the SHA-256) is added in its last, so a file whose marker is there is complete, and a
 * file cut short by a crash has no marker and is indexed again from the start on the next run (every
 * document has a stable id, so nothing ends up twice). Solr has no rollback: what was sent before a
 * crash becomes visible at the next commit. Not thread-safe.
 */
final class SolrTarget implements IndexUpdate.Target {
    private final SolrIndex index;

    SolrTarget(SolrIndex index) {
        this.index = index;
    }

    @Override
    public void replace(String source, String sha256, List<IndexUpdate.PreparedArticle> articles) {
        List<SolrInputDocument> docs = new ArrayList<>();
        for (IndexUpdate.PreparedArticle p : articles) {
            for (int i = 0; i < p.chunks().size(); i++) {
                docs.add(SolrDocs.chunk(p.chunks().get(i), p.article(), p.chunkVectors().get(i)));
            }
            docs.add(SolrDocs.article(p.article(), sha256, p.sentences(), index.metadata().dimension()));
        }
        docs.add(SolrDocs.file(source, sha256));
        List<SolrIndex.UpdateBatch> batches = new ArrayList<>();
        for (int i = 0; i < docs.size(); i += SolrIndex.BATCH_DOCS) {
            List<SolrInputDocument> part = docs.subList(i, Math.min(docs.size(), i + SolrIndex.BATCH_DOCS));
            batches.add(new SolrIndex.UpdateBatch(List.copyOf(part), i == 0 ? List.of(bySource(source)) : List.of()));
        }
        index.write(batches);
    }

    @Override
    public void delete(String source) {
        index.write(List.of(new SolrIndex.UpdateBatch(List.of(), List.of(bySource(source)))));
    }

    private static String bySource(String source) {
        return "source:" + ClientUtils.escapeQueryChars(source);
    }

    @Override
    public void commit(IndexMetadata metadata) {
        index.commit();
    }

    @Override
    public void close() {
        // nothing to release; uncommitted updates stay in Solr's update log (see the class comment)
    }
}
