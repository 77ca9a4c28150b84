package com.baowen.index.solr;

import com.baowen.BackendUnavailableException;
import com.baowen.BaowenException;
import com.baowen.config.SolrConfig;
import com.baowen.index.ArticleStore;
import com.baowen.index.Candidates;
import com.baowen.index.ChunkMatch;
import com.baowen.index.IndexMetadata;
import com.baowen.index.LexicalTerms;
import com.baowen.index.LexicalWeights;
import com.baowen.index.SearchIndex;
import com.baowen.index.SentenceVector;
import com.baowen.ingest.Article;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.ZkClientClusterStateProvider;
import org.apache.solr.client.solrj.request.CoreAdminRequest;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.client.solrj.request.json.JsonQueryRequest;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.cloud.DocCollection;
import org.apache.solr.common.cloud.Replica;
import org.apache.solr.common.cloud.Slice;
import org.apache.solr.common.params.CursorMarkParams;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.util.NamedList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A SolrCloud collection as Baowen's index: the same documents, analyzers, BM25 and HNSW as the
 * embedded Lucene index, spread over shards and replicated. Searches see the last commit; articles
 * and sentences are read by id (real-time get, routed to the article's shard). Thread-safe.
 *
 * <p>Faults: a request a replica cannot answer is retried on another (SolrJ's load balancer) and
 * then once more after a short pause; when no replica of some shard is live the request fails with a
 * {@link BackendUnavailableException} naming the collection (503 over HTTP), without hanging.
 */
public final class SolrIndex implements SearchIndex {
    private static final Logger LOG = LoggerFactory.getLogger(SolrIndex.class);
    /** How long a size read stays: a few seconds is fresh enough for a health page. */
    private static final long SIZE_TTL_NANOS = 10_000_000_000L;
    /** Documents per update request. */
    static final int BATCH_DOCS = 200;
    static final long RETRY_PAUSE_MS = 500;

    private final SolrConfig config;
    private final JdkCloudSolrClient client;
    private final IndexMetadata metadata;
    private final LexicalTerms lexical = new LexicalTerms();
    /** The last {@link #sizeBytes()} read, or {@code null}. */
    private volatile SizeReading size;

    SolrIndex(SolrConfig config, JdkCloudSolrClient client, IndexMetadata metadata) {
        this.config = config;
        this.client = client;
        this.metadata = metadata;
    }

    /**
     * Connects to the cluster through ZooKeeper, and creates the collection (uploading the configset)
     * when it is missing. A collection built with other settings (model, dimension, chunking, schema)
     * is an error that says how to rebuild it: Baowen never deletes a remote collection by itself.
     */
    public static SolrIndex open(SolrConfig config, IndexMetadata wanted) {
        ZkClientClusterStateProvider state = new ZkClientClusterStateProvider(
                List.of(config.hosts().split(",")), config.chroot(), false);
        state.setZkConnectTimeout(10_000);
        state.setZkClientTimeout(30_000);
        try {
            state.connect();
        } catch (RuntimeException e) {
            closeQuietly(state);
            throw new BaowenException("cannot reach ZooKeeper at " + config.zkHost() + " (solr-zk): " + rootMessage(e), e);
        }
        JdkCloudSolrClient client = new JdkCloudSolrClient(state);
        try {
            Collections.ensure(client, state, config, wanted);
            SolrIndex index = new SolrIndex(config, client, wanted);
            index.checkMetadata(wanted);
            return index;
        } catch (RuntimeException e) {
            try {
                client.close();
            } catch (IOException ignored) {
                // the first failure is the one to report
            }
            throw e;
        }
    }

    private void checkMetadata(IndexMetadata wanted) {
        SolrDocument meta = byId(SolrDocs.META_ID, "*");
        if (meta == null) {
            if (articleCount() > 0) {
                throw new BaowenException("SolrCloud collection '" + config.collection() + "' holds articles but no Baowen "
                        + "metadata: " + Collections.howToRebuild(config));
            }
            write(List.of(new UpdateBatch(List.of(SolrDocs.meta(wanted)), List.of())));
            commit();
            return;
        }
        List<String> why = SolrDocs.toMetadata(meta).differences(wanted);
        if (!why.isEmpty()) {
            throw new BaowenException("SolrCloud collection '" + config.collection() + "' was built with other settings ("
                    + String.join(", ", why) + "): " + Collections.howToRebuild(config));
        }
    }

    @Override
    public IndexMetadata metadata() {
        return metadata;
    }

    public SolrConfig config() {
        return config;
    }

    @Override
    public Candidates search(String question, LexicalWeights weights, float[] vector, int lexicalN, int semanticN,
                             int fromDay, int toDay) {
        boolean filtered = fromDay != Integer.MIN_VALUE || toDay != Integer.MAX_VALUE;
        String days = filtered ? "day:[" + (fromDay == Integer.MIN_VALUE ? "*" : fromDay) + " TO "
                + (toDay == Integer.MAX_VALUE ? "*" : toDay) + "]" : null;
        List<ChunkMatch> lex = List.of();
        if (lexicalN > 0) {
            Map<String, LexicalTerms.Weighted> terms = lexical.terms(LexicalTerms.fold(question), weights);
            if (!terms.isEmpty()) {
                JsonQueryRequest q = new JsonQueryRequest()
                        .setQuery(LexicalJson.query(terms))
                        .setLimit(lexicalN)
                        .returnFields(SolrDocs.CHUNK_FIELDS.split(","));
                if (days != null) {
                    q.withFilter(days);
                }
                lex = matches(query(q).getResults());
            }
        }
        List<ChunkMatch> sem = List.of();
        if (semanticN > 0 && vector != null) {
            SolrQuery q = new SolrQuery("{!knn f=vector topK=" + semanticN + "}" + vectorText(vector));
            q.setRows(semanticN);
            q.setFields(SolrDocs.CHUNK_FIELDS);
            if (days != null) {
                q.addFilterQuery(days); // knn pre-filters by fq, as Lucene's KnnFloatVectorQuery by its filter
            }
            sem = matches(query(new QueryRequest(q, SolrRequest.METHOD.POST)).getResults());
        }
        return new Candidates(lex, sem);
    }

    private static String vectorText(float[] v) {
        StringBuilder sb = new StringBuilder(v.length * 12).append('[');
        for (int i = 0; i < v.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(v[i]);
        }
        return sb.append(']').toString();
    }

    private static List<ChunkMatch> matches(SolrDocumentList docs) {
        List<ChunkMatch> out = new ArrayList<>(docs.size());
        for (SolrDocument d : docs) {
            out.add(new ChunkMatch(SolrDocs.toChunk(d), SolrDocs.str(d, "title"), SolrDocs.str(d, "source"),
                    SolrDocs.str(d, "date"), out.size(), ((Number) d.getFieldValue("score")).floatValue()));
        }
        return out;
    }

    @Override
    public Optional<Article> article(String id) {
        SolrDocument d = byId(id, SolrDocs.ARTICLE_FIELDS + ",type");
        return d == null || !SolrDocs.TYPE_ARTICLE.equals(d.getFieldValue("type")) ? Optional.empty() : Optional.of(SolrDocs.toArticle(d));
    }

    @Override
    public List<SentenceVector> sentences(String id) {
        SolrDocument d = byId(id, "id,type,sentences");
        return d == null || !SolrDocs.TYPE_ARTICLE.equals(d.getFieldValue("type")) ? List.of() : SolrDocs.toSentences(d);
    }

    /** Real-time get: routed to the shard of {@code id}, one round trip. */
    private SolrDocument byId(String id, String fields) {
        ModifiableSolrParams p = new ModifiableSolrParams();
        p.set("id", id);
        p.set("fl", fields);
        QueryRequest r = new QueryRequest(p);
        r.setPath("/get");
        Object doc = request(() -> r.process(client, config.collection())).getResponse().get("doc");
        return (SolrDocument) doc;
    }

    @Override
    public List<Article> articles(int offset, int limit) {
        SolrQuery q = new SolrQuery("type:" + SolrDocs.TYPE_ARTICLE);
        q.setStart(offset);
        q.setRows(limit);
        q.setSort("id", SolrQuery.ORDER.asc);
        q.setFields(SolrDocs.ARTICLE_FIELDS);
        return query(new QueryRequest(q)).getResults().stream().map(SolrDocs::toArticle).toList();
    }

    @Override
    public int articleCount() {
        return (int) count(SolrDocs.TYPE_ARTICLE);
    }

    @Override
    public int chunkCount() {
        return (int) count(SolrDocs.TYPE_CHUNK);
    }

    private long count(String type) {
        SolrQuery q = new SolrQuery("type:" + type);
        q.setRows(0);
        return query(new QueryRequest(q)).getResults().getNumFound();
    }

    /** Every file marker. */
    @Override
    public Map<String, String> files() {
        Map<String, String> out = new HashMap<>();
        forEach("type:" + SolrDocs.TYPE_FILE, "source,sha256", d -> out.put(SolrDocs.str(d, "source"), SolrDocs.str(d, "sha256")));
        return out;
    }

    /** Every document matching {@code query}, paged with a cursor (an archive has many). */
    private void forEach(String query, String fields, java.util.function.Consumer<SolrDocument> action) {
        String cursor = CursorMarkParams.CURSOR_MARK_START;
        while (true) {
            SolrQuery q = new SolrQuery(query);
            q.setRows(1000);
            q.setSort("id", SolrQuery.ORDER.asc);
            q.setFields(fields);
            q.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
            QueryResponse r = query(new QueryRequest(q));
            r.getResults().forEach(action);
            if (cursor.equals(r.getNextCursorMark())) {
                return;
            }
            cursor = r.getNextCursorMark();
        }
    }

    /**
     * One copy of the collection: the index sizes its shard leaders' cores report (CoreAdmin STATUS,
     * {@code index.sizeInBytes}; replicas hold copies of the same), read at most every
     * {@link #SIZE_TTL_NANOS} (each {@code /health} and metrics scrape asks); -1 while a shard has no
     * leader or a node cannot be read (the health status says why separately).
     */
    @Override
    public long sizeBytes() {
        SizeReading last = size;
        long now = System.nanoTime();
        if (last != null && now - last.at() < SIZE_TTL_NANOS) {
            return last.bytes();
        }
        long bytes = readSize();
        size = new SizeReading(bytes, now);
        return bytes;
    }

    private long readSize() {
        try {
            DocCollection collection = client.getClusterStateProvider().getCollection(config.collection());
            if (collection == null) {
                return -1;
            }
            long total = 0;
            for (Slice shard : collection.getActiveSlices()) {
                Replica leader = shard.getLeader();
                if (leader == null) {
                    return -1;
                }
                NamedList<Object> core = CoreAdminRequest.getStatus(leader.getCoreName(), client.node(leader.getBaseUrl()))
                        .getCoreStatus(leader.getCoreName());
                Object index = core == null ? null : core.get("index");
                Object bytes = index instanceof NamedList<?> n ? n.get("sizeInBytes") : null;
                if (!(bytes instanceof Number b)) {
                    return -1;
                }
                total += b.longValue();
            }
            return total;
        } catch (SolrServerException | IOException | SolrException e) {
            LOG.debug("cannot read the size of collection {}: {}", config.collection(), e.getMessage());
            return -1;
        }
    }

    private record SizeReading(long bytes, long at) {
    }

    @Override
    public Set<String> sources() {
        SolrQuery q = new SolrQuery("type:" + SolrDocs.TYPE_ARTICLE + " OR type:" + SolrDocs.TYPE_FILE);
        q.setRows(0);
        q.setFacet(true);
        q.addFacetField("source");
        q.setFacetLimit(-1);
        q.setFacetMinCount(1);
        Set<String> out = new TreeSet<>();
        query(new QueryRequest(q)).getFacetField("source").getValues().forEach(c -> out.add(c.getName()));
        return out;
    }

    @Override
    public Map<String, String> articleHashes(String source) {
        Map<String, String> out = new HashMap<>();
        forEach("type:" + SolrDocs.TYPE_ARTICLE + " AND source:" + ClientUtils.escapeQueryChars(source), "id,content_hash",
                d -> out.put(SolrDocs.str(d, "id"), SolrDocs.str(d, "content_hash")));
        return out;
    }

    @Override
    public Optional<String> sourceOf(String articleId) {
        SolrDocument d = byId(articleId, "id,source");
        return d == null ? Optional.empty() : Optional.ofNullable(SolrDocs.str(d, "source"));
    }

    @Override
    public ArticleStore.Writer writer() {
        return new SolrWriter(this);
    }

    /** Documents to add and queries to delete by, sent as one request after the deletes. */
    record UpdateBatch(List<SolrInputDocument> adds, List<String> deleteQueries) {
    }

    /**
     * Sends the batches in order, each retried once (an update is idempotent: same ids, same deletes).
     * A batch's deletes go in a request of their own before its adds: SolrJ's cloud client would send
     * a delete-by-query after the adds it routes to the shards.
     */
    void write(List<UpdateBatch> batches) {
        for (UpdateBatch b : batches) {
            if (!b.deleteQueries().isEmpty()) {
                UpdateRequest deletes = new UpdateRequest();
                b.deleteQueries().forEach(deletes::deleteByQuery);
                request(() -> deletes.process(client, config.collection()));
            }
            if (!b.adds().isEmpty()) {
                UpdateRequest adds = new UpdateRequest();
                adds.add(b.adds());
                request(() -> adds.process(client, config.collection()));
            }
        }
    }

    void commit() {
        request(() -> client.commit(config.collection(), true, true));
    }

    private QueryResponse query(SolrRequest<QueryResponse> q) {
        return request(() -> q.process(client, config.collection()));
    }

    private interface SolrCall<T> {
        T call() throws SolrServerException, IOException;
    }

    /** Runs a request, once more after a pause when the cluster could not answer; maps what fails. */
    private <T> T request(SolrCall<T> call) {
        for (int attempt = 1; ; attempt++) {
            try {
                return call.call();
            } catch (SolrServerException | IOException | SolrException e) {
                boolean ours = e instanceof SolrException se && se.code() >= 400 && se.code() < 500;
                if (ours) {
                    throw new BaowenException("SolrCloud collection '" + config.collection() + "' refused a request: " + rootMessage(e), e);
                }
                if (attempt >= 2) {
                    throw new BackendUnavailableException("SolrCloud collection '" + config.collection()
                            + "' cannot answer now: " + rootMessage(e), e);
                }
                LOG.warn("SolrCloud collection '{}' failed a request ({}); trying again", config.collection(), rootMessage(e));
                try {
                    Thread.sleep(RETRY_PAUSE_MS);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new BackendUnavailableException("interrupted while waiting for SolrCloud collection '"
                            + config.collection() + "'", ie);
                }
            }
        }
    }

    /** The deepest cause's message: what actually went wrong, without SolrJ's wrapping. */
    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName();
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception ignored) {
            // closing after a failure: the failure is what gets reported
        }
    }

    JdkCloudSolrClient client() {
        return client;
    }

    @Override
    public void close() {
        try {
            client.close();
        } catch (IOException e) {
            throw new BaowenException("cannot close the SolrCloud client: " + e.getMessage(), e);
        }
    }
}
