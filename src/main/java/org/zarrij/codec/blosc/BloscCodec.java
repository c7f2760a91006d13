package org.zarrij.codec.blosc;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.zarrij.codec.BytesToBytesCodec;
import org.zarrij.codec.CodecConfig;

/**
 * The {@code blosc} codec (Zarr v3 {@code blosc}, numcodecs {@code blosc} in v2). The configuration only
 * matters for encoding: decoding follows each frame's own header, whatever the metadata says.
 */
public final class BloscCodec implements BytesToBytesCodec {
    public static final String NAME = "blosc";

    private final BloscCompressor compressor;
    private final int typesize;

    /** {@code typesize} is the configured one (kept for the metadata even when above Blosc's 255). */
    public BloscCodec(BloscCname cname, int clevel, BloscShuffle shuffle, int typesize, int blocksize) {
        this.compressor = new BloscCompressor(cname, clevel, shuffle, typesize, blocksize);
        this.typesize = typesize;
    }

    public BloscCname cname() {
        return compressor.cname();
    }

    public int clevel() {
        return compressor.clevel();
    }

    public BloscShuffle shuffle() {
        return compressor.shuffle();
    }

    public int typesize() {
        return typesize;
    }

    public int blocksize() {
        return compressor.blocksize();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public byte[] encode(byte[] bytes) {
        return compressor.compress(bytes);
    }

    @Override
    public byte[] decode(byte[] bytes, long maxDecodedSize) {
        return BloscDecompressor.decompress(bytes, maxDecodedSize);
    }

    /** Decodes straight into {@code dst}, refusing frames that claim more than {@code dst.length} bytes. */
    @Override
    public int decodeInto(byte[] bytes, byte[] dst) {
        return BloscDecompressor.decompress(bytes, 0, bytes.length, dst, 0, dst.length);
    }

    @Override
    public boolean decodesInPlace() {
        return true;
    }

    /** Never more than the data plus the 16-byte header: incompressible data is stored uncompressed. */
    @Override
    public long maxEncodedSize(long decodedSize) {
        return decodedSize + BloscHeader.SIZE;
    }

    @Override
    public ObjectNode toV3Json() {
        ObjectNode c = CodecConfig.object();
        c.put("cname", cname().configName());
        c.put("clevel", clevel());
        c.put("shuffle", shuffle().configName());
        c.put("typesize", typesize);
        c.put("blocksize", blocksize());
        return CodecConfig.v3(NAME, c);
    }

    @Override
    public Optional<ObjectNode> toV2Json() {
        ObjectNode c = CodecConfig.object();
        c.put("id", NAME);
        c.put("cname", cname().configName());
        c.put("clevel", clevel());
        c.put("shuffle", shuffle().code());
        c.put("blocksize", blocksize());
        return Optional.of(c);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BloscCodec b && cname() == b.cname() && clevel() == b.clevel() && shuffle() == b.shuffle()
                && typesize == b.typesize && blocksize() == b.blocksize();
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(cname(), clevel(), shuffle(), typesize, blocksize());
    }

    @Override
    public String toString() {
        return "blosc(" + cname().configName() + ", clevel " + clevel() + ", " + shuffle().configName()
                + ", typesize " + typesize + ", blocksize " + blocksize() + ")";
    }
}
