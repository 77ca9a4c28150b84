package com.baowen.index.solr;

import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.apache.solr.client.solrj.impl.LBSolrClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * SolrJ's load balancer (retries a request on the next replica when one cannot be reached) over
 * {@link HttpJdkSolrClient}, the JDK's HTTP client: SolrJ 9's own cloud client brings Jetty 10's
 * client, which cannot live beside Javalin's Jetty 12. Thread-safe.
 */
final class JdkLbSolrClient extends LBSolrClient {
    /** Connecting to a node that is down fails fast, so the next replica is tried. */
    static final long CONNECT_TIMEOUT_MS = 3_000;
    /** A request that takes longer than this fails (a stuck node must not hang a question). */
    static final long REQUEST_TIMEOUT_MS = 30_000;

    /** One client per URL the cloud client sends to (a node, or a core on it): few, reused. */
    private final Map<String, HttpJdkSolrClient> clients = new ConcurrentHashMap<>();

    JdkLbSolrClient() {
        super(List.of());
    }

    @Override
    @SuppressWarnings("deprecation") // LBSolrClient still calls this one in 9.10
    protected SolrClient getClient(String baseUrl) {
        return clients.computeIfAbsent(baseUrl, JdkLbSolrClient::newClient);
    }

    @Override
    protected SolrClient getClient(Endpoint endpoint) {
        return getClient(endpoint.getUrl());
    }

    private static HttpJdkSolrClient newClient(String url) {
        return new HttpJdkSolrClient.Builder(url)
                // HTTP/1.1: the JDK client's h2c upgrade adds a round trip per POST to Jetty
                .useHttp1_1(true)
                .withConnectionTimeout(CONNECT_TIMEOUT_MS, TimeUnit.MILLISECONDS)
                .withRequestTimeout(REQUEST_TIMEOUT_MS, TimeUnit.MILLISECONDS)
                .build();
    }

    @Override
    public void close() {
        super.close();
        for (HttpJdkSolrClient c : clients.values()) {
            try {
                c.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
