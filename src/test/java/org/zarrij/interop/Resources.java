package org.zarrij.interop;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The Python scripts of the interop suite, kept under src/test/resources/interop/. */
final class Resources {
    private Resources() {
    }

    static String script(String name) {
        try (InputStream in = Resources.class.getResourceAsStream("/interop/" + name)) {
            if (in == null) {
                throw new AssertionError("missing test resource /interop/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
