package org.zarrij.codec.transform;

import java.util.Set;
import org.zarrij.MetadataException;
import org.zarrij.codec.Codec;
import org.zarrij.codec.CodecConfig;
import org.zarrij.codec.SameConfigCodecProvider;
import org.zarrij.dtype.DataType;
import org.zarrij.dtype.DataType.NumpyType;

/**
 * Builds {@link DeltaCodec}: v3 {@code numcodecs.delta {"dtype": "<i4", "astype": "<i4"}}, v2
 * {@code {"id": "delta", "dtype": "<i4", "astype": "<i4"}} ({@code astype} defaults to {@code dtype}).
 */
public final class DeltaCodecProvider extends SameConfigCodecProvider {

    @Override
    public String name() {
        return DeltaCodec.NAME;
    }

    @Override
    public Set<String> v2Ids() {
        return Set.of(DeltaCodec.V2_ID);
    }


    @Override
    protected Codec read(CodecConfig config) {
        NumpyType dtype = type(config, "dtype", null);
        NumpyType astype = type(config, "astype", dtype);
        String problem = DeltaCodec.problem(dtype, astype);
        if (problem != null) {
            throw new MetadataException(config.context().where() + ": " + problem);
        }
        return new DeltaCodec(dtype, astype);
    }

    private static NumpyType type(CodecConfig config, String field, NumpyType defaultValue) {
        if (!config.has(field) && defaultValue != null) {
            return defaultValue;
        }
        String s = config.string(field, null);
        return DataType.fromNumpy(s).orElseThrow(() -> new MetadataException(config.context().at(field)
                + ": expected a NumPy type string such as \"<i4\" or \"|u1\", found \"" + s + "\""));
    }
}
