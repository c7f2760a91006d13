package org.zarrij.codec.blosc;

import java.util.Optional;

/** Blosc's pre-compression filter: none, byte shuffle or bit shuffle. */
public enum BloscShuffle {
    NOSHUFFLE("noshuffle", 0),
    SHUFFLE("shuffle", 1),
    BITSHUFFLE("bitshuffle", 2);

    /** numcodecs' AUTOSHUFFLE: bit shuffle for 1-byte items, byte shuffle otherwise. */
    public static final int V2_AUTOSHUFFLE = -1;

    private final String configName;
    private final int code;

    BloscShuffle(String configName, int code) {
        this.configName = configName;
        this.code = code;
    }

    /** The Zarr v3 name, e.g. {@code "bitshuffle"}. */
    public String configName() {
        return configName;
    }

    /** The numcodecs / c-blosc integer: 0, 1 or 2. */
    public int code() {
        return code;
    }

    public static Optional<BloscShuffle> fromName(String name) {
        for (BloscShuffle s : values()) {
            if (s.configName.equals(name)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** Maps a numcodecs shuffle integer (-1, 0, 1, 2) for items of {@code typesize} bytes. */
    public static Optional<BloscShuffle> fromCode(int code, int typesize) {
        if (code == V2_AUTOSHUFFLE) {
            return Optional.of(automatic(typesize));
        }
        for (BloscShuffle s : values()) {
            if (s.code == code) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** What numcodecs' AUTOSHUFFLE and zarr-python pick: bit shuffle for bytes, byte shuffle otherwise. */
    public static BloscShuffle automatic(int typesize) {
        return typesize == 1 ? BITSHUFFLE : SHUFFLE;
    }
}
