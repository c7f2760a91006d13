package org.zarrij.codec.blosc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zarrij.CodecException;
import org.zarrij.codec.blosc.BloscCompressor.SplitMode;
import org.zarrij.testutil.Python;

/**
 * Interoperability with the real c-blosc through /usr/bin/python3's numcodecs, both ways, in one python run:
 * numcodecs decodes every frame we write, and we decode every frame it writes.
 */
class BloscInteropTest {
    private static final BloscCname[] WRITABLE = {BloscCname.BLOSCLZ, BloscCname.LZ4, BloscCname.LZ4HC,
        BloscCname.ZLIB, BloscCname.ZSTD};

    @TempDir
    static Path work;

    private static final Map<String, String> pythonVerdicts = new LinkedHashMap<>();
    private static final List<String> javaCaseNames = new ArrayList<>();
    private static final List<PyCase> pyCases = new ArrayList<>();
    private static byte[] pyBlob;

    /** A frame numcodecs wrote, with the parameters it was given. */
    record PyCase(String name, int rawOff, int rawLen, int frameOff, int frameLen, String expect, String cname,
            int clevel, int shuffle, int typesize, int blocksize) {
        byte[] raw() {
            return Arrays.copyOfRange(pyBlob, rawOff, rawOff + rawLen);
        }

        byte[] frame() {
            return Arrays.copyOfRange(pyBlob, frameOff, frameOff + frameLen);
        }
    }

