package com.baowen.index.solr;

import com.baowen.index.IndexMetadata;
import org.apache.commons.io.file.PathUtils;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CollectionsTest {

    @Test
    void should_write_the_configset_with_the_models_dimension() throws Exception {
        // given a model with 768-dimensional vectors
        // when the configset is written out for upload
        Path dir = Collections.configsetDir(768);
        // then its schema declares that dimension, and every file is there
        try {
            String schema = Files.readString(dir.resolve("schema.xml"));
            assertTrue(schema.contains("vectorDimension=\"768\""), "schema declares 768");
            assertTrue(!schema.contains("vectorDimension=\"512\""), "no 512 left");
            for (String f : Collections.CONF_FILES) {
                assertTrue(Files.isRegularFile(dir.resolve(f)), f);
            }
        } finally {
            PathUtils.deleteDirectory(dir);
        }
    }

    @Test
    void should_name_the_configset_by_schema_and_dimension() {
        assertEquals("baowen-s" + IndexMetadata.SCHEMA_VERSION + "-d512",
                Collections.configName(IndexMetadata.current("bge-small-zh-v15-q", 512, 200, 1)));
    }
}
