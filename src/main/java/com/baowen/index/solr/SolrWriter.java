package com.baowen.index.solr;

import com.baowen.index.ArticleStore;
import com.baowen.index.EncodedArticle;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.SolrInputDocument;

import java.util.ArrayList;
import java.util.List;

/**
 * One write session on a SolrCloud collection. Updates are buffered and sent in requests of about
 * {@link SolrIndex#BATCH_DOCS} documents; an article is replaced by deleting its old documents (by
 * article id: an article with fewer chunks than before leaves none behind) and adding its new ones, so
 * a retry gives the same result (every document has a stable id). Not thread-safe.
 *
 * <p>Solr has no rollback: updates sent before a crash become visible at the next commit. That is
 * safe here because the indexing stage marks a file only after all its articles are put: a file cut
 * short has no mark and is indexed again on the next run, each article replacing itself.
 */
final class SolrWriter implements ArticleStore.Writer {
    private final SolrIndex index;
    private final List<String> deletes = new ArrayList<>();
    private final List<SolrInputDocument> adds = new ArrayList<>();

    SolrWriter(SolrIndex index) {
        this.index = index;
    }

    @Override
    public void put(EncodedArticle article) {
        deletes.add("article_id:" + ClientUtils.escapeQueryChars(article.article().id()));
        adds.addAll(SolrDocs.of(article, index.metadata().dimension()));
        flushIfFull();
    }

    @Override
    public void deleteArticle(String articleId) {
        deletes.add("article_id:" + ClientUtils.escapeQueryChars(articleId));
        flushIfFull();
    }

    @Override
    public void deleteSource(String source) {
        deletes.add("source:" + ClientUtils.escapeQueryChars(source));
        flushIfFull();
    }

    @Override
    public void markFile(String source, String sha256) {
        adds.add(SolrDocs.file(source, sha256));
        flushIfFull();
    }

    private void flushIfFull() {
        if (adds.size() + deletes.size() >= SolrIndex.BATCH_DOCS) {
            flush();
        }
    }

    /** Sends what is buffered: the deletes first, then the adds. */
    private void flush() {
        if (adds.isEmpty() && deletes.isEmpty()) {
            return;
        }
        index.write(List.of(new SolrIndex.UpdateBatch(List.copyOf(adds), List.copyOf(deletes))));
        adds.clear();
        deletes.clear();
    }

    @Override
    public void commit() {
        flush();
        index.commit();
    }

    /** Drops what was not sent; what was sent stays in Solr's update log (see the class comment). */
    @Override
    public void close() {
        adds.clear();
        deletes.clear();
    }
}
