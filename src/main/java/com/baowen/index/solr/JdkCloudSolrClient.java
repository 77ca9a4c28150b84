package com.baowen.index.solr;

import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.impl.ClusterStateProvider;
import org.apache.solr.client.solrj.impl.LBSolrClient;

import java.io.IOException;

/**
 * SolrJ's cloud client (cluster state from ZooKeeper, updates to shard leaders, queries to live
 * replicas, retries on a stale state) over the JDK's HTTP client ({@link JdkLbSolrClient}).
 * Thread-safe.
 */
final class JdkCloudSolrClient extends CloudSolrClient {
    private final ClusterStateProvider state;
    private final JdkLbSolrClient lb = new JdkLbSolrClient();

    /** @param state the cluster state, e.g. from ZooKeeper; closed with this client */
    JdkCloudSolrClient(ClusterStateProvider state) {
        // updates to shard leaders, in parallel per shard
        super(true, true, false);
        this.state = state;
    }

    /** The client of one node ({@code http://host:port/solr}), shared with the cloud client's own requests. */
    @SuppressWarnings("deprecation") // LBSolrClient still calls this one in 9.10
    SolrClient node(String baseUrl) {
        return lb.getClient(baseUrl);
    }

    @Override
    protected LBSolrClient getLbClient() {
        return lb;
    }

    @Override
    public ClusterStateProvider getClusterStateProvider() {
        return state;
    }

    @Override
    protected boolean wasCommError(Throwable t) {
        return t instanceof IOException;
    }

    @Override
    public void close() throws IOException {
        try {
            state.close();
            lb.close();
        } finally {
            super.close();
        }
    }
}
