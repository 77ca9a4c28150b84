package com.baowen.index.solr;

import com.baowen.BaowenException;
import com.baowen.config.SolrConfig;
import com.baowen.index.IndexMetadata;
import org.apache.commons.io.file.PathUtils;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.ZkClientClusterStateProvider;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.common.cloud.SolrZkClient;
import org.apache.solr.common.cloud.ZkMaintenanceUtils;
import org.apache.solr.common.cloud.ZkStateReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Creates Baowen's collection when it is missing: uploads the configset from the jar (with the
 * model's vector dimension) to ZooKeeper, then creates the collection and waits until every replica
 * is active. Stateless.
 */
final class Collections {
    private static final Logger LOG = LoggerFactory.getLogger(Collections.class);
    /** The configset's files inside the jar (src/main/resources/solr/baowen/conf). */
    static final List<String> CONF_FILES = List.of("solrconfig.xml", "schema.xml", "lang/stopwords_smartcn.txt");
    static final String CONF_RESOURCE = "/solr/baowen/conf/";
    static final int CREATE_WAIT_SECONDS = 120;

    private Collections() {
    }

    /** The configset name for this schema and vector dimension, e.g. {@code baowen-s1-d512}. */
    static String configName(IndexMetadata m) {
        return "baowen-s" + m.schemaVersion() + "-d" + m.dimension();
    }

    static String howToRebuild(SolrConfig c) {
        return "delete the collection (curl 'http://SOLR_NODE:8983/solr/admin/collections?action=DELETE&name="
                + c.collection() + "') and run ingest again, or choose another --solr-collection; Baowen creates it afresh";
    }

    static void ensure(JdkCloudSolrClient client, ZkClientClusterStateProvider state, SolrConfig config, IndexMetadata m) {
        if (state.getClusterState().hasCollection(config.collection())) {
            return;
        }
        String configName = configName(m);
        try {
            SolrZkClient zk = state.getZkStateReader().getZkClient();
            String zkPath = ZkStateReader.CONFIGS_ZKNODE + "/" + configName;
            if (!zk.exists(zkPath, true)) {
                Path dir = configsetDir(m.dimension());
                try {
                    ZkMaintenanceUtils.uploadToZK(zk, dir, zkPath, null);
                } finally {
                    PathUtils.deleteDirectory(dir);
                }
                LOG.info("uploaded configset {} to ZooKeeper {}", configName, config.zkHost());
            }
            LOG.info("creating SolrCloud collection '{}': {} shard(s) x {} replica(s)", config.collection(), config.shards(), config.replicas());
            CollectionAdminRequest.createCollection(config.collection(), configName, config.shards(), config.replicas())
                    .process(client);
            state.getZkStateReader().waitForState(config.collection(), CREATE_WAIT_SECONDS, TimeUnit.SECONDS,
                    (nodes, coll) -> coll != null && coll.getSlices().size() == config.shards()
                            && coll.getSlices().stream().allMatch(s -> s.getReplicas().size() == config.replicas()
                            && s.getReplicas().stream().allMatch(r -> r.isActive(nodes))));
        } catch (IOException | SolrServerException | TimeoutException | org.apache.zookeeper.KeeperException | RuntimeException e) {
            throw new BaowenException("cannot create SolrCloud collection '" + config.collection() + "' with "
                    + config.shards() + " shard(s) x " + config.replicas() + " replica(s) through " + config.zkHost()
                    + ": " + SolrIndex.rootMessage(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BaowenException("interrupted while creating SolrCloud collection '" + config.collection() + "'", e);
        }
    }

    /** The configset written to a temporary folder, with the model's vector dimension in the schema. */
    static Path configsetDir(int dimension) throws IOException {
        Path dir = Files.createTempDirectory("baowen-configset-");
        for (String f : CONF_FILES) {
            try (InputStream in = Collections.class.getResourceAsStream(CONF_RESOURCE + f)) {
                if (in == null) {
                    throw new IOException("configset file " + CONF_RESOURCE + f + " is missing from the jar");
                }
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                if (f.equals("schema.xml")) {
                    text = withDimension(text, dimension);
                }
                Path target = dir.resolve(f);
                Files.createDirectories(target.getParent());
                Files.writeString(target, text);
            }
        }
        return dir;
    }

    /** The schema with {@code vectorDimension} set to {@code dimension}. */
    static String withDimension(String schema, int dimension) {
        String out = schema.replaceFirst("vectorDimension=\"\\d+\"", "vectorDimension=\"" + dimension + "\"");
        if (out.equals(schema) && !schema.contains("vectorDimension=\"" + dimension + "\"")) {
            throw new IllegalStateException("the configset's schema.xml has no vectorDimension attribute");
        }
        return out;
    }
}
