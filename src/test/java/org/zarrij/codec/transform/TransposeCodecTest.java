package org.zarrij.codec.transform;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.zarrij.CodecException;
import org.zarrij.MetadataException;
import org.zarrij.codec.ChunkSpec;
import org.zarrij.codec.CodecRegistry;
import org.zarrij.codec.CodecTestData;
import org.zarrij.dtype.DataType;

class TransposeCodecTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void transposesAMatrix() {
        ChunkSpec spec = CodecTestData.spec(DataType.UINT8, 2, 3);
        TransposeCodec t = TransposeCodec.reversed(2);
        assertArrayEquals(new int[] {1, 0}, t.order());
        assertArrayEquals(new int[] {3, 2}, t.encodedSpec(spec).shape());
        byte[] enc = t.encode(new byte[] {1, 2, 3, 4, 5, 6}, spec);
        assertArrayEquals(new byte[] {1, 4, 2, 5, 3, 6}, enc);
        assertArrayEquals(new byte[] {1, 2, 3, 4, 5, 6}, t.decode(enc, spec));
    }

    /** Every element size and ranks 1..5 (with size-1 and larger, tiled dimensions) against a naive copy. */
    @Test
    void matchesANaiveTransposeForRandomPermutations() {
        Random r = new Random(42);
        List<DataType> types = List.of(DataType.UINT8, DataType.INT16, DataType.FLOAT32, DataType.INT64,
                DataType.COMPLEX128);
        for (int rank = 1; rank <= 5; rank++) {
            for (int trial = 0; trial < 8; trial++) {
                int[] shape = new int[rank];
                for (int k = 0; k < rank; k++) {
                    shape[k] = rank <= 2 ? 1 + r.nextInt(70) : 1 + r.nextInt(7);
                }
                List<Integer> perm = new ArrayList<>();
                for (int k = 0; k < rank; k++) {
                    perm.add(k);
                }
                Collections.shuffle(perm, r);
                int[] order = perm.stream().mapToInt(Integer::intValue).toArray();
                DataType type = types.get(r.nextInt(types.size()));
                ChunkSpec spec = CodecTestData.spec(type, shape);
                byte[] data = CodecTestData.random((int) spec.byteSize(), trial);
                TransposeCodec t = new TransposeCodec(order);
                byte[] enc = t.encode(data, spec);
                assertArrayEquals(naive(data, shape, order, type.itemSize()), enc,
                        java.util.Arrays.toString(shape) + " " + t + " " + type);
                assertArrayEquals(data, t.decode(enc, spec));
            }
        }
    }

    @Test
    void largeMatricesAcrossTiles() {
        for (DataType type : List.of(DataType.UINT8, DataType.FLOAT64)) {
            int[] shape = {257, 301};
            ChunkSpec spec = CodecTestData.spec(type, shape);
            byte[] data = CodecTestData.random((int) spec.byteSize(), 3);
            TransposeCodec t = TransposeCodec.reversed(2);
            byte[] enc = t.encode(data, spec);
            assertArrayEquals(naive(data, shape, new int[] {1, 0}, type.itemSize()), enc);
            assertArrayEquals(data, t.decode(enc, spec));
        }
    }

    /** Encoded index (j_0..j_{n-1}) holds decoded index i with i[order[k]] = j_k. */
    private static byte[] naive(byte[] src, int[] shape, int[] order, int size) {
        int rank = shape.length;
        int[] enc = new int[rank];
        for (int k = 0; k < rank; k++) {
            enc[k] = shape[order[k]];
        }
        byte[] out = new byte[src.length];
        int[] j = new int[rank];
        int total = src.length / size;
        for (int flat = 0; flat < total; flat++) {
            int rest = flat;
            for (int k = rank - 1; k >= 0; k--) {
                j[k] = rest % enc[k];
                rest /= enc[k];
            }
            int[] i = new int[rank];
            for (int k = 0; k < rank; k++) {
                i[order[k]] = j[k];
            }
            int srcFlat = 0;
            for (int k = 0; k < rank; k++) {
                srcFlat = srcFlat * shape[k] + i[k];
            }
            System.arraycopy(src, srcFlat * size, out, flat * size, size);
        }
        return out;
    }

    @Test
    void badOrdersNameTheField() throws Exception {
        expectError("{}", "test/zarr.json: /codecs/0/configuration/order: required permutation (e.g. [1, 0]) is missing");
        expectError("{\"order\":\"F\"}",
                "test/zarr.json: /codecs/0/configuration/order: expected an array of dimension indices, found \"F\"");
        expectError("{\"order\":[0,2]}",
                "test/zarr.json: /codecs/0/configuration/order/1: expected an integer 0..1, found 2");
        expectError("{\"order\":[1,1]}",
                "test/zarr.json: /codecs/0/configuration/order: order [1, 1] repeats 1, expected a permutation");
        expectError("{\"order\":[0.5,1]}",
                "test/zarr.json: /codecs/0/configuration/order/0: expected an integer 0..1, found 0.5");
    }

    private static void expectError(String config, String message) throws Exception {
        var entry = JSON.readTree("{\"name\":\"transpose\",\"configuration\":" + config + "}");
        MetadataException e = assertThrows(MetadataException.class,
                () -> CodecRegistry.global().fromV3(entry, CodecTestData.context(DataType.INT8)));
        assertEquals(message, e.getMessage());
    }

    @Test
    void wrongRankAndLengthAreRefused() {
        TransposeCodec t = new TransposeCodec(new int[] {0, 2, 1});
        MetadataException e = assertThrows(MetadataException.class,
                () -> t.encodedSpec(CodecTestData.spec(DataType.INT8, 2, 2)));
        assertEquals("transpose: order [0, 2, 1] has 3 entries, but the chunk has 2 dimensions", e.getMessage());
        ChunkSpec spec = CodecTestData.spec(DataType.INT16, 2, 2, 2);
        CodecException c = assertThrows(CodecException.class, () -> t.decode(new byte[15], spec));
        assertEquals("transpose: chunk has 15 bytes, expected 16 for ChunkSpec[2, 2, 2] int16", c.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new TransposeCodec(new int[] {0, 3}));
    }

    @Test
    void jsonForm() throws Exception {
        assertEquals(JSON.readTree("{\"name\":\"transpose\",\"configuration\":{\"order\":[2,1,0]}}"),
                TransposeCodec.reversed(3).toV3Json());
        assertEquals(TransposeCodec.reversed(3), new TransposeCodec(new int[] {2, 1, 0}));
    }
}
