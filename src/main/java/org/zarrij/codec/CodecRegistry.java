package org.zarrij.codec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import org.zarrij.MetadataException;
import org.zarrij.UnknownExtensionException;

/**
 * Finds codec providers by v3 name or v2 id. {@link #global()} is filled once through
 * {@link ServiceLoader}; a registry can also take explicit registrations. Duplicate names fail at once.
 */
public final class CodecRegistry {
    private static volatile CodecRegistry global;

    private final Map<String, CodecProvider> byName = new LinkedHashMap<>();
    private final Map<String, CodecProvider> byV2Id = new LinkedHashMap<>();

    /** The registry of every provider on the class path. */
    public static CodecRegistry global() {
        CodecRegistry g = global;
        if (g == null) {
            synchronized (CodecRegistry.class) {
                g = global;
                if (g == null) {
                    g = new CodecRegistry();
                    ClassLoader loader = CodecRegistry.class.getClassLoader();
                    for (CodecProvider p : ServiceLoader.load(CodecProvider.class, loader)) {
                        g.register(p);
                    }
                    global = g;
                }
            }
        }
        return g;
    }

    public synchronized CodecRegistry register(CodecProvider provider) {
        for (String n : names(provider)) {
            CodecProvider old = byName.putIfAbsent(n, provider);
            if (old != null && old != provider) {
                throw new IllegalStateException("codec name '" + n + "' registered twice: "
                        + old.getClass().getName() + " and " + provider.getClass().getName());
            }
        }
        for (String id : provider.v2Ids()) {
            CodecProvider old = byV2Id.putIfAbsent(id, provider);
            if (old != null && old != provider) {
                throw new IllegalStateException("codec v2 id '" + id + "' registered twice: "
                        + old.getClass().getName() + " and " + provider.getClass().getName());
            }
        }
        return this;
    }

    private static java.util.List<String> names(CodecProvider p) {
        java.util.List<String> n = new java.util.ArrayList<>();
        n.add(p.name());
        n.addAll(p.aliases());
        return n;
    }

    public synchronized Optional<CodecProvider> byName(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public synchronized Optional<CodecProvider> byV2Id(String id) {
        return Optional.ofNullable(byV2Id.get(id));
    }

    public synchronized Collection<CodecProvider> providers() {
        return new java.util.LinkedHashSet<>(byName.values());
    }

    /**
     * Builds a codec from a v3 codec entry ({@code {"name", "configuration", "must_understand"?}} or a bare
     * name string). An unknown codec is an {@link UnknownExtensionException} naming it.
     */
    public Codec fromV3(JsonNode entry, CodecContext context) {
        String name;
        JsonNode configuration = null;
        if (entry != null && entry.isTextual()) {
            name = entry.textValue();
        } else if (entry != null && entry.isObject() && entry.path("name").isTextual()) {
            name = entry.get("name").textValue();
            configuration = entry.get("configuration");
        } else {
            throw new MetadataException(context.where() + ": expected a codec object with a \"name\", found "
                    + entry);
        }
        CodecProvider p = byName(name).orElseThrow(() -> new UnknownExtensionException(context.where()
                + ": unknown codec \"" + name + "\" (known: " + String.join(", ", knownNames()) + ")"));
        return p.fromV3(configuration, new CodecContext(context.dataType(), context.where() + "/configuration"));
    }

    /** Builds a codec from a v2 compressor or filter entry ({@code {"id": ..., ...}}). */
    public Codec fromV2(JsonNode entry, CodecContext context) {
        if (entry == null || !entry.isObject() || !entry.path("id").isTextual()) {
            throw new MetadataException(context.where() + ": expected an object with an \"id\", found " + entry);
        }
        String id = entry.get("id").textValue();
        CodecProvider p = byV2Id(id).orElseThrow(() -> new UnknownExtensionException(context.where()
                + ": unsupported codec id \"" + id + "\" (supported: " + String.join(", ", byV2Id.keySet()) + ")"));
        return p.fromV2((ObjectNode) entry, context);
    }

    private synchronized java.util.List<String> knownNames() {
        return new java.util.ArrayList<>(byName.keySet());
    }
}