    @BeforeAll
    static void runPythonOnce() throws IOException {
        writeJavaFrames();
        String out = Python.run(script(), work.toString());
        for (String line : out.split("\n")) {
            String[] f = line.trim().split(" ", 3);
            if (f.length >= 2 && !f[0].equals("WROTE")) {
                pythonVerdicts.put(f[1], line.trim());
            }
        }
        pyBlob = Files.readAllBytes(work.resolve("py.bin"));
        for (String line : Files.readAllLines(work.resolve("py.idx"))) {
            String[] f = line.trim().split(" ");
            pyCases.add(new PyCase(f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2]), Integer.parseInt(f[3]),
                    Integer.parseInt(f[4]), f[5], f[6], Integer.parseInt(f[7]), Integer.parseInt(f[8]),
                    Integer.parseInt(f[9]), Integer.parseInt(f[10])));
        }
    }

    private static void writeJavaFrames() throws IOException {
        ByteArrayOutputStream blob = new ByteArrayOutputStream();
        StringBuilder index = new StringBuilder();
        int caseNo = 0;
        for (BloscCname cname : WRITABLE) {
            for (BloscShuffle shuffle : BloscShuffle.values()) {
                for (int typesize : new int[] {1, 2, 3, 4, 8, 12, 16, 17}) {
                    List<Object[]> variants = new ArrayList<>();
                    // {name, length, random?, blocksize, split mode, exact blocksize?}
                    for (int length : new int[] {1, 127, 128, 1000 * typesize + 1, 3000 * typesize, 70001}) {
                        variants.add(new Object[] {"auto", length, false, 0, SplitMode.FORWARD_COMPAT, false});
                    }
                    variants.add(new Object[] {"random", 5000, true, 0, SplitMode.FORWARD_COMPAT, false});
                    variants.add(new Object[] {"forced300", 20000, false, 300, SplitMode.FORWARD_COMPAT, false});
                    variants.add(new Object[] {"split256", 5003, false, 256 * typesize, SplitMode.ALWAYS, true});
                    variants.add(new Object[] {"nosplit1000", 5003, false, 1000, SplitMode.NEVER, true});
                    variants.add(new Object[] {"bits64", 3001, false, 64, SplitMode.ALWAYS, true});
                    for (Object[] v : variants) {
                        caseNo++;
                        int clevel = caseNo % 10; // includes 0: uncompressed frames
                        int length = (Integer) v[1];
                        byte[] data = (Boolean) v[2] ? TestData.random(length, caseNo)
                                : TestData.compressible(length, typesize, caseNo);
                        BloscCompressor c = new BloscCompressor(cname, clevel, shuffle, typesize, (Integer) v[3],
                                (SplitMode) v[4], (Boolean) v[5]);
                        byte[] frame = c.compress(data);
                        String name = cname.configName() + "-" + shuffle.configName() + "-t" + typesize + "-" + v[0]
                                + length + "-c" + clevel;
                        int rawOff = blob.size();
                        blob.write(data);
                        int frameOff = blob.size();
                        blob.write(frame);
                        index.append(name).append(' ').append(rawOff).append(' ').append(data.length).append(' ')
                                .append(frameOff).append(' ').append(frame.length).append('\n');
                        javaCaseNames.add(name);
                    }
                }
            }
        }
        Files.write(work.resolve("java.bin"), blob.toByteArray());
        Files.writeString(work.resolve("java.idx"), index.toString());
    }

    private static String script() throws IOException {
        try (InputStream in = BloscInteropTest.class.getResourceAsStream("blosc_interop.py")) {
            assertNotNull(in, "blosc_interop.py resource");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void numcodecsDecodesEveryFrameWeWrite() {
        List<String> failures = new ArrayList<>();
        for (String name : javaCaseNames) {
            String verdict = pythonVerdicts.get(name);
            if (verdict == null || !verdict.startsWith("OK ")) {
                failures.add(name + ": " + verdict);
            }
        }
        assertTrue(javaCaseNames.size() > 1000, "cases: " + javaCaseNames.size());
        assertEquals(List.of(), failures, failures.size() + " of " + javaCaseNames.size() + " frames failed");
    }

    @Test
    void weDecodeEveryFrameNumcodecsWrites() {
        List<String> failures = new ArrayList<>();
        int decoded = 0;
        for (PyCase c : pyCases) {
            if (!c.expect().equals("ok")) {
                continue;
            }
            byte[] raw = c.raw();
            try {
                byte[] out = BloscDecompressor.decompress(c.frame(), raw.length);
                if (!Arrays.equals(raw, out)) {
                    failures.add(c.name() + ": decoded bytes differ");
                }
                // The same frame embedded in a larger array, decoded into the middle of another one.
                byte[] embedded = new byte[c.frameLen() + 10];
                System.arraycopy(pyBlob, c.frameOff(), embedded, 7, c.frameLen());
                byte[] into = new byte[raw.length + 5];
                int n = BloscDecompressor.decompress(embedded, 7, c.frameLen(), into, 3, raw.length);
                if (n != raw.length || !Arrays.equals(raw, Arrays.copyOfRange(into, 3, 3 + n))) {
                    failures.add(c.name() + ": decoding into an offset differs");
                }
                decoded++;
            } catch (RuntimeException e) {
                failures.add(c.name() + ": " + e);
            }
        }
        assertTrue(decoded > 500, "decoded " + decoded);
        assertEquals(List.of(), failures, failures.size() + " failures");
    }

    /** Makes sure the python frames exercise every layout the decoder knows, so the test above means something. */
    @Test
    void numcodecsFramesCoverEveryLayout() {
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (PyCase c : pyCases) {
            byte[] f = c.frame();
            BloscHeader h = BloscHeader.read(f, 0, f.length);
            if (h.memcpyed()) {
                seen.merge("memcpyed", 1, Integer::sum);
                continue;
            }
            seen.merge("format " + h.compressorName(), 1, Integer::sum);
            boolean split = !h.dontSplit() && h.typesize() > 1 && h.typesize() <= 16
                    && h.blocksize() / h.typesize() >= 128;
            if (split) {
                seen.merge("split", 1, Integer::sum);
            }
            if (h.dontSplit() && h.typesize() > 1) {
                seen.merge("not split", 1, Integer::sum);
            }
            if (h.blockCount() > 1) {
                seen.merge("several blocks", 1, Integer::sum);
            }
            if (h.nbytes() % h.blocksize() != 0) {
                seen.merge("leftover block", 1, Integer::sum);
            }
            if (h.bitShuffled() && h.typesize() > 1 && (h.blocksize() / h.typesize()) % 8 != 0) {
                seen.merge("bitshuffle copied", 1, Integer::sum);
            }
            if (h.bitShuffled() && (h.blocksize() / h.typesize()) % 8 == 0) {
                seen.merge("bitshuffle", 1, Integer::sum);
            }
            if (h.byteShuffled() && h.typesize() > 1) {
                seen.merge("byte shuffle", 1, Integer::sum);
            }
            if (h.byteShuffled() && h.blocksize() % h.typesize() != 0) {
                seen.merge("shuffle trailing bytes", 1, Integer::sum);
            }
            for (int j = 0, rawStreams = 0; j < h.blockCount() && rawStreams == 0; j++) {
                // a stream stored raw: its size equals the stream's uncompressed size
                long start = BloscHeader.readUnsigned32(f, 16 + 4 * j);
                long csize = BloscHeader.readUnsigned32(f, (int) start);
                long streamSize = split && (j < h.blockCount() - 1 || h.nbytes() % h.blocksize() == 0)
                        ? h.blocksize() / h.typesize() : Math.min(h.blocksize(), h.nbytes() - j * h.blocksize());
                if (csize == streamSize) {
                    seen.merge("raw stream", 1, Integer::sum);
                    rawStreams++;
                }
            }
        }
        for (String need : List.of("memcpyed", "format blosclz", "format lz4", "format zlib", "format zstd", "split",
                "not split", "several blocks", "leftover block", "bitshuffle copied", "bitshuffle", "byte shuffle",
                "raw stream")) {
            assertTrue(seen.containsKey(need), "no numcodecs frame covers '" + need + "': " + seen);
        }
    }

    /** Our automatic and forced block sizes are c-blosc's (they depend on compressor, level, typesize, size). */
    @Test
    void blocksizesAreTheOnesCBloscChooses() {
        List<String> failures = new ArrayList<>();
        for (PyCase c : pyCases) {
            byte[] f = c.frame();
            BloscHeader h = BloscHeader.read(f, 0, f.length);
            BloscCompressor ours = new BloscCompressor(BloscCname.fromName(c.cname()).orElseThrow(), c.clevel(),
                    BloscShuffle.fromCode(c.shuffle(), c.typesize()).orElseThrow(), c.typesize(), c.blocksize());
            int bs = ours.computeBlocksize(c.rawLen());
            if (bs != h.blocksize()) {
                failures.add(c.name() + ": c-blosc " + h.blocksize() + ", ours " + bs);
            }
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void snappyFrameIsReportedAsUnsupported() {
        PyCase snappy = pyCases.stream().filter(c -> c.expect().equals("unsupported")).findFirst().orElseThrow();
        byte[] f = snappy.frame();
        BloscHeader h = BloscHeader.read(f, 0, f.length);
        assertEquals("snappy", h.compressorName());
        assertTrue(!h.memcpyed(), "numcodecs compressed with snappy");
        CodecException e = assertThrows(CodecException.class,
                () -> BloscDecompressor.decompress(snappy.frame(), snappy.rawLen()));
        assertEquals("blosc: compressor 'snappy' is not supported", e.getMessage());
    }
}
