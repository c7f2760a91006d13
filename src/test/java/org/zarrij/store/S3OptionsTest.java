package org.zarrij.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zarrij.StoreException;

/** s3:// URIs: bucket, prefix and options from the query, with system-property defaults. */
class S3OptionsTest {

    private static S3Options parse(String uri, Map<String, String> defaults) {
        return S3Options.parse(uri, defaults::get);
    }

    @Test
    void bucketPrefixAndOptions() {
        S3Options o = parse("s3://my-bucket/images/cells.zarr/?endpoint=http://127.0.0.1:9000&region=eu-west-1"
                + "&anonymous=true&path_style=false&max_in_flight=16", Map.of());
        assertEquals("my-bucket", o.bucket());
        assertEquals("images/cells.zarr", o.prefix());
        assertEquals(URI.create("http://127.0.0.1:9000"), o.endpoint());
        assertEquals("eu-west-1", o.region());
        assertTrue(o.anonymous());
        assertFalse(o.pathStyle());
        assertEquals(16, o.maxInFlight());
        assertEquals("s3://my-bucket/images/cells.zarr at http://127.0.0.1:9000", o.describe());
    }

    @Test
    void defaultsAndSystemProperties() {
        S3Options plain = parse("s3://b", Map.of());
        assertEquals("", plain.prefix());
        assertNull(plain.endpoint());
        assertNull(plain.region());
        assertFalse(plain.anonymous());
        assertFalse(plain.pathStyle(), "AWS: virtual-hosted style");
        assertEquals(64, plain.maxInFlight());
        S3Options fromProperties = parse("s3://b/p?region=us-west-2", Map.of("endpoint", "http://127.0.0.1:1",
                "region", "ignored", "anonymous", "yes", "profile", "lab"));
        assertEquals("us-west-2", fromProperties.region(), "the URI wins");
        assertTrue(fromProperties.pathStyle(), "path style by default with a custom endpoint");
        assertTrue(fromProperties.anonymous());
        assertEquals("lab", fromProperties.profile());
        assertEquals("pathStyle", S3Options.propertyName("path_style"));
    }

    @Test
    void mistakesAreClearErrors() {
        StoreException e = assertThrows(StoreException.class, () -> parse("s3://b?endpont=x", Map.of()));
        assertTrue(e.getMessage().contains("unknown s3 option 'endpont'"), e.getMessage());
        e = assertThrows(StoreException.class, () -> parse("s3://b?anonymous=maybe", Map.of()));
        assertTrue(e.getMessage().contains("anonymous"), e.getMessage());
        e = assertThrows(StoreException.class, () -> parse("s3://key:secret@b/p", Map.of()));
        assertTrue(e.getMessage().contains("credentials do not belong in the URI"), e.getMessage());
        assertFalse(e.getMessage().contains("secret"), e.getMessage());
        assertThrows(StoreException.class, () -> parse("s3://b/../x", Map.of()));
        assertThrows(StoreException.class, () -> parse("s3://b?endpoint=127.0.0.1", Map.of()));
        assertThrows(StoreException.class, () -> parse("s3://b?max_in_flight=0", Map.of()));
        assertThrows(StoreException.class, () -> parse("s3:///nobucket", Map.of()));
    }
}
