package org.zarrij.array;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.zarrij.codec.ChunkSpec;
import org.zarrij.codec.Codec;
import org.zarrij.codec.CodecChain;
import org.zarrij.dtype.DataType;

/**
 * The metadata of one array in the v3 model, whatever its zarr_format: v2 arrays are read into it
 * (order F becomes a transpose codec, the dtype's byte order the bytes codec's endian, compressor and
 * filters become codecs, dimension_separator a key encoding) and keep their {@link V2Layout} for writing.
 *
 * @param document the stored document as read (v3 zarr.json or v2 .zarray), so fields we do not know survive a rewrite
 */
public record ArrayMetadata(
        int zarrFormat,
        long[] shape,
        int[] chunkShape,
        DataType dataType,
        byte[] fillValue,
        List<Codec> codecs,
        ChunkKeyEncoding chunkKeyEncoding,
        List<String> dimensionNames,
        ObjectNode attributes,
        V2Layout v2,
        ObjectNode document) {

    public ArrayMetadata {
        shape = shape.clone();
        chunkShape = chunkShape.clone();
        fillValue = fillValue.clone();
        codecs = List.copyOf(codecs);
        dimensionNames = dimensionNames == null ? null : java.util.Collections.unmodifiableList(
                new java.util.ArrayList<>(dimensionNames));
        attributes = attributes == null ? Json.object() : attributes.deepCopy();
        document = document == null ? Json.object() : document.deepCopy();
    }

    public int rank() {
        return shape.length;
    }

    public ChunkGrid chunkGrid() {
        return new ChunkGrid(shape, chunkShape);
    }

    public ChunkSpec chunkSpec() {
        return new ChunkSpec(chunkShape, dataType, fillValue);
    }

    /** The codec chain bound to this array's chunk spec (checked once). */
    public CodecChain codecChain(String where) {
        return new CodecChain(codecs, chunkSpec(), where);
    }

    public Optional<V2Layout> v2Layout() {
        return Optional.ofNullable(v2);
    }

    public long numElements() {
        long n = 1;
        for (long s : shape) {
            n *= s;
        }
        return n;
    }

    @Override
    public long[] shape() {
        return shape.clone();
    }

    @Override
    public int[] chunkShape() {
        return chunkShape.clone();
    }

    @Override
    public byte[] fillValue() {
        return fillValue.clone();
    }

    @Override
    public ObjectNode attributes() {
        return attributes.deepCopy();
    }

    @Override
    public ObjectNode document() {
        return document.deepCopy();
    }

    public ArrayMetadata withShape(long[] newShape) {
        return new ArrayMetadata(zarrFormat, newShape, chunkShape, dataType, fillValue, codecs, chunkKeyEncoding,
                dimensionNames, attributes, v2, document);
    }

    public ArrayMetadata withAttributes(ObjectNode newAttributes) {
        return new ArrayMetadata(zarrFormat, shape, chunkShape, dataType, fillValue, codecs, chunkKeyEncoding,
                dimensionNames, newAttributes, v2, document);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ArrayMetadata m && zarrFormat == m.zarrFormat && Arrays.equals(shape, m.shape)
                && Arrays.equals(chunkShape, m.chunkShape) && dataType == m.dataType
                && Arrays.equals(fillValue, m.fillValue) && chunkKeyEncoding.equals(m.chunkKeyEncoding)
                && java.util.Objects.equals(dimensionNames, m.dimensionNames) && attributes.equals(m.attributes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(shape) * 31 + dataType.hashCode();
    }

    @Override
    public String toString() {
        return "ArrayMetadata[v" + zarrFormat + " " + Arrays.toString(shape) + " chunks " + Arrays.toString(chunkShape)
                + " " + dataType + "]";
    }
}
