package org.zarrij.codec.blosc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.zarrij.CodecException;
import org.zarrij.codec.blosc.BloscCompressor.SplitMode;

class BloscRoundTripTest {

    static List<Arguments> cnamesAndShuffles() {
        List<Arguments> a = new ArrayList<>();
        for (BloscCname c : BloscCname.values()) {
            if (c.canCompress()) {
                for (BloscShuffle s : BloscShuffle.values()) {
                    a.add(Arguments.of(c, s));
                }
            }
        }
        return a;
    }

    private static byte[] roundTrip(BloscCompressor c, byte[] data) {
        byte[] frame = c.compress(data);
        assertTrue(frame.length <= data.length + 16, "a frame is at most 16 bytes larger than its data");
        BloscHeader h = BloscHeader.read(frame, 0, frame.length);
        assertEquals(data.length, h.nbytes());
        assertEquals(frame.length, h.cbytes());
        assertEquals(data.length, BloscDecompressor.decodedSize(frame, 0, frame.length));
        assertArrayEquals(data, BloscDecompressor.decompress(frame, data.length), () -> c.cname() + " "
                + c.shuffle() + " typesize " + c.typesize() + " length " + data.length + " header " + h);
        return frame;
    }

    @ParameterizedTest
    @MethodSource("cnamesAndShuffles")
    void roundTripsManyShapes(BloscCname cname, BloscShuffle shuffle) {
        int clevel = 1;
        for (int typesize : new int[] {1, 2, 3, 4, 7, 8, 16, 17, 255, 300}) {
            for (int length : new int[] {0, 1, 2, typesize - 1, typesize + 1, 127, 128, 129,
                1000 * Math.min(typesize, 16) + 3, 70000}) {
                byte[] data = TestData.compressible(Math.max(0, length), Math.min(typesize, 8), length * 13L + typesize);
                clevel = clevel % 9 + 1;
                roundTrip(new BloscCompressor(cname, clevel, shuffle, typesize, 0), data);
                roundTrip(new BloscCompressor(cname, clevel, shuffle, typesize, 256), data);
                if (length < 20000) {
                    // small exact blocks, split and not, so that many blocks and a leftover one are exercised
                    roundTrip(new BloscCompressor(cname, clevel, shuffle, typesize, 128 * Math.min(typesize, 16),
                            SplitMode.ALWAYS, true), data);
                    roundTrip(new BloscCompressor(cname, clevel, shuffle, typesize, 100, SplitMode.NEVER, true),
                            data);
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("cnamesAndShuffles")
    void largerThanSeveralBlocks(BloscCname cname, BloscShuffle shuffle) {
        byte[] data = TestData.compressible(600_003, 2, 77);
        byte[] frame = roundTrip(new BloscCompressor(cname, 3, shuffle, 2, 0), data);
        BloscHeader h = BloscHeader.read(frame, 0, frame.length);
        assertFalse(h.memcpyed());
        assertTrue(h.blockCount() > 1, "several blocks: " + h);
        int expected = shuffle == BloscShuffle.NOSHUFFLE ? data.length : data.length / 2;
        assertTrue(frame.length < expected, "compresses: " + frame.length);
    }

    @ParameterizedTest
    @EnumSource(value = BloscCname.class, names = "SNAPPY", mode = EnumSource.Mode.EXCLUDE)
    void everyLevelWorksAndLevelZeroStoresUncompressed(BloscCname cname) {
        byte[] data = TestData.compressible(50_000, 4, 5);
        for (int clevel = 0; clevel <= 9; clevel++) {
            byte[] frame = roundTrip(new BloscCompressor(cname, clevel, BloscShuffle.SHUFFLE, 4, 0), data);
            BloscHeader h = BloscHeader.read(frame, 0, frame.length);
            assertEquals(clevel == 0, h.memcpyed(), "clevel " + clevel);
            assertEquals(cname.formatCode(), h.compressorFormat());
            assertTrue(h.byteShuffled());
        }
    }

    @Test
    void incompressibleAndTinyDataIsStoredUncompressed() {
        byte[] random = TestData.random(100_000, 1);
        byte[] frame = roundTrip(new BloscCompressor(BloscCname.LZ4, 5, BloscShuffle.SHUFFLE, 2, 0), random);
        assertTrue(BloscHeader.read(frame, 0, frame.length).memcpyed());
        assertEquals(random.length + 16, frame.length);
        byte[] tiny = TestData.compressible(127, 1, 1);
        frame = roundTrip(new BloscCompressor(BloscCname.ZSTD, 5, BloscShuffle.NOSHUFFLE, 1, 0), tiny);
        assertTrue(BloscHeader.read(frame, 0, frame.length).memcpyed());
        frame = roundTrip(new BloscCompressor(BloscCname.ZSTD, 5, BloscShuffle.NOSHUFFLE, 1, 0), new byte[0]);
        assertEquals(16, frame.length);
    }

    @Test
    void blocksizeFollowsCBloscRules() {
        // c-blosc 1.21: lz4 at level 5 starts from 4 x 32 KiB; split codecs scale by the typesize (<= 1 MiB)
        assertEquals(256 << 10, new BloscCompressor(BloscCname.LZ4, 5, BloscShuffle.SHUFFLE, 2, 0)
                .computeBlocksize(512 << 10));
        assertEquals(1 << 20, new BloscCompressor(BloscCname.LZ4, 9, BloscShuffle.SHUFFLE, 8, 0)
                .computeBlocksize(8 << 20));
        // zstd is not split: 2 x 32 KiB x 4 at level 5
        assertEquals(256 << 10, new BloscCompressor(BloscCname.ZSTD, 5, BloscShuffle.SHUFFLE, 2, 0)
                .computeBlocksize(8 << 20));
        // forced block sizes: at least 128, raised to 64 KiB for split codecs, always a multiple of typesize
        assertEquals(255, new BloscCompressor(BloscCname.ZSTD, 5, BloscShuffle.SHUFFLE, 3, 256).computeBlocksize(10000));
        assertEquals(1 << 16, new BloscCompressor(BloscCname.LZ4, 5, BloscShuffle.SHUFFLE, 2, 256)
                .computeBlocksize(1 << 20));
        assertEquals(2000, new BloscCompressor(BloscCname.LZ4, 5, BloscShuffle.SHUFFLE, 2, 256).computeBlocksize(2000));
        assertEquals(1, new BloscCompressor(BloscCname.LZ4, 5, BloscShuffle.SHUFFLE, 4, 0).computeBlocksize(3));
    }

    @Test
    void snappyCannotCompress() {
        BloscCompressor c = new BloscCompressor(BloscCname.SNAPPY, 5, BloscShuffle.SHUFFLE, 2, 0);
        CodecException e = assertThrows(CodecException.class, () -> c.compress(new byte[1000]));
        assertEquals("blosc: compressor 'snappy' is not supported", e.getMessage());
    }
}
