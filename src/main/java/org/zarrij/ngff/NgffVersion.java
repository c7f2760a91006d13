package org.zarrij.ngff;

import java.util.Optional;

/**
 * The OME-NGFF versions this package reads, writes and validates. 0.4 lives directly in the attributes
 * ({@code .zattrs}) of Zarr v2 groups, with a {@code version} in each versioned object; 0.5 lives under the
 * {@code ome} key of a Zarr v3 group's attributes, with one {@code version} for all of it.
 */
public enum NgffVersion {
    V0_4("0.4", 2),
    V0_5("0.5", 3);

    private final String text;
    private final int zarrFormat;

    NgffVersion(String text, int zarrFormat) {
        this.text = text;
        this.zarrFormat = zarrFormat;
    }

    /** The version as written in documents, e.g. {@code "0.5"}. */
    public String text() {
        return text;
    }

    /** The Zarr format the version is stored in: 2 for 0.4, 3 for 0.5. */
    public int zarrFormat() {
        return zarrFormat;
    }

    /** True when the metadata is namespaced under the {@code ome} key. */
    public boolean namespaced() {
        return this == V0_5;
    }

    public static Optional<NgffVersion> of(String text) {
        for (NgffVersion v : values()) {
            if (v.text.equals(text)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return text;
    }
}
