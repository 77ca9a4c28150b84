package com.baowen.config;

import com.baowen.BaowenException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SolrConfigTest {

    @ParameterizedTest
    @CsvSource({
            "127.0.0.1:2181/solr, 127.0.0.1:2181, /solr",
            "'zk1:2181,zk2:2181,zk3:2181/baowen/solr', 'zk1:2181,zk2:2181,zk3:2181', /baowen/solr"})
    void should_split_the_zookeeper_address_into_hosts_and_chroot(String zk, String hosts, String chroot) {
        SolrConfig c = new SolrConfig(zk, "baowen", 1, 1);

        assertEquals(hosts, c.hosts().replace(" ", ""));
        assertEquals(chroot, c.chroot());
    }

    @Test
    void should_have_no_chroot_when_none_is_given() {
        assertNull(new SolrConfig("127.0.0.1:2181", "baowen", 2, 2).chroot());
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.0.0.1:zk/solr", "http://127.0.0.1:8983/solr", ""})
    void should_name_a_bad_zookeeper_address(String zk) {
        var e = assertThrows(BaowenException.class, () -> new SolrConfig(zk, "baowen", 1, 1));

        assertEquals("solr-zk must be HOST:PORT[,HOST:PORT…][/chroot], got '" + zk + "'", e.getMessage());
    }

    @Test
    void should_name_bad_shards_and_replicas() {
        assertEquals("solr-shards must be between 1 and 64, got 0",
                assertThrows(BaowenException.class, () -> new SolrConfig("h:1", "baowen", 0, 1)).getMessage());
        assertEquals("solr-replicas must be between 1 and 8, got 9",
                assertThrows(BaowenException.class, () -> new SolrConfig("h:1", "baowen", 1, 9)).getMessage());
        assertEquals("solr-collection must be letters, digits, '_', '-' or '.', got 'a b'",
                assertThrows(BaowenException.class, () -> new SolrConfig("h:1", "a b", 1, 1)).getMessage());
    }
}
