package org.zarrij.codec.blosc;

import java.util.Optional;

/**
 * The compressors a Blosc 1 frame can name. The header stores only a 3-bit format code, so lz4 and lz4hc
 * share one code (both write the LZ4 block format) and a decoder cannot tell them apart.
 */
public enum BloscCname {
    BLOSCLZ("blosclz", 0),
    LZ4("lz4", 1),
    LZ4HC("lz4hc", 1),
    SNAPPY("snappy", 2),
    ZLIB("zlib", 3),
    ZSTD("zstd", 4);

    private final String configName;
    private final int formatCode;

    BloscCname(String configName, int formatCode) {
        this.configName = configName;
        this.formatCode = formatCode;
    }

    /** The name used in metadata and by numcodecs, e.g. {@code "lz4"}. */
    public String configName() {
        return configName;
    }

    /** The code stored in bits 5..7 of the header flags. */
    public int formatCode() {
        return formatCode;
    }

    /** Whether this implementation can write frames with this compressor (snappy: no). */
    public boolean canCompress() {
        return this != SNAPPY;
    }

    public static Optional<BloscCname> fromName(String name) {
        for (BloscCname c : values()) {
            if (c.configName.equals(name)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** The compressor name for a header format code, for messages (e.g. "snappy", or "unknown #6"). */
    static String nameOfFormat(int formatCode) {
        for (BloscCname c : values()) {
            if (c.formatCode == formatCode) {
                return c.configName;
            }
        }
        return "unknown #" + formatCode;
    }
}
