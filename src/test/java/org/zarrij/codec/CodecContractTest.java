package org.zarrij.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.zarrij.CodecException;
import org.zarrij.dtype.DataType;

/**
 * Every codec provider on the class path (ServiceLoader, so including codecs of other packages such as
 * Blosc when present) must build from a minimal configuration, round-trip data of several types and
 * shapes, survive a JSON round trip, and refuse output beyond the allowed size.
 */
class CodecContractTest {
    private static final List<DataType> TYPES = List.of(DataType.UINT8, DataType.INT16, DataType.INT32,
            DataType.UINT64, DataType.FLOAT32, DataType.FLOAT64, DataType.COMPLEX64, DataType.BOOL);
    private static final List<int[]> SHAPES = List.of(new int[] {7}, new int[] {5, 6}, new int[] {3, 4, 5},
            new int[] {2, 3, 1, 4});

    static Stream<String> providerNames() {
        return CodecRegistry.global().providers().stream().map(CodecProvider::name).sorted();
    }

    @Test
    void registryFindsTheStandardCodecs() {
        Set<String> names = CodecRegistry.global().providers().stream().map(CodecProvider::name)
                .collect(Collectors.toSet());
        assertTrue(names.containsAll(Set.of("bytes", "transpose", "numcodecs.delta", "gzip", "numcodecs.zlib",
                "zstd", "numcodecs.lz4", "numcodecs.bz2", "numcodecs.lzma", "crc32c")), names.toString());
        for (String id : List.of("gzip", "zlib", "zstd", "lz4", "bz2", "lzma", "delta", "crc32c")) {
            assertTrue(CodecRegistry.global().byV2Id(id).isPresent(), id);
        }
        for (String alias : List.of("numcodecs.crc32c", "numcodecs.gzip", "numcodecs.zstd")) {
            assertTrue(CodecRegistry.global().byName(alias).isPresent(), alias);
        }
    }

    /**
     * The smallest configuration a provider accepts for a data type and rank, or empty when the codec does
     * not apply (e.g. delta on bool). Unknown providers get an empty configuration.
     */
    static Optional<JsonNode> minimalConfig(String name, DataType type, int rank) {
        ObjectNode c = CodecConfig.object();
        switch (name) {
            case "bytes" -> c.put("endian", "big");
            case "transpose" -> {
                var order = c.putArray("order");
                for (int i = rank - 1; i >= 0; i--) {
                    order.add(i);
                }
            }
            case "numcodecs.delta" -> {
                if (!type.isInteger()) {
                    return Optional.empty(); // float deltas round, as NumPy's do: not a lossless round trip
                }
                c.put("dtype", type.numpyTypestr());
            }
            case "blosc" -> c.put("cname", "lz4").put("clevel", 5).put("shuffle", "shuffle")
                    .put("typesize", type.itemSize()).put("blocksize", 0);
            case "sharding_indexed" -> {
                var inner = c.putArray("chunk_shape");
                for (int i = 0; i < rank; i++) {
                    inner.add(1);
                }
                c.putArray("codecs").addObject().put("name", "bytes").putObject("configuration").put("endian", "big");
                var index = c.putArray("index_codecs");
                index.addObject().put("name", "bytes").putObject("configuration").put("endian", "little");
                index.addObject().put("name", "crc32c");
            }
            default -> {
            }
        }
        return Optional.of(c);
    }

    @ParameterizedTest
    @MethodSource("providerNames")
    void roundTripsEveryTypeAndShape(String name) {
        CodecProvider provider = CodecRegistry.global().byName(name).orElseThrow();
        int cases = 0;
        for (DataType type : TYPES) {
            for (int[] shape : SHAPES) {
                Optional<JsonNode> config = minimalConfig(name, type, shape.length);
                if (config.isEmpty()) {
                    continue;
                }
                Codec codec = provider.fromV3(config.get(), CodecTestData.context(type));
                ChunkSpec spec = CodecTestData.spec(type, shape);
                int n = (int) spec.numElements();
                for (byte[] data : List.of(CodecTestData.random((int) spec.byteSize(), cases),
                        CodecTestData.ramp(n, type, cases))) {
                    if (type == DataType.BOOL) {
                        for (int i = 0; i < data.length; i++) {
                            data[i] &= 1;
                        }
                    }
                    roundTrip(codec, spec, data);
                    cases++;
                }
                jsonRoundTrip(codec, type);
            }
        }
        assertTrue(cases > 0, "no case applied to " + name);
    }

