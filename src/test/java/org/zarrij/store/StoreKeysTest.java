package org.zarrij.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.zarrij.StoreException;

class StoreKeysTest {

    @ParameterizedTest
    @ValueSource(strings = {"../x", "a/../../b", "/etc/passwd", "a\\b", "a//b", "./a", "C:/x", "a/.."})
    void rejectsKeysThatCouldEscapeTheRoot(String key) {
        StoreException e = assertThrows(StoreException.class, () -> StoreKeys.validate(key));
        assertTrue(e.getMessage().contains("'" + key + "'"), e.getMessage());
    }

    @Test
    void acceptsOrdinaryKeys() {
        assertEquals("a/b/zarr.json", StoreKeys.validate("a/b/zarr.json"));
        assertEquals("0.1.2", StoreKeys.validate("0.1.2"));
        assertEquals("", StoreKeys.validatePrefix(""));
        assertEquals("a/b", StoreKeys.validatePrefix("a/b/"));
    }
}
