package org.zarrij.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.zarrij.CodecException;
import org.zarrij.codec.blosc.BloscCname;
import org.zarrij.codec.blosc.BloscCodec;
import org.zarrij.codec.blosc.BloscShuffle;
import org.zarrij.codec.bytes.BytesCodec;
import org.zarrij.codec.compress.GzipCodec;
import org.zarrij.dtype.DataType;

/** Decoding into a reused buffer gives the same chunk as decoding into a new array, or falls back to it. */
class CodecChainBufferTest {
    private static final ChunkSpec SPEC = new ChunkSpec(new int[]{16, 32}, DataType.UINT16, new byte[2]);
    private static final BloscCodec BLOSC = new BloscCodec(BloscCname.LZ4, 5, BloscShuffle.SHUFFLE, 2, 0);

    private static byte[] chunk(long seed) {
        byte[] b = new byte[(int) SPEC.byteSize()];
        Random r = new Random(seed);
        for (int i = 0; i < b.length; i += 2) {
            int v = 1000 + i / 8 + r.nextInt(20);
            b[i] = (byte) v;
            b[i + 1] = (byte) (v >> 8);
        }
        return b;
    }

    @Test
    void bloscDecodesIntoTheBufferAndTheBufferIsReusable() {
        CodecChain chain = new CodecChain(List.of(BytesCodec.LITTLE, BLOSC), SPEC, "test");
        assertEquals(SPEC.byteSize(), chain.decodeBufferSize());
        byte[] buffer = new byte[chain.decodeBufferSize()];
        for (long seed = 0; seed < 3; seed++) {
            byte[] original = chunk(seed);
            byte[] stored = chain.encode(original);
            byte[] decoded = chain.decode(stored, buffer);
            assertSame(buffer, decoded, "blosc and a little-endian bytes codec decode in place");
            assertArrayEquals(original, decoded);
            assertArrayEquals(chain.decode(stored), decoded);
        }
    }

    @Test
    void chainsThatCannotDecodeInPlaceFallBackToNewArrays() {
        CodecChain gzip = new CodecChain(List.of(BytesCodec.LITTLE, new GzipCodec(1)), SPEC, "test");
        assertEquals(0, gzip.decodeBufferSize());
        byte[] original = chunk(7);
        byte[] decoded = gzip.decode(gzip.encode(original), new byte[(int) SPEC.byteSize()]);
        assertArrayEquals(original, decoded);

        // gzip inside blosc: the inner gzip stage decodes to a new array, blosc (applied last) into the buffer
        CodecChain both = new CodecChain(List.of(BytesCodec.LITTLE, BLOSC, new GzipCodec(1)), SPEC, "test");
        byte[] buffer = new byte[both.decodeBufferSize()];
        assertSame(buffer, both.decode(both.encode(original), buffer));
        assertArrayEquals(original, buffer);

        // a big-endian bytes codec swaps into a new array; a buffer of the wrong size is not used at all
        CodecChain big = new CodecChain(List.of(BytesCodec.BIG, BLOSC), SPEC, "test");
        byte[] stored = big.encode(original);
        byte[] swapped = big.decode(stored, new byte[big.decodeBufferSize()]);
        assertArrayEquals(original, swapped);
        byte[] small = new byte[8];
        byte[] viaNew = big.decode(stored, small);
        assertNotSame(small, viaNew);
        assertArrayEquals(original, viaNew);
    }

    @Test
    void aFrameClaimingMoreThanTheBufferIsRefused() {
        ChunkSpec bigger = new ChunkSpec(new int[]{32, 32}, DataType.UINT16, new byte[2]);
        byte[] stored = new CodecChain(List.of(BytesCodec.LITTLE, BLOSC), bigger, "test")
                .encode(new byte[(int) bigger.byteSize()]);
        CodecChain chain = new CodecChain(List.of(BytesCodec.LITTLE, BLOSC), SPEC, "test");
        CodecException e = assertThrows(CodecException.class,
                () -> chain.decode(stored, new byte[chain.decodeBufferSize()]));
        assertTrue(e.getMessage().contains("at most " + SPEC.byteSize()), e.getMessage());
    }

    @Test
    void theDefaultDecodeIntoCopiesAndRefusesTooMuch() {
        GzipCodec gzip = new GzipCodec(1);
        byte[] original = chunk(3);
        byte[] stored = gzip.encode(original);
        byte[] dst = new byte[original.length + 10];
        assertEquals(original.length, gzip.decodeInto(stored, dst));
        assertArrayEquals(original, java.util.Arrays.copyOf(dst, original.length));
        assertThrows(CodecException.class, () -> gzip.decodeInto(stored, new byte[original.length - 1]));
    }
}
