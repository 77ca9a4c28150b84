package com.baowen.config;

import com.baowen.BaowenException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ConfigTest {

    @Test
    void should_default_to_seeds_on_loopback_port_7070() {
        Config c = Config.defaults();

        assertEquals(Path.of("seeds"), c.corpus());
        assertEquals(Path.of("data/index"), c.index());
        assertEquals("127.0.0.1", c.host());
        assertEquals(7070, c.port());
        assertEquals(Path.of("models", Config.DEFAULT_MODEL), c.modelDir());
    }

    @Test
    void should_name_the_bad_port() {
        var e = assertThrows(BaowenException.class, () -> Config.defaults().withPort(70000));

        assertEquals("port must be between 0 and 65535, got 70000", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"../etc", "a/b", ".hidden", " "})
    void should_refuse_model_names_that_leave_the_models_folder(String name) {
        var d = Config.defaults();

        var e = assertThrows(BaowenException.class, () -> new Config(d.corpus(), d.index(), d.models(), name,
                d.host(), d.port(), d.chunkChars(), null, null, null));

        assertEquals("model must be a folder name under models, got '" + name + "'", e.getMessage());
    }

    @Test
    void should_treat_a_blank_api_key_as_none() {
        assertNull(Config.defaults().withApiKey("  ").apiKey());
    }
}
