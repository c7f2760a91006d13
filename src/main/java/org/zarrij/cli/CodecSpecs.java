package org.zarrij.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.zarrij.ZarrException;
import org.zarrij.array.ArrayDefinition;
import org.zarrij.array.Json;
import org.zarrij.codec.Codec;
import org.zarrij.codec.CodecRegistry;
import org.zarrij.dtype.DataType;

/**
 * Translates the command line's codec SPEC into codecs:
 * {@code none | gzip[:level] | zlib[:level] | zstd[:level] | lz4 | bz2 | blosc[:cname[:clevel[:shuffle]]]}.
 */
final class CodecSpecs {
    private CodecSpecs() {
    }

    static List<Codec> parse(String spec, DataType dataType) {
        String[] p = spec.trim().split(":", -1);
        ObjectNode entry = Json.object();
        ObjectNode config = Json.object();
        try {
            switch (p[0]) {
                case "none" -> {
                    expectAtMost(p, 1, spec);
                    return List.of();
                }
                case "gzip", "zlib" -> {
                    expectAtMost(p, 2, spec);
                    entry.put("name", p[0].equals("gzip") ? "gzip" : "numcodecs.zlib");
                    config.put("level", p.length > 1 ? Integer.parseInt(p[1]) : 5);
                }
                case "zstd" -> {
                    expectAtMost(p, 2, spec);
                    entry.put("name", "zstd");
                    config.put("level", p.length > 1 ? Integer.parseInt(p[1]) : 0);
                    config.put("checksum", false);
                }
                case "lz4" -> {
                    expectAtMost(p, 1, spec);
                    entry.put("name", "numcodecs.lz4");
                    config.put("acceleration", 1);
                }
                case "bz2" -> {
                    expectAtMost(p, 2, spec);
                    entry.put("name", "numcodecs.bz2");
                    config.put("level", p.length > 1 ? Integer.parseInt(p[1]) : 9);
                }
                case "blosc" -> {
                    expectAtMost(p, 4, spec);
                    entry.put("name", "blosc");
                    config.put("cname", p.length > 1 ? p[1] : "lz4");
                    config.put("clevel", p.length > 2 ? Integer.parseInt(p[2]) : 5);
                    config.put("shuffle", p.length > 3 ? p[3] : "shuffle");
                    config.put("typesize", dataType.itemSize());
                    config.put("blocksize", 0);
                }
                default -> throw new ZarrException("codec '" + spec + "': expected none, gzip[:level], zlib[:level],"
                        + " zstd[:level], lz4, bz2 or blosc[:cname[:clevel[:shuffle|bitshuffle|noshuffle]]]");
            }
        } catch (NumberFormatException e) {
            throw new ZarrException("codec '" + spec + "': level must be an integer");
        }
        entry.set("configuration", config);
        return List.of(ArrayDefinition.codec(CodecRegistry.global(), entry, dataType));
    }

    private static void expectAtMost(String[] parts, int n, String spec) {
        if (parts.length > n) {
            throw new ZarrException("codec '" + spec + "': too many ':' fields");
        }
    }
}
