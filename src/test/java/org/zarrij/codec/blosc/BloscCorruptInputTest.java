package org.zarrij.codec.blosc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.zarrij.CodecException;
import org.zarrij.codec.blosc.BloscCompressor.SplitMode;

/** Lying headers, truncated frames and corrupt streams: always a clear CodecException, quickly. */
class BloscCorruptInputTest {
    private static final BloscCname[] WRITABLE = {BloscCname.BLOSCLZ, BloscCname.LZ4, BloscCname.LZ4HC,
        BloscCname.ZLIB, BloscCname.ZSTD};

    /** A frame of several split blocks (4 blocks of 4096 bytes, the last one shorter). */
    private static byte[] frame(BloscCname cname, BloscShuffle shuffle) {
        byte[] data = TestData.compressible(14000, 2, 3);
        return new BloscCompressor(cname, 5, shuffle, 2, 4096, SplitMode.ALWAYS, true).compress(data);
    }

    private static String error(byte[] frame, long max) {
        return assertThrows(CodecException.class, () -> BloscDecompressor.decompress(frame, max)).getMessage();
    }

    private static void putInt(byte[] b, int at, long v) {
        BloscHeader.writeInt32(b, at, (int) v);
    }

    @Test
    void everyTruncationIsRefused() {
        for (BloscCname cname : WRITABLE) {
            byte[] f = frame(cname, BloscShuffle.SHUFFLE);
            // every short length, then a spread of lengths and the last few ones
            for (int len = 0; len < f.length; len += len < 64 || len > f.length - 8 ? 1 : 29) {
                byte[] cut = java.util.Arrays.copyOf(f, len);
                String m = error(cut, 14000);
                assertTrue(m.startsWith("blosc: frame is truncated"), m);
                if (len >= 16) {
                    // also when the header is patched to agree with the shorter length
                    putInt(cut, 12, len);
                    m = assertThrows(CodecException.class, () -> BloscDecompressor.decompress(cut, 14000)).getMessage();
                    assertTrue(m.startsWith("blosc: "), m);
                }
            }
        }
        assertEquals("blosc: frame is truncated: 15 bytes, a header needs 16", error(new byte[15], 100));
    }

    @Test
    void hugeDecodedSizeIsRefusedBeforeAllocating() {
        byte[] f = frame(BloscCname.LZ4, BloscShuffle.SHUFFLE);
        putInt(f, 4, 0xFFFFFFF0L);
        assertEquals("blosc: header says 4294967280 bytes, at most 14000 expected", error(f, 14000));
        putInt(f, 4, 14001);
        assertEquals("blosc: header says 14001 bytes, at most 14000 expected", error(f, 14000));
        byte[] into = new byte[100];
        byte[] g = frame(BloscCname.LZ4, BloscShuffle.SHUFFLE);
        CodecException e = assertThrows(CodecException.class,
                () -> BloscDecompressor.decompress(g, 0, g.length, into, 10, 90));
        assertEquals("blosc: header says 14000 bytes, at most 90 expected", e.getMessage());
    }

    @Test
    void lyingBlocksizeIsRefused() {
        byte[] f = frame(BloscCname.ZSTD, BloscShuffle.NOSHUFFLE);
        putInt(f, 8, 0);
        assertEquals("blosc: header says blocksize 0, expected 1..14000 for 14000 decoded bytes", error(f, 14000));
        putInt(f, 8, 20000);
        assertEquals("blosc: header says blocksize 20000, expected 1..14000 for 14000 decoded bytes",
                error(f, 14000));
        // 1-byte blocks would need a table of 14000 starts, far beyond the frame
        putInt(f, 8, 1);
        assertTrue(error(f, 14000).startsWith("blosc: the starts of 14000 blocks end at byte 56016, beyond the"));
        // a different block size that fits the table: the streams no longer match
        putInt(f, 8, 3500);
        assertTrue(error(f, 14000).startsWith("blosc: block "));
    }

