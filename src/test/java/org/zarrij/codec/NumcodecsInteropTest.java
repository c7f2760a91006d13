package org.zarrij.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zarrij.codec.bytes.BytesCodec;
import org.zarrij.dtype.DataType;
import org.zarrij.dtype.DataType.NumpyType;
import org.zarrij.testutil.Python;

/**
 * The real peer: numcodecs 0.11 (Debian's /usr/bin/python3) encodes a set of inputs, Java decodes them;
 * then Java encodes the same inputs and a second Python run decodes them. Delta, being deterministic,
 * must also produce byte-identical encodings. (numcodecs 0.11 has no CRC32C, so crc32c is checked against
 * the published check value in its unit test instead.)
 */
class NumcodecsInteropTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Writes NAME.json {config | chain, dtype, shape}, NAME.in (input, little-endian), NAME.enc, NAME.dec. */
    private static final String ENCODE = """
            import json, os, sys
            import numpy as np
            import numcodecs
            from numcodecs import GZip, Zlib, Zstd, LZ4, BZ2, LZMA, Delta
            out = sys.argv[1]
            rng = np.random.default_rng(7)
            ramp = (np.arange(30000, dtype='<i4') // 3 + rng.integers(0, 4, 30000)).astype('<i4').tobytes()
            raw = ramp + rng.integers(0, 256, 5000, dtype=np.uint8).tobytes()
            def save(name, meta, arr_le, enc, dec):
                with open(os.path.join(out, name + '.json'), 'w') as f:
                    json.dump(meta, f)
                for ext, b in (('in', arr_le), ('enc', enc), ('dec', dec)):
                    with open(os.path.join(out, name + '.' + ext), 'wb') as f:
                        f.write(bytes(b))
            compressors = {
                'gzip1': GZip(1), 'gzip9': GZip(9), 'gzip0': GZip(0),
                'zlib1': Zlib(1), 'zlib9': Zlib(9),
                'zstd1': Zstd(1), 'zstd19': Zstd(19), 'zstd_neg': Zstd(-5),
                'lz4_1': LZ4(1), 'lz4_20': LZ4(20),
                'bz2_1': BZ2(1), 'bz2_9': BZ2(9),
                'lzma': LZMA(), 'lzma_p1_nocheck': LZMA(preset=1, check=0),
                'lzma_sha256': LZMA(preset=0, check=10), 'lzma_alone': LZMA(format=2, preset=3),
            }
            for name, codec in compressors.items():
                enc = codec.encode(raw)
                save(name, {'config': codec.get_config()}, raw, enc, codec.decode(enc))
            # zstd with checksum: numcodecs 0.11 cannot write it, but must read Java's frames.
            save('zstd_checksum', {'config': {'id': 'zstd', 'level': 3, 'checksum': True}}, raw, Zstd(3).encode(raw), raw)
            deltas = [
                ('delta_i4', '<i4', None, np.cumsum(rng.integers(-1000, 1000, 5000)).astype('<i4')),
                ('delta_u2', '<u2', None, rng.integers(0, 65536, 4000).astype('<u2')),
                ('delta_be_i4', '>i4', None, np.cumsum(rng.integers(-50, 50, 3000)).astype('>i4')),
                ('delta_i4_as_i2', '<i4', '<i2', (np.cumsum(rng.integers(-30, 30, 3000)) + 100000).astype('<i4')),
                ('delta_u1_as_i2', '|u1', '<i2', rng.integers(0, 256, 3000).astype('u1')),
                ('delta_i2_as_be', '<i2', '>i2', rng.integers(-500, 500, 3000).astype('<i2')),
                ('delta_u8', '<u8', None, rng.integers(0, 2**63, 2000, dtype=np.uint64) * np.uint64(2)),
                ('delta_i8_as_u1', '<i8', '|u1', np.cumsum(rng.integers(0, 3, 2000)).astype('<i8')),
                ('delta_f8', '<f8', None, np.cumsum(rng.normal(size=3000)).astype('<f8')),
                ('delta_f4', '<f4', None, np.cumsum(rng.normal(size=3000)).astype('<f4')),
            ]
            for name, dtype, astype, arr in deltas:
                codec = Delta(dtype=dtype, astype=astype)
                enc = codec.encode(arr)
                dec = codec.decode(enc).astype(np.dtype(dtype).newbyteorder('<'))
                le = arr.astype(np.dtype(dtype).newbyteorder('<'))
                save(name, {'config': codec.get_config(), 'dtype': dtype, 'shape': [arr.size]}, le.tobytes(),
                     enc.tobytes(), dec.tobytes())
            # A v3-style chain: transpose [2, 0, 1], big-endian bytes, gzip.
            arr = rng.integers(-30000, 30000, (3, 4, 5)).astype('<i2')
            stored = GZip(1).encode(np.ascontiguousarray(arr.transpose(2, 0, 1)).astype('>i2').tobytes())
            chain = [{'name': 'transpose', 'configuration': {'order': [2, 0, 1]}},
                     {'name': 'bytes', 'configuration': {'endian': 'big'}},
                     {'name': 'gzip', 'configuration': {'level': 1}}]
            save('chain', {'chain': chain, 'dtype': '<i2', 'shape': [3, 4, 5]}, arr.tobytes(), stored, arr.tobytes())
            print('written')
            """;

    /** Decodes every NAME.java with numcodecs and compares it with NAME.dec; prints OK/FAIL per case. */
    private static final String DECODE = """
            import json, os, sys
            import numpy as np
            import numcodecs
            from numcodecs import GZip
            d = sys.argv[1]
            for f in sorted(os.listdir(d)):
                if not f.endswith('.json'):
                    continue
                name = f[:-5]
                meta = json.load(open(os.path.join(d, f)))
                java = open(os.path.join(d, name + '.java'), 'rb').read()
                expected = open(os.path.join(d, name + '.dec'), 'rb').read()
                try:
                    if 'chain' in meta:
                        raw = GZip().decode(java)
                        back = np.frombuffer(raw, dtype='>i2').reshape(5, 3, 4).transpose(1, 2, 0)
                        got = np.ascontiguousarray(back).astype('<i2').tobytes()
                    else:
                        config = {k: v for k, v in meta['config'].items() if k != 'checksum'}
                        codec = numcodecs.get_codec(config)
                        out = codec.decode(java)
                        if 'dtype' in meta:
                            out = np.asarray(out).astype(np.dtype(meta['dtype']).newbyteorder('<'))
                        got = bytes(np.ascontiguousarray(out).view('u1'))
                    print(('OK ' if got == expected else 'FAIL ') + name)
                except Exception as e:
                    print('FAIL ' + name + ' ' + repr(e))
            """;

    @Test
    void javaAndNumcodecsReadEachOther(@TempDir Path dir) throws Exception {
        assertEquals("written", Python.run(ENCODE, dir.toString()).strip());
        Set<String> names = new TreeSet<>();
        try (var files = Files.list(dir)) {
            files.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".json"))
                    .forEach(f -> names.add(f.substring(0, f.length() - 5)));
        }
        assertTrue(names.size() >= 28, names.toString());
        for (String name : names) {
            JsonNode meta = JSON.readTree(dir.resolve(name + ".json").toFile());
            byte[] in = Files.readAllBytes(dir.resolve(name + ".in"));
            byte[] enc = Files.readAllBytes(dir.resolve(name + ".enc"));
            byte[] dec = Files.readAllBytes(dir.resolve(name + ".dec"));
            if (meta.has("config")) {
                assertSameConfig(meta.get("config"), name);
            }
            byte[] javaEncoded;
            if (meta.has("dtype")) {
                CodecChain chain = chain(meta);
                assertArrayEquals(dec, chain.decode(enc), name + ": Java decoding numcodecs' data");
                javaEncoded = chain.encode(in);
                if (name.startsWith("delta")) {
                    assertArrayEquals(enc, javaEncoded, name + ": delta encodings differ");
                }
            } else {
                BytesToBytesCodec codec = (BytesToBytesCodec) CodecRegistry.global().fromV2(meta.get("config"),
                        new CodecContext(DataType.UINT8, name));
                assertArrayEquals(dec, codec.decode(enc, in.length), name + ": Java decoding numcodecs' data");
                javaEncoded = codec.encode(in);
            }
            Files.write(dir.resolve(name + ".java"), javaEncoded);
        }
        List<String> lines = Python.run(DECODE, dir.toString()).strip().lines().toList();
        List<String> expected = new ArrayList<>();
        for (String name : names) {
            expected.add("OK " + name);
        }
        assertEquals(expected, lines, "numcodecs decoding Java's data");
    }

    /** toV2Json writes exactly numcodecs' get_config(), field order included. */
    private static void assertSameConfig(JsonNode config, String name) {
        ObjectNode written = CodecRegistry.global().fromV2(config, new CodecContext(DataType.UINT8, name))
                .toV2Json().orElseThrow();
        assertEquals(config, written, name);
        List<String> expectedFields = new ArrayList<>();
        config.fieldNames().forEachRemaining(expectedFields::add);
        List<String> writtenFields = new ArrayList<>();
        written.fieldNames().forEachRemaining(writtenFields::add);
        assertEquals(expectedFields, writtenFields, name);
    }

    /** A delta case is the v2 chain [delta, bytes(dtype's order)]; the chain case lists v3 codecs. */
    private static CodecChain chain(JsonNode meta) {
        NumpyType type = DataType.fromNumpy(meta.get("dtype").textValue()).orElseThrow();
        int[] shape = new int[meta.get("shape").size()];
        for (int i = 0; i < shape.length; i++) {
            shape[i] = meta.get("shape").get(i).intValue();
        }
        ChunkSpec spec = new ChunkSpec(shape, type.dataType(), null);
        CodecContext context = new CodecContext(type.dataType(), "interop");
        List<Codec> codecs = new ArrayList<>();
        if (meta.has("chain")) {
            for (JsonNode c : meta.get("chain")) {
                codecs.add(CodecRegistry.global().fromV3(c, context));
            }
        } else {
            codecs.add(CodecRegistry.global().fromV2(meta.get("config"), context));
            codecs.add(BytesCodec.of(type.order()));
        }
        return new CodecChain(codecs, spec, "interop");
    }
}