    private static void roundTrip(Codec codec, ChunkSpec spec, byte[] data) {
        byte[] copy = data.clone();
        String what = codec + " on " + spec;
        if (codec instanceof ArrayToArrayCodec a) {
            ChunkSpec encodedSpec = a.encodedSpec(spec);
            byte[] enc = a.encode(data, spec);
            assertEquals(encodedSpec.byteSize(), enc.length, what);
            assertArrayEquals(copy, a.decode(enc, spec), what);
            byte[] shorter = java.util.Arrays.copyOf(enc, enc.length - 1);
            assertThrows(CodecException.class, () -> a.decode(shorter, spec), what);
        } else if (codec instanceof ArrayToBytesCodec a) {
            byte[] enc = a.encode(data, spec);
            assertTrue(enc.length <= a.maxEncodedSize(spec), what);
            assertArrayEquals(copy, a.decode(enc, spec), what);
            int[] fewer = spec.shape();
            fewer[0]--;
            ChunkSpec smaller = spec.withShape(fewer);
            assertThrows(CodecException.class, () -> a.decode(enc, smaller), what);
        } else {
            BytesToBytesCodec b = (BytesToBytesCodec) codec;
            byte[] enc = b.encode(data);
            assertTrue(enc.length <= b.maxEncodedSize(data.length), what + ": " + enc.length);
            assertArrayEquals(copy, b.decode(enc, data.length), what);
            assertArrayEquals(copy, b.decode(enc, data.length + 1000L), what);
            CodecException e = assertThrows(CodecException.class, () -> b.decode(enc, data.length - 1), what);
            assertTrue(e.getMessage().startsWith(shortName(codec)), e.getMessage());
            assertArrayEquals(new byte[0], b.decode(b.encode(new byte[0]), 0), what + " (empty)");
        }
        assertArrayEquals(copy, data, what + " modified its input");
    }

    /** Messages start with the codec's short name (numcodecs.zlib says "zlib: ..."). */
    private static String shortName(Codec codec) {
        String n = codec.name();
        return n.startsWith("numcodecs.") ? n.substring("numcodecs.".length()) : n;
    }

    private static void jsonRoundTrip(Codec codec, DataType type) {
        ObjectNode v3 = codec.toV3Json();
        assertEquals(codec, CodecRegistry.global().fromV3(v3, CodecTestData.context(type)), v3.toString());
        Optional<ObjectNode> v2 = codec.toV2Json();
        if (v2.isPresent()) {
            assertEquals(codec, CodecRegistry.global().fromV2(v2.get(), CodecTestData.context(type)),
                    v2.get().toString());
        }
    }

    @Test
    void registryRejectsDuplicateNamesAndIds() {
        List<CodecProvider> providers = new ArrayList<>(CodecRegistry.global().providers());
        assertFalse(providers.isEmpty());
        for (CodecProvider p : providers) {
            CodecRegistry r = new CodecRegistry().register(p);
            CodecProvider twin = copyOf(p);
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> r.register(twin), p.name());
            assertTrue(e.getMessage().contains("registered twice"), e.getMessage());
        }
    }

    /** A second provider object with the same names (the registry accepts re-registering the same object). */
    private static CodecProvider copyOf(CodecProvider p) {
        return new CodecProvider() {
            @Override
            public String name() {
                return p.name();
            }

            @Override
            public Set<String> v2Ids() {
                return p.v2Ids();
            }

            @Override
            public Codec fromV3(JsonNode configuration, CodecContext context) {
                return p.fromV3(configuration, context);
            }
        };
    }
}
