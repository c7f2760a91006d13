package org.zarrij.codec.transform;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import org.zarrij.CodecException;
import org.zarrij.MetadataException;
import org.zarrij.codec.ArrayToArrayCodec;
import org.zarrij.codec.ChunkSpec;
import org.zarrij.codec.CodecConfig;

/**
 * The {@code transpose} codec: permutes the chunk's dimensions. As in the Zarr v3 spec, encoded dimension
 * {@code i} is decoded dimension {@code order[i]}. Zarr v2's order "F" is {@link #reversed(int)}.
 */
public final class TransposeCodec implements ArrayToArrayCodec {
    static final String NAME = "transpose";
    private final int[] order;
    /** inverse[order[i]] == i. */
    private final int[] inverse;

    public TransposeCodec(int[] order) {
        String problem = permutationProblem(order);
        if (problem != null) {
            throw new IllegalArgumentException("transpose: " + problem);
        }
        this.order = order.clone();
        this.inverse = new int[order.length];
        for (int i = 0; i < order.length; i++) {
            inverse[order[i]] = i;
        }
    }

    /** The permutation that turns C order into Fortran order: {@code [rank-1, ..., 1, 0]}. */
    public static TransposeCodec reversed(int rank) {
        int[] order = new int[rank];
        for (int i = 0; i < rank; i++) {
            order[i] = rank - 1 - i;
        }
        return new TransposeCodec(order);
    }

    /** Why {@code order} is not a permutation of 0..n-1, or null when it is. */
    static String permutationProblem(int[] order) {
        boolean[] seen = new boolean[order.length];
        for (int v : order) {
            if (v < 0 || v >= order.length) {
                return "order " + Arrays.toString(order) + " has entry " + v + ", expected 0.." + (order.length - 1);
            }
            if (seen[v]) {
                return "order " + Arrays.toString(order) + " repeats " + v + ", expected a permutation";
            }
            seen[v] = true;
        }
        return null;
    }

    public int[] order() {
        return order.clone();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ChunkSpec encodedSpec(ChunkSpec decoded) {
        checkRank(decoded);
        int[] shape = decoded.shape();
        int[] encoded = new int[order.length];
        for (int i = 0; i < order.length; i++) {
            encoded[i] = shape[order[i]];
        }
        return decoded.withShape(encoded);
    }

    private void checkRank(ChunkSpec decoded) {
        if (decoded.rank() != order.length) {
            throw new MetadataException(NAME + ": order " + Arrays.toString(order) + " has " + order.length
                    + " entries, but the chunk has " + decoded.rank() + " dimensions");
        }
    }

    @Override
    public byte[] encode(byte[] chunk, ChunkSpec decoded) {
        checkRank(decoded);
        checkLength(chunk, decoded);
        int[] strides = cStrides(decoded.shape());
        int[] encodedShape = new int[order.length];
        int[] gatherStrides = new int[order.length];
        int[] shape = decoded.shape();
        for (int i = 0; i < order.length; i++) {
            encodedShape[i] = shape[order[i]];
            gatherStrides[i] = strides[order[i]];
        }
        byte[] out = new byte[chunk.length];
        StridedCopy.gather(chunk, out, encodedShape, gatherStrides, decoded.dataType().itemSize());
        return out;
    }

    @Override
    public byte[] decode(byte[] chunk, ChunkSpec decoded) {
        checkRank(decoded);
        checkLength(chunk, decoded);
        int[] shape = decoded.shape();
        int[] encodedShape = new int[order.length];
        for (int i = 0; i < order.length; i++) {
            encodedShape[i] = shape[order[i]];
        }
        int[] encodedStrides = cStrides(encodedShape);
        int[] gatherStrides = new int[order.length];
        for (int d = 0; d < order.length; d++) {
            gatherStrides[d] = encodedStrides[inverse[d]];
        }
        byte[] out = new byte[chunk.length];
        StridedCopy.gather(chunk, out, shape, gatherStrides, decoded.dataType().itemSize());
        return out;
    }

    private static void checkLength(byte[] chunk, ChunkSpec spec) {
        if (chunk.length != spec.byteSize()) {
            throw new CodecException(NAME + ": chunk has " + chunk.length + " bytes, expected " + spec.byteSize()
                    + " for " + spec);
        }
    }

    /** C-order strides in elements. */
    private static int[] cStrides(int[] shape) {
        int[] strides = new int[shape.length];
        int s = 1;
        for (int k = shape.length - 1; k >= 0; k--) {
            strides[k] = s;
            s *= shape[k];
        }
        return strides;
    }

    @Override
    public ObjectNode toV3Json() {
        ObjectNode config = CodecConfig.object();
        ArrayNode a = config.putArray("order");
        for (int v : order) {
            a.add(v);
        }
        return CodecConfig.v3(NAME, config);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TransposeCodec t && Arrays.equals(order, t.order);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(order);
    }

    @Override
    public String toString() {
        return "TransposeCodec" + Arrays.toString(order);
    }
}
