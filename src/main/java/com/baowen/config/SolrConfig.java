package com.baowen.config;

import com.baowen.BaowenException;

/**
 * Where the SolrCloud backend lives; immutable.
 *
 * @param zkHost     ZooKeeper {@code HOST:PORT[,HOST:PORT…][/chroot]}, e.g. {@code 127.0.0.1:2181/solr}
 * @param collection the collection's name (letters, digits, {@code _}, {@code -}, {@code .})
 * @param shards     shards when Baowen creates the collection, 1..64
 * @param replicas   replicas per shard when Baowen creates the collection, 1..8
 */
public record SolrConfig(String zkHost, String collection, int shards, int replicas) {
    public static final String DEFAULT_COLLECTION = "baowen";

    public SolrConfig {
        if (zkHost == null || !zkHost.matches("[A-Za-z0-9.\\-\\[\\]:]+:\\d+(,[A-Za-z0-9.\\-\\[\\]:]+:\\d+)*(/[A-Za-z0-9_.\\-/]*)?")) {
            throw new BaowenException("solr-zk must be HOST:PORT[,HOST:PORT…][/chroot], got '" + zkHost + "'");
        }
        if (collection == null || !collection.matches("[A-Za-z0-9_][A-Za-z0-9_.\\-]*")) {
            throw new BaowenException("solr-collection must be letters, digits, '_', '-' or '.', got '" + collection + "'");
        }
        if (shards < 1 || shards > 64) {
            throw new BaowenException("solr-shards must be between 1 and 64, got " + shards);
        }
        if (replicas < 1 || replicas > 8) {
            throw new BaowenException("solr-replicas must be between 1 and 8, got " + replicas);
        }
    }

    /** The ZooKeeper hosts without the chroot. */
    public String hosts() {
        int slash = zkHost.indexOf('/');
        return slash < 0 ? zkHost : zkHost.substring(0, slash);
    }

    /** The chroot ({@code /solr}), or {@code null} for none. */
    public String chroot() {
        int slash = zkHost.indexOf('/');
        return slash < 0 || slash == zkHost.length() - 1 ? null : zkHost.substring(slash);
    }
}
