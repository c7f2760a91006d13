package org.zarrij.array;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.zarrij.codec.Codec;
import org.zarrij.codec.CodecRegistry;
import org.zarrij.dtype.DataType;
import org.zarrij.dtype.DataType.ByteOrderMark;
import org.zarrij.store.MemoryStore;

/**
 * Region reads and writes against a plain reference: random shapes, chunks, data types, formats, orders,
 * byte orders, fill values, compressors and regions (slices with steps and single indices).
 */
class RegionIoPropertyTest {

    record Case(long[] shape, int[] chunks, DataType type, int format, char order, ByteOrderMark byteOrder,
                String compressor, long seed) {
        @Override
        public String toString() {
            return "v" + format + " " + java.util.Arrays.toString(shape) + "/" + java.util.Arrays.toString(chunks) + " "
                    + type + " " + order + " " + byteOrder + " " + compressor + " seed " + seed;
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<Integer> rank = Arbitraries.integers().between(0, 4);
        return rank.flatMap(r -> Combinators.combine(
                Arbitraries.longs().between(0, 11).array(long[].class).ofSize(r),
                Arbitraries.integers().between(1, 5).array(int[].class).ofSize(r),
                Arbitraries.of(DataType.class),
                Arbitraries.of(2, 3),
                Arbitraries.of('C', 'F'),
                Arbitraries.of(ByteOrderMark.LITTLE, ByteOrderMark.BIG),
                // blosc decodes into each read worker's reused buffer, gzip into new arrays
                Arbitraries.of("none", "blosc", "gzip"),
                Arbitraries.longs()).as(Case::new));
    }

    @Property(tries = 300)
    void writeThenReadMatchesReference(@ForAll("cases") Case c) {
        Random rnd = new Random(c.seed());
        int item = c.type().itemSize();
        long n = 1;
        for (long s : c.shape()) {
            n *= s;
        }
        byte[] fill = randomElement(c.type(), rnd);
        byte[] reference = new byte[(int) n * item];
        for (int i = 0; i < n; i++) {
            System.arraycopy(fill, 0, reference, i * item, item);
        }
        MemoryStore store = new MemoryStore();
        ArrayDefinition def = ArrayDefinition.of(c.shape(), c.chunks(), c.type()).withZarrFormat(c.format())
                .withOrder(c.order()).withByteOrder(c.byteOrder()).withFillValue(fill)
                .withCompressors(compressors(c.compressor(), c.type()));
        ZarrArray array = Zarr.createArray(store, "a", def, false);

        for (int round = 0; round < 3; round++) {
            Region w = randomRegion(c.shape(), rnd);
            byte[] values = new byte[(int) w.numElements() * item];
            for (int i = 0; i < w.numElements(); i++) {
                System.arraycopy(randomElement(c.type(), rnd), 0, values, i * item, item);
            }
            array.write(w, toPrimitive(values, c.type()));
            apply(reference, c.shape(), w, values, item, true);
        }
        ZarrArray reopened = Zarr.openArray(store, "a");
        for (int round = 0; round < 3; round++) {
            Region r = randomRegion(c.shape(), rnd);
            byte[] expected = new byte[(int) r.numElements() * item];
            apply(reference, c.shape(), r, expected, item, false);
            byte[] actual = toBytes(reopened.read(r), c.type());
            assertArrayEquals(expected, actual, "region " + r + " of " + c);
        }
    }

    static List<Codec> compressors(String name, DataType type) {
        String json = switch (name) {
            case "blosc" -> "{\"name\":\"blosc\",\"configuration\":{\"cname\":\"lz4\",\"clevel\":5,"
                    + "\"shuffle\":\"shuffle\",\"typesize\":" + type.itemSize() + ",\"blocksize\":0}}";
            case "gzip" -> "{\"name\":\"gzip\",\"configuration\":{\"level\":1}}";
            default -> null;
        };
        if (json == null) {
            return List.of();
        }
        ObjectNode entry = Json.parseObject(json.getBytes(StandardCharsets.UTF_8), "test codec");
        return List.of(ArrayDefinition.codec(CodecRegistry.global(), entry, type));
    }

    static Region randomRegion(long[] shape, Random rnd) {
        List<Slice> slices = new ArrayList<>();
        for (long s : shape) {
            int kind = rnd.nextInt(4);
            if (kind == 0 && s > 0) {
                slices.add(Slice.at(rnd.nextInt((int) s)));
            } else {
                long a = s == 0 ? 0 : rnd.nextInt((int) s + 1);
                long b = s == 0 ? 0 : rnd.nextInt((int) s + 1);
                slices.add(new Slice(Math.min(a, b), Math.max(a, b), 1 + (kind == 1 ? rnd.nextInt(4) : 0), false));
            }
        }
        return new Region(slices);
    }

    /** Copies between the reference (C order of {@code shape}) and a region's values (C order of its full shape). */
    static void apply(byte[] reference, long[] shape, Region region, byte[] values, int item, boolean intoReference) {
        long[] full = region.fullShape();
        long total = region.numElements();
        long[] idx = new long[shape.length];
        for (long v = 0; v < total; v++) {
            long pos = 0;
            for (int d = 0; d < shape.length; d++) {
                Slice s = region.slices().get(d);
                pos = pos * shape[d] + s.start() + idx[d] * s.step();
            }
            if (intoReference) {
                System.arraycopy(values, (int) v * item, reference, (int) pos * item, item);
            } else {
                System.arraycopy(reference, (int) pos * item, values, (int) v * item, item);
            }
            for (int d = shape.length - 1; d >= 0 && ++idx[d] == full[d]; d--) {
                idx[d] = 0;
            }
        }
    }

    static byte[] randomElement(DataType t, Random rnd) {
        ByteBuffer b = ByteBuffer.allocate(t.itemSize()).order(ByteOrder.LITTLE_ENDIAN);
        switch (t) {
            case BOOL -> b.put((byte) rnd.nextInt(2));
            case FLOAT16 -> b.putShort((short) (rnd.nextInt(0x7000)));
            case FLOAT32 -> b.putFloat(rnd.nextInt(2000) / 8f - 100);
            case FLOAT64 -> b.putDouble(rnd.nextGaussian());
            case COMPLEX64 -> b.putFloat(rnd.nextInt(100)).putFloat(-rnd.nextInt(100));
            case COMPLEX128 -> b.putDouble(rnd.nextGaussian()).putDouble(rnd.nextGaussian());
            default -> {
                byte[] raw = new byte[t.itemSize()];
                rnd.nextBytes(raw);
                b.put(raw);
            }
        }
        return b.array();
    }

    static Object toPrimitive(byte[] bytes, DataType t) {
        Primitive p = Primitive.of(t);
        Object out = p.allocate(bytes.length / p.bytes());
        ChunkView.of(p, bytes).get(0, out, 0, bytes.length / p.bytes());
        return out;
    }

    static byte[] toBytes(Object primitive, DataType t) {
        Primitive p = Primitive.of(t);
        int n = Primitive.length(primitive);
        byte[] out = new byte[n * p.bytes()];
        ChunkView.of(p, out).put(primitive, 0, 0, n);
        return out;
    }
}
