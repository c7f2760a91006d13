package org.zarrij.ngff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.zarrij.array.Json;

/** The (transitional) "omero" rendering metadata of an image: channels and rendering defaults. */
public record Omero(Long id, String name, String version, List<OmeroChannel> channels, OmeroRdefs rdefs,
                    ObjectNode extras) {

    public Omero {
        channels = channels == null ? null : List.copyOf(channels);
        extras = JsonOut.copy(extras);
    }

    @Override
    public ObjectNode extras() {
        return extras.deepCopy();
    }

    static Omero parse(JsonNode node, String pointer, ParseContext ctx) {
        FieldReader r = FieldReader.of(node, pointer, ctx, "omero metadata");
        if (r == null) {
            return null;
        }
        Long id = r.integer("id", false);
        String name = r.string("name", false);
        String version = r.string("version", false);
        List<OmeroChannel> channels = r.list("channels", true, "a list of channels", OmeroChannel::parse);
        OmeroRdefs rdefs = r.child("rdefs", false, "rendering defaults", OmeroRdefs::parse);
        return new Omero(id, name, version, channels, rdefs, r.extras());
    }

    public ObjectNode toJson() {
        ObjectNode o = Json.object();
        JsonOut.put(o, "id", id);
        JsonOut.put(o, "name", name);
        JsonOut.put(o, "version", version);
        JsonOut.putList(o, "channels", channels, OmeroChannel::toJson);
        if (rdefs != null) {
            o.set("rdefs", rdefs.toJson());
        }
        JsonOut.putExtras(o, extras);
        return o;
    }
}
