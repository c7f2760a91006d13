package org.zarrij.codec;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.zarrij.CodecException;
import org.zarrij.MetadataException;

/**
 * An ordered codec pipeline bound to one chunk spec: array-to-array codecs, exactly one array-to-bytes
 * codec, then bytes-to-bytes codecs. The order and every stage's chunk spec and size bound are checked
 * and computed once, when the chain is built, not per chunk.
 */
public final class CodecChain {
    private final List<ArrayToArrayCodec> arrayToArray;
    private final ArrayToBytesCodec arrayToBytes;
    private final List<BytesToBytesCodec> bytesToBytes;
    private final List<Codec> all;
    private final ChunkSpec spec;
    /** specs[i] is the decoded spec seen by arrayToArray.get(i); specs[n] is the one seen by arrayToBytes. */
    private final ChunkSpec[] specs;
    /** bounds[i] is the largest input that bytesToBytes.get(i) may decode to. */
    private final long[] bounds;

    public CodecChain(List<Codec> codecs, ChunkSpec spec, String where) {
        List<ArrayToArrayCodec> a2a = new ArrayList<>();
        ArrayToBytesCodec a2b = null;
        List<BytesToBytesCodec> b2b = new ArrayList<>();
        for (int i = 0; i < codecs.size(); i++) {
            Codec c = codecs.get(i);
            if (c instanceof ArrayToArrayCodec a) {
                if (a2b != null) {
                    throw new MetadataException(where + "/" + i + ": array-to-array codec '" + c.name()
                            + "' must come before the array-to-bytes codec '" + a2b.name() + "'");
                }
                a2a.add(a);
            } else if (c instanceof ArrayToBytesCodec a) {
                if (a2b != null) {
                    throw new MetadataException(where + "/" + i + ": only one array-to-bytes codec is allowed, found '"
                            + a2b.name() + "' and '" + c.name() + "'");
                }
                a2b = a;
            } else {
                if (a2b == null) {
                    throw new MetadataException(where + "/" + i + ": bytes-to-bytes codec '" + c.name()
                            + "' must come after an array-to-bytes codec");
                }
                b2b.add((BytesToBytesCodec) c);
            }
        }
        if (a2b == null) {
            throw new MetadataException(where + ": expected exactly one array-to-bytes codec (e.g. \"bytes\"), found none");
        }
        this.arrayToArray = List.copyOf(a2a);
        this.arrayToBytes = a2b;
        this.bytesToBytes = List.copyOf(b2b);
        this.all = List.copyOf(codecs);
        this.spec = spec;
        this.specs = new ChunkSpec[a2a.size() + 1];
        this.bounds = new long[b2b.size()];
        try {
            ChunkSpec s = spec;
            for (int i = 0; i < a2a.size(); i++) {
                specs[i] = s;
                s = a2a.get(i).encodedSpec(s);
            }
            specs[a2a.size()] = s;
            long bound = a2b.maxEncodedSize(s);
            for (int i = 0; i < b2b.size(); i++) {
                bounds[i] = bound;
                bound = b2b.get(i).maxEncodedSize(bound);
            }
        } catch (MetadataException e) {
            // A codec that does not fit the chunk (e.g. shards its inner chunks do not divide): say where.
            throw new MetadataException(where + ": " + e.getMessage(), e);
        }
    }

    /** The codecs in metadata order. */
    public List<Codec> codecs() {
        return all;
    }

    public ChunkSpec spec() {
        return spec;
    }

    public ArrayToBytesCodec arrayToBytes() {
        return arrayToBytes;
    }

    public byte[] encode(byte[] chunk) {
        if (chunk.length != spec.byteSize()) {
            throw new CodecException("chunk has " + chunk.length + " bytes, expected " + spec.byteSize());
        }
        byte[] data = chunk;
        for (int i = 0; i < arrayToArray.size(); i++) {
            data = arrayToArray.get(i).encode(data, specs[i]);
        }
        data = arrayToBytes.encode(data, specs[arrayToArray.size()]);
        for (BytesToBytesCodec c : bytesToBytes) {
            data = c.encode(data);
        }
        return data;
    }

    /** Decodes stored bytes into a chunk of exactly {@code spec().byteSize()} bytes, or throws. */
    public byte[] decode(byte[] stored) {
        byte[] data = stored;
        for (int i = bytesToBytes.size() - 1; i >= 0; i--) {
            data = bytesToBytes.get(i).decode(data, bounds[i]);
        }
        return decodeArray(data);
    }

    /**
     * The size of a reusable buffer for {@link #decode(byte[], byte[])}, or 0 when this chain gains nothing
     * from one (it has no bytes-to-bytes codec, or the one applied last cannot decode in place).
     */
    public int decodeBufferSize() {
        if (bytesToBytes.isEmpty() || !bytesToBytes.get(0).decodesInPlace() || bounds[0] > Integer.MAX_VALUE - 16) {
            return 0;
        }
        return (int) bounds[0];
    }

    /**
     * Decodes like {@link #decode(byte[])}, but the last bytes-to-bytes stage writes into {@code buffer} (of
     * {@link #decodeBufferSize()} bytes) instead of a new array, which saves allocating and clearing a chunk
     * per read. The result may be {@code buffer} itself: use it before passing the same buffer again.
     * Without a suitable buffer this is {@link #decode(byte[])}.
     */
    public byte[] decode(byte[] stored, byte[] buffer) {
        int size = decodeBufferSize();
        if (buffer == null || size == 0 || buffer.length != size) {
            return decode(stored);
        }
        byte[] data = stored;
        for (int i = bytesToBytes.size() - 1; i >= 1; i--) {
            data = bytesToBytes.get(i).decode(data, bounds[i]);
        }
        int n = bytesToBytes.get(0).decodeInto(data, buffer);
        return decodeArray(n == buffer.length ? buffer : Arrays.copyOf(buffer, n));
    }

    /** The array-to-bytes and array-to-array stages of decoding, and the final size check. */
    private byte[] decodeArray(byte[] bytes) {
        byte[] data = arrayToBytes.decode(bytes, specs[arrayToArray.size()]);
        for (int i = arrayToArray.size() - 1; i >= 0; i--) {
            data = arrayToArray.get(i).decode(data, specs[i]);
        }
        if (data.length != spec.byteSize()) {
            throw new CodecException("decoded chunk has " + data.length + " bytes, expected " + spec.byteSize());
        }
        return data;
    }

    /** The v3 {@code codecs} metadata array. */
    public ArrayNode toV3Json() {
        ArrayNode a = JsonNodeFactory.instance.arrayNode();
        for (Codec c : all) {
            a.add(c.toV3Json());
        }
        return a;
    }
}