    @Test
    void blockStartsAndStreamSizesAreChecked() {
        byte[] f = frame(BloscCname.BLOSCLZ, BloscShuffle.SHUFFLE);
        int cbytes = f.length;
        byte[] g = f.clone();
        putInt(g, 16 + 4 * 3, 9999);
        assertEquals("blosc: block 3 starts at 9999 beyond the " + cbytes + "-byte frame", error(g, 14000));
        g = f.clone();
        putInt(g, 16 + 4, 4);
        assertEquals("blosc: block 1 starts at 4, inside the header and block table (32 bytes)", error(g, 14000));
        g = f.clone();
        long start = BloscHeader.readUnsigned32(g, 16 + 4 * 2);
        putInt(g, (int) start, 0x7FFFFFF0L);
        assertEquals("blosc: block 2 stream 0 claims 2147483632 compressed bytes at " + (start + 4)
                + ", beyond the " + cbytes + "-byte frame", error(g, 14000));
    }

    @Test
    void otherHeaderLies() {
        byte[] f = frame(BloscCname.LZ4, BloscShuffle.SHUFFLE);
        byte[] g = f.clone();
        g[0] = 3;
        assertTrue(error(g, 14000).startsWith("blosc: frame format version 3 is not supported"));
        g = f.clone();
        g[2] |= 0x08;
        assertTrue(error(g, 14000).contains("reserved bit 0x08"));
        g = f.clone();
        g[2] = (byte) ((g[2] & 0x1F) | 6 << 5);
        assertEquals("blosc: compressor 'unknown #6' is not supported", error(g, 14000));
        g = f.clone();
        g[3] = 0;
        assertEquals("blosc: header says typesize 0", error(g, 14000));
        g = f.clone();
        g[2] |= BloscHeader.FLAG_MEMCPYED;
        assertEquals("blosc: uncompressed frame of 14000 bytes must have 14016 bytes, header says " + f.length,
                error(g, 14000));
        putInt(g, 12, 10);
        assertEquals("blosc: header says the frame has 10 bytes, less than its own 16-byte header", error(g, 14000));
        // a split block size that is not a multiple of the stream count
        g = f.clone();
        putInt(g, 8, 4095);
        assertTrue(error(g, 14000).contains("cannot be split into 2 streams"));
    }

    @Test
    void corruptStreamsGiveCodecExceptionsQuickly() {
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            Random r = new Random(7);
            for (BloscCname cname : WRITABLE) {
                for (BloscShuffle shuffle : BloscShuffle.values()) {
                    byte[] f = frame(cname, shuffle);
                    int errors = 0;
                    for (int t = 0; t < 300; t++) {
                        byte[] bad = f.clone();
                        for (int k = 0; k <= r.nextInt(3); k++) {
                            // corrupt the block table and streams, not the header (tested above)
                            bad[16 + r.nextInt(bad.length - 16)] = (byte) r.nextInt();
                        }
                        try {
                            byte[] out = BloscDecompressor.decompress(bad, 14000);
                            assertEquals(14000, out.length);
                        } catch (CodecException e) {
                            assertTrue(e.getMessage().startsWith("blosc: "), e.getMessage());
                            errors++;
                        }
                    }
                    assertTrue(errors > 0, cname + " " + shuffle + ": corruption is noticed");
                }
            }
        });
    }

    @Test
    void snappyAndEmptyFrames() {
        byte[] f = frame(BloscCname.LZ4, BloscShuffle.SHUFFLE);
        f[2] = (byte) ((f[2] & 0x1F) | BloscCname.SNAPPY.formatCode() << 5);
        assertEquals("blosc: compressor 'snappy' is not supported", error(f, 14000));
        // what c-blosc writes for no data: nbytes 0, memcpyed
        byte[] empty = {2, 1, 0x33, 2, 0, 0, 0, 0, 1, 0, 0, 0, 16, 0, 0, 0};
        assertEquals(0, BloscDecompressor.decompress(empty, 0).length);
    }
}
