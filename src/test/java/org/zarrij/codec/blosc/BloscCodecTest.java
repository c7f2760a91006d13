package org.zarrij.codec.blosc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.zarrij.CodecException;
import org.zarrij.MetadataException;
import org.zarrij.codec.Codec;
import org.zarrij.codec.CodecContext;
import org.zarrij.codec.CodecRegistry;
import org.zarrij.dtype.DataType;

class BloscCodecTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final CodecContext UINT16 = new CodecContext(DataType.UINT16, "a/zarr.json: /codecs/1");
    private static final CodecContext UINT8 = new CodecContext(DataType.UINT8, "a/.zarray: /compressor");

    private static JsonNode json(String s) {
        try {
            return JSON.readTree(s);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static BloscCodec v3(String configuration, CodecContext ctx) {
        Codec c = CodecRegistry.global().fromV3(json("{\"name\": \"blosc\", \"configuration\": " + configuration + "}"),
                ctx);
        return assertInstanceOf(BloscCodec.class, c);
    }

    private static BloscCodec v2(String config, CodecContext ctx) {
        return assertInstanceOf(BloscCodec.class, CodecRegistry.global().fromV2(json(config), ctx));
    }

    @Test
    void readsAndWritesTheV3Form() {
        BloscCodec c = v3("{\"cname\": \"zstd\", \"clevel\": 3, \"shuffle\": \"bitshuffle\", \"typesize\": 4,"
                + " \"blocksize\": 65536}", UINT16);
        assertEquals(BloscCname.ZSTD, c.cname());
        assertEquals(3, c.clevel());
        assertEquals(BloscShuffle.BITSHUFFLE, c.shuffle());
        assertEquals(4, c.typesize(), "the configured typesize wins over the data type");
        assertEquals(65536, c.blocksize());
        assertEquals(json("{\"name\":\"blosc\",\"configuration\":{\"cname\":\"zstd\",\"clevel\":3,"
                + "\"shuffle\":\"bitshuffle\",\"typesize\":4,\"blocksize\":65536}}"), c.toV3Json());
        assertEquals(json("{\"id\":\"blosc\",\"cname\":\"zstd\",\"clevel\":3,\"shuffle\":2,\"blocksize\":65536}"),
                c.toV2Json().orElseThrow());
    }

    @Test
    void v3DefaultsComeFromTheDataType() {
        BloscCodec c = v3("{\"cname\": \"lz4\", \"clevel\": 5, \"shuffle\": \"shuffle\", \"blocksize\": 0}", UINT16);
        assertEquals(2, c.typesize());
        BloscCodec bare = assertInstanceOf(BloscCodec.class, CodecRegistry.global().fromV3(json("\"blosc\""), UINT8));
        assertEquals(BloscCname.LZ4, bare.cname());
        assertEquals(5, bare.clevel());
        assertEquals(BloscShuffle.BITSHUFFLE, bare.shuffle(), "zarr-python's default for 1-byte types");
        assertEquals(1, bare.typesize());
        assertEquals(BloscShuffle.SHUFFLE, v3("{\"shuffle\": 1}", UINT16).shuffle(), "numcodecs integers accepted");
    }

    @Test
    void badV3ConfigurationsNameTheField() {
        MetadataException e = assertThrows(MetadataException.class, () -> v3("{\"cname\": \"lzma\"}", UINT16));
        assertTrue(e.getMessage().startsWith("a/zarr.json: /codecs/1/configuration/cname: expected one of"),
                e.getMessage());
        e = assertThrows(MetadataException.class, () -> v3("{\"clevel\": 12}", UINT16));
        assertEquals("a/zarr.json: /codecs/1/configuration/clevel: expected an integer 0..9, found 12", e.getMessage());
        e = assertThrows(MetadataException.class, () -> v3("{\"shuffle\": \"bytes\"}", UINT16));
        assertTrue(e.getMessage().contains("/configuration/shuffle: expected one of [noshuffle, shuffle, bitshuffle]"));
        e = assertThrows(MetadataException.class, () -> v3("{\"typesize\": 0}", UINT16));
        assertTrue(e.getMessage().contains("/configuration/typesize: expected an integer 1.."));
        e = assertThrows(MetadataException.class, () -> v3("{\"blocksize\": -1}", UINT16));
        assertTrue(e.getMessage().contains("/configuration/blocksize"));
    }

    @Test
    void readsAndWritesTheV2Form() {
        BloscCodec c = v2("{\"id\":\"blosc\",\"cname\":\"lz4\",\"clevel\":5,\"shuffle\":1,\"blocksize\":0}", UINT16);
        assertEquals(BloscCname.LZ4, c.cname());
        assertEquals(BloscShuffle.SHUFFLE, c.shuffle());
        assertEquals(2, c.typesize());
        assertEquals(json("{\"id\":\"blosc\",\"cname\":\"lz4\",\"clevel\":5,\"shuffle\":1,\"blocksize\":0}"),
                c.toV2Json().orElseThrow());
        // AUTOSHUFFLE: bit shuffle for 1-byte items, byte shuffle otherwise
        assertEquals(BloscShuffle.BITSHUFFLE, v2("{\"id\":\"blosc\",\"shuffle\":-1}", UINT8).shuffle());
        assertEquals(BloscShuffle.SHUFFLE, v2("{\"id\":\"blosc\",\"shuffle\":-1}", UINT16).shuffle());
        assertEquals(BloscShuffle.NOSHUFFLE, v2("{\"id\":\"blosc\",\"shuffle\":0}", UINT16).shuffle());
        MetadataException e = assertThrows(MetadataException.class,
                () -> v2("{\"id\":\"blosc\",\"shuffle\":3}", UINT8));
        assertEquals("a/.zarray: /compressor/shuffle: expected an integer -1..2, found 3", e.getMessage());
    }

    @Test
    void encodesAndDecodes() {
        BloscCodec c = v3("{\"cname\": \"lz4\", \"clevel\": 5, \"shuffle\": \"shuffle\", \"typesize\": 2}", UINT16);
        byte[] data = TestData.compressible(100_000, 2, 1);
        byte[] frame = c.encode(data);
        assertTrue(frame.length < data.length);
        assertTrue(frame.length <= c.maxEncodedSize(data.length));
        assertArrayEquals(data, c.decode(frame, data.length));
        CodecException e = assertThrows(CodecException.class, () -> c.decode(frame, 1000));
        assertEquals("blosc: header says 100000 bytes, at most 1000 expected", e.getMessage());
        byte[] random = TestData.random(5000, 2);
        assertEquals(random.length + 16, c.encode(random).length);
        assertEquals(5016, c.maxEncodedSize(5000));
    }

    @Test
    void decodingFollowsTheFrameNotTheConfiguration() {
        byte[] data = TestData.compressible(50_000, 4, 9);
        byte[] frame = new BloscCompressor(BloscCname.ZLIB, 7, BloscShuffle.BITSHUFFLE, 4, 0).compress(data);
        BloscCodec snappy = v3("{\"cname\": \"snappy\", \"shuffle\": \"noshuffle\", \"typesize\": 8}", UINT16);
        assertArrayEquals(data, snappy.decode(frame, data.length));
        CodecException e = assertThrows(CodecException.class, () -> snappy.encode(data));
        assertEquals("blosc: compressor 'snappy' is not supported", e.getMessage());
    }

    @Test
    void isRegistered() {
        assertInstanceOf(BloscCodecProvider.class, CodecRegistry.global().byName("blosc").orElseThrow());
        assertInstanceOf(BloscCodecProvider.class, CodecRegistry.global().byV2Id("blosc").orElseThrow());
        ObjectNode config = (ObjectNode) json("{\"typesize\": 300}");
        BloscCodec big = (BloscCodec) new BloscCodecProvider().fromV3(config, UINT16);
        assertEquals(300, big.typesize(), "kept for the metadata; frames use typesize 1 like c-blosc");
        byte[] data = TestData.compressible(3000, 2, 4);
        byte[] frame = big.encode(data);
        assertEquals(1, frame[3]);
        assertArrayEquals(data, big.decode(frame, data.length));
    }
}
