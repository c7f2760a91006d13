package org.zarrij.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.zarrij.array.Json;
import org.zarrij.array.ZarrArray;
import org.zarrij.array.ZarrGroup;
import org.zarrij.array.ZarrNode;
import org.zarrij.codec.Codec;
import org.zarrij.codec.sharding.ShardingCodec;
import org.zarrij.dtype.FillValues;
import org.zarrij.ngff.NgffSummary;
import org.zarrij.store.Store;
import org.zarrij.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code zarr-ij info URI [--json]}: what an array or group is. */
@Command(name = "info", description = "Describe a Zarr array or group.")
final class InfoCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "URI", description = "A local path, file: URI, .zip, http(s):// URL or s3:// URI")
    String uri;

    @Option(names = "--array", paramLabel = "PATH", description = "A node inside the store")
    String path = "";

    @Option(names = "--json", description = "Print one JSON object")
    boolean json;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try (Store store = Stores.open(uri, false)) {
            ZarrNode node = org.zarrij.array.Zarr.open(store, path);
            ObjectNode info = describe(node);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(new String(Json.write(info), java.nio.charset.StandardCharsets.UTF_8));
            } else {
                printText(info, out);
            }
            return Main.OK;
        }
    }

    static ObjectNode describe(ZarrNode node) {
        ObjectNode o = Json.object();
        o.put("path", node.path());
        if (node instanceof ZarrArray a) {
            o.put("node", "array");
            o.put("zarr_format", a.zarrFormat());
            ArrayNode shape = o.putArray("shape");
            Arrays.stream(a.shape()).forEach(shape::add);
            ArrayNode chunks = o.putArray("chunks");
            if (a.codecChain().arrayToBytes() instanceof ShardingCodec s) {
                Arrays.stream(s.innerShape()).forEach(chunks::add);
                ArrayNode shards = o.putArray("shards");
                Arrays.stream(a.chunkShape()).forEach(shards::add);
            } else {
                Arrays.stream(a.chunkShape()).forEach(chunks::add);
            }
            o.put("dtype", numpyDtype(a));
            o.set("fill_value", FillValues.toJson(a.metadata().fillValue(), a.dataType()));
            ArrayNode codecs = o.putArray("codecs");
            for (Codec c : a.metadata().codecs()) {
                codecs.add(c.toV3Json());
            }
            a.metadata().v2Layout().ifPresent(v2 -> o.put("order", String.valueOf(v2.order())));
            if (a.metadata().dimensionNames() != null) {
                ArrayNode names = o.putArray("dimension_names");
                a.metadata().dimensionNames().forEach(names::add);
            }
            o.set("attributes", a.attributes());
        } else {
            ZarrGroup g = (ZarrGroup) node;
            o.put("node", "group");
            o.put("zarr_format", g.zarrFormat());
            o.set("attributes", g.attributes());
            NgffSummary.of(g).ifPresent(s -> o.set("ome", s));
            ArrayNode children = o.putArray("children");
            if (!g.canListChildren()) {
                o.put("children_unknown", true);
            }
            for (ZarrNode c : g.children()) {
                ObjectNode child = children.addObject();
                child.put("name", c.path().substring(c.path().lastIndexOf('/') + 1));
                child.put("node", c instanceof ZarrArray ? "array" : "group");
            }
        }
        return o;
    }

    /** NumPy's dtype string with the stored byte order (from the v2 dtype or the v3 bytes codec). */
    static String numpyDtype(ZarrArray a) {
        var order = a.metadata().v2Layout().map(v -> v.byteOrder()).orElse(null);
        if (order == null) {
            boolean big = a.metadata().codecs().stream().anyMatch(c -> c.name().equals("bytes")
                    && "big".equals(c.toV3Json().path("configuration").path("endian").asText()));
            order = big ? org.zarrij.dtype.DataType.ByteOrderMark.BIG : org.zarrij.dtype.DataType.ByteOrderMark.LITTLE;
        }
        return a.dataType().numpyTypestr(order);
    }

    private static void printText(ObjectNode info, PrintWriter out) {
        out.println("node:        " + info.get("node").asText() + (info.get("path").asText().isEmpty() ? ""
                : " (" + info.get("path").asText() + ")"));
        out.println("zarr_format: " + info.get("zarr_format").asInt());
        if (info.get("node").asText().equals("array")) {
            out.println("shape:       " + info.get("shape"));
            out.println("chunks:      " + info.get("chunks"));
            if (info.has("shards")) {
                out.println("shards:      " + info.get("shards"));
            }
            out.println("dtype:       " + info.get("dtype").asText());
            out.println("fill_value:  " + info.get("fill_value"));
            StringBuilder codecs = new StringBuilder();
            for (JsonNode c : info.get("codecs")) {
                codecs.append(codecs.length() > 0 ? ", " : "").append(c.get("name").asText());
                if (c.has("configuration")) {
                    codecs.append(c.get("configuration"));
                }
            }
            out.println("codecs:      " + codecs);
        } else {
            StringBuilder ch = new StringBuilder();
            for (JsonNode c : info.get("children")) {
                ch.append(ch.length() > 0 ? ", " : "").append(c.get("name").asText()).append(" (")
                        .append(c.get("node").asText()).append(')');
            }
            String none = info.has("children_unknown") ? "(unknown: the store cannot list folders and there is no"
                    + " consolidated metadata)" : "(none)";
            out.println("children:    " + (ch.length() == 0 ? none : ch));
            if (info.has("ome")) {
                NgffSummary.lines((ObjectNode) info.get("ome")).forEach(out::println);
            }
        }
        if (!info.get("attributes").isEmpty()) {
            out.println("attributes:  " + info.get("attributes"));
        }
    }
}
