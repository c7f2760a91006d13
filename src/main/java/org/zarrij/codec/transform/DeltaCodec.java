package org.zarrij.codec.transform;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.zarrij.CodecException;
import org.zarrij.MetadataException;
import org.zarrij.codec.ArrayToArrayCodec;
import org.zarrij.codec.ChunkSpec;
import org.zarrij.codec.CodecConfig;
import org.zarrij.codec.bytes.ByteSwap;
import org.zarrij.dtype.DataType;
import org.zarrij.dtype.DataType.ByteOrderMark;
import org.zarrij.dtype.DataType.NumpyType;

/**
 * numcodecs' {@code delta} filter on the flattened chunk: the first element, then the differences of
 * neighbours, in {@code astype}. Supported: any integer {@code dtype}/{@code astype} pair (NumPy's wrapping
 * casts), and float32/float64 with the same type (lossy, like NumPy's: differences are rounded).
 *
 * <p>Byte order: the chain's {@code bytes} codec applies the array's byte order, which Zarr v2 writes as
 * {@code dtype}'s. When {@code astype} names the other order, the encoded elements are swapped here so that
 * they are stored in {@code astype}'s order, as numcodecs stores them.
 */
public record DeltaCodec(NumpyType dtype, NumpyType astype) implements ArrayToArrayCodec {
    static final String NAME = "numcodecs.delta";
    static final String V2_ID = "delta";

    public DeltaCodec {
        String problem = problem(dtype, astype);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    /** Delta over one data type, encoded in the same type. */
    public static DeltaCodec of(DataType type) {
        NumpyType t = new NumpyType(type, type.itemSize() == 1 ? ByteOrderMark.NOT_APPLICABLE : ByteOrderMark.LITTLE);
        return new DeltaCodec(t, t);
    }

    /** Why this pair is not supported, or null. */
    static String problem(NumpyType dtype, NumpyType astype) {
        DataType d = dtype.dataType();
        DataType a = astype.dataType();
        if (d.isInteger() && a.isInteger()) {
            return null;
        }
        if ((d == DataType.FLOAT32 || d == DataType.FLOAT64) && a == d) {
            return null;
        }
        return "delta: dtype " + dtype.typestr() + " with astype " + astype.typestr() + " is not supported"
                + " (expected integer types, or float32/float64 encoded as the same type)";
    }

    @Override
    public String name() {
        return NAME;
    }

    /** True when the encoded elements are stored in the other byte order than the decoded ones. */
    private boolean swapsEncoded() {
        ByteOrderMark reference = dtype.dataType().itemSize() > 1 ? dtype.order() : ByteOrderMark.LITTLE;
        return astype.dataType().itemSize() > 1 && astype.order() != reference;
    }

    @Override
    public ChunkSpec encodedSpec(ChunkSpec decoded) {
        checkType(decoded);
        return new ChunkSpec(decoded.shape(), astype.dataType(), null);
    }

    private void checkType(ChunkSpec decoded) {
        if (decoded.dataType() != dtype.dataType()) {
            throw new MetadataException("delta: dtype " + dtype.typestr() + " (" + dtype.dataType()
                    + ") does not match the chunk's data type " + decoded.dataType());
        }
    }

    @Override
    public byte[] encode(byte[] chunk, ChunkSpec decoded) {
        checkType(decoded);
        int n = elements(chunk, decoded, dtype.dataType(), "chunk");
        byte[] out = new byte[n * astype.dataType().itemSize()];
        DeltaKernels.encode(chunk, dtype.dataType(), out, astype.dataType(), n);
        if (swapsEncoded()) {
            ByteSwap.swap(out, out, astype.dataType().itemSize());
        }
        return out;
    }

    @Override
    public byte[] decode(byte[] chunk, ChunkSpec decoded) {
        checkType(decoded);
        int n = elements(chunk, decoded, astype.dataType(), "encoded chunk");
        byte[] in = swapsEncoded() ? ByteSwap.swapped(chunk, astype.dataType().itemSize()) : chunk;
        byte[] out = new byte[n * dtype.dataType().itemSize()];
        DeltaKernels.decode(in, astype.dataType(), out, dtype.dataType(), n);
        return out;
    }

    private static int elements(byte[] data, ChunkSpec spec, DataType type, String what) {
        long expected = spec.numElements() * type.itemSize();
        if (data.length != expected) {
            throw new CodecException("delta: " + what + " has " + data.length + " bytes, expected " + expected
                    + " (" + spec.numElements() + " x " + type + ")");
        }
        return (int) spec.numElements();
    }

    @Override
    public ObjectNode toV3Json() {
        return CodecConfig.v3(NAME, CodecConfig.object().put("dtype", dtype.typestr())
                .put("astype", astype.typestr()));
    }

    @Override
    public Optional<ObjectNode> toV2Json() {
        return Optional.of(CodecConfig.object().put("id", V2_ID).put("dtype", dtype.typestr())
                .put("astype", astype.typestr()));
    }
}
