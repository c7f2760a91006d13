package org.zarrij.codec.blosc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.zarrij.codec.blosc.BloscCompressor.SplitMode;

class BloscRoundTripPropertyTest {

    @Provide
    Arbitrary<BloscCname> writableCnames() {
        return Arbitraries.of(BloscCname.BLOSCLZ, BloscCname.LZ4, BloscCname.LZ4HC, BloscCname.ZLIB, BloscCname.ZSTD);
    }

    @Provide
    Arbitrary<byte[]> data() {
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(20_000);
        // few distinct values in runs: compressible, so that the compressed paths are taken too
        Arbitrary<byte[]> runs = Arbitraries.bytes().between((byte) 0, (byte) 3).array(byte[].class).ofMaxSize(2_000)
                .map(b -> {
                    byte[] out = new byte[b.length * 10];
                    for (int i = 0; i < out.length; i++) {
                        out[i] = b[i / 10];
                    }
                    return out;
                });
        return Arbitraries.oneOf(random, runs);
    }

    @Property(tries = 300)
    void compressThenDecompressGivesTheData(@ForAll("writableCnames") BloscCname cname,
            @ForAll BloscShuffle shuffle, @ForAll @IntRange(min = 0, max = 9) int clevel,
            @ForAll @IntRange(min = 1, max = 40) int typesize, @ForAll @IntRange(min = 0, max = 5000) int blocksize,
            @ForAll SplitMode splitMode, @ForAll boolean exactBlocksize, @ForAll("data") byte[] data) {
        BloscCompressor c = new BloscCompressor(cname, clevel, shuffle, typesize, blocksize, splitMode,
                exactBlocksize);
        byte[] frame = c.compress(data);
        assertTrue(frame.length <= data.length + 16);
        assertArrayEquals(data, BloscDecompressor.decompress(frame, data.length));
    }
}
