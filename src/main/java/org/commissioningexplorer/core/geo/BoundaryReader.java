package org.commissioningexplorer.core.geo;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the boundary file the importer writes: TopoJSON 1.0 (quantised, delta-encoded arcs shared by the
 * areas on both sides of them, so neighbours meet exactly), with the layers and their dates in
 * {@code metadata.layers}. The arcs, nearly all of the file, are read as a stream of numbers; only the small
 * parts become trees. A file that is not such a topology fails with its name, line and column.
 */
public final class BoundaryReader {

    private static final JsonFactory JSON = new JsonFactory();
    private static final ObjectMapper TREES = new ObjectMapper(JSON);

    /** The file is not a boundary file this version can read. */
    public static final class BadBoundaries extends IOException {
        BadBoundaries(String message) {
            super(message);
        }
    }

    private final String name;
    private JsonNode metadata;
    private JsonNode transform;
    private JsonNode objects;
    private final List<int[]> arcs = new ArrayList<>();
    private double scaleX = 1;
    private double scaleY = 1;
    private double translateX;
    private double translateY;

    private BoundaryReader(String name) {
        this.name = name;
    }

    /** Reads a boundary file; {@code name} is how messages name it. */
    public static Boundaries read(InputStream in, String name) throws IOException {
        return new BoundaryReader(name).parse(in);
    }

    private Boundaries parse(InputStream in) throws IOException {
        try (JsonParser p = JSON.createParser(in)) {
            expect(p, p.nextToken(), JsonToken.START_OBJECT, "a TopoJSON object");
            String type = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken t = p.nextToken();
                switch (field) {
                    case "type" -> type = p.getValueAsString();
                    case "metadata" -> metadata = TREES.readTree(p);
                    case "transform" -> transform = TREES.readTree(p);
                    case "objects" -> objects = TREES.readTree(p);
                    case "arcs" -> readArcs(p, t);
                    default -> p.skipChildren();
                }
            }
            if (!"Topology".equals(type)) {
                throw bad(p.currentLocation(), "'type' is " + (type == null ? "missing" : "'" + type + "'")
                        + ", expected \"Topology\"");
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw bad(at, "not valid JSON: " + e.getOriginalMessage());
        }
        return build();
    }

    private void readArcs(JsonParser p, JsonToken t) throws IOException {
        expect(p, t, JsonToken.START_ARRAY, "a list of arcs");
        int[] buffer = new int[1024];
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            expect(p, t, JsonToken.START_ARRAY, "an arc (a list of positions)");
            int n = 0;
            int x = 0;
            int y = 0;
            while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                expect(p, t, JsonToken.START_ARRAY, "a position [x, y]");
                expect(p, p.nextToken(), JsonToken.VALUE_NUMBER_INT, "a whole number (quantised x)");
                x += p.getIntValue();
                expect(p, p.nextToken(), JsonToken.VALUE_NUMBER_INT, "a whole number (quantised y)");
                y += p.getIntValue();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    p.skipChildren(); // positions may carry more than x and y
                }
                if (n + 2 > buffer.length) {
                    buffer = java.util.Arrays.copyOf(buffer, buffer.length * 2);
                }
                buffer[n++] = x;
                buffer[n++] = y;
            }
            arcs.add(java.util.Arrays.copyOf(buffer, n));
        }
    }

    private void expect(JsonParser p, JsonToken actual, JsonToken wanted, String what) throws BadBoundaries {
        if (actual != wanted) {
            throw bad(p.currentLocation(), "expected " + what + ", found " + (actual == null ? "the end of the file"
                    : actual.asString() == null ? actual.name().toLowerCase().replace('_', ' ') : actual.asString()));
        }
    }

    private BadBoundaries bad(JsonLocation at, String message) {
        String where = at == null ? name : name + ":" + at.getLineNr() + ":" + at.getColumnNr();
        return new BadBoundaries(where + ": " + message);
    }

    private BadBoundaries bad(String message) {
        return new BadBoundaries(name + ": " + message);
    }

    private Boundaries build() throws BadBoundaries {
        if (transform != null) {
            JsonNode s = transform.path("scale");
            JsonNode tr = transform.path("translate");
            scaleX = s.path(0).asDouble(1);
            scaleY = s.path(1).asDouble(1);
            translateX = tr.path(0).asDouble(0);
            translateY = tr.path(1).asDouble(0);
        }
        if (metadata == null || !metadata.path("layers").isArray()) {
            throw bad("'metadata.layers' is missing: this is not a boundary file made by import-boundaries");
        }
        if (objects == null) {
            throw bad("'objects' is missing");
        }
        List<GeoLayer> layers = new ArrayList<>();
        for (JsonNode l : metadata.path("layers")) {
            String id = l.path("id").asText();
            LayerKind kind = LayerKind.of(l.path("kind").asText());
            if (kind == null) {
                continue; // a kind of area this version does not draw
            }
            JsonNode object = objects.get(id);
            if (object == null) {
                throw bad("layer '" + id + "' is listed in 'metadata.layers' but has no entry in 'objects'");
            }
            layers.add(new GeoLayer(id, kind, date(l, "from", id), l.hasNonNull("to") ? date(l, "to", id) : null,
                    text(l.get("note")), areas(id, object)));
        }
        return new Boundaries(metadata.path("attribution").asText(""), metadata.path("licence").asText(""),
                metadata.path("englandAreaKm2").asDouble(0), layers);
    }

    private LocalDate date(JsonNode layer, String field, String id) throws BadBoundaries {
        try {
            return LocalDate.parse(layer.path(field).asText());
        } catch (DateTimeParseException e) {
            throw bad("layer '" + id + "': '" + field + "' is '" + layer.path(field).asText()
                    + "', which is not a date YYYY-MM-DD");
        }
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }

    private List<GeoArea> areas(String layer, JsonNode object) throws BadBoundaries {
        List<GeoArea> out = new ArrayList<>();
        for (JsonNode g : object.path("geometries")) {
            String code = g.path("id").asText();
            List<String> bodies = new ArrayList<>();
            g.path("properties").path("bodies").forEach(b -> bodies.add(b.asText()));
            List<double[]> rings = new ArrayList<>();
            String type = g.path("type").asText();
            JsonNode polygons = switch (type) {
                case "Polygon" -> TREES.createArrayNode().add(g.path("arcs"));
                case "MultiPolygon" -> g.path("arcs");
                default -> throw bad("layer '" + layer + "', area '" + code + "': type '" + type
                        + "', expected Polygon or MultiPolygon");
            };
            for (JsonNode polygon : polygons) {
                for (JsonNode ring : polygon) {
                    rings.add(ring(layer, code, ring));
                }
            }
            out.add(new GeoArea(code, bodies, text(g.path("properties").get("note")), rings));
        }
        return out;
    }

    /** A ring from its arcs: each arc after the first starts where the one before ended, so that point is dropped. */
    private double[] ring(String layer, String code, JsonNode refs) throws BadBoundaries {
        int total = 0;
        for (JsonNode r : refs) {
            total += arc(layer, code, r.asInt()).length;
        }
        double[] out = new double[total];
        int n = 0;
        for (JsonNode r : refs) {
            int ref = r.asInt();
            int[] arc = arc(layer, code, ref);
            int points = arc.length / 2;
            for (int k = n == 0 ? 0 : 1; k < points; k++) {
                int i = ref >= 0 ? k : points - 1 - k;
                out[n++] = arc[2 * i] * scaleX + translateX;
                out[n++] = arc[2 * i + 1] * scaleY + translateY;
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    private int[] arc(String layer, String code, int ref) throws BadBoundaries {
        int index = ref >= 0 ? ref : ~ref;
        if (index >= arcs.size()) {
            throw bad("layer '" + layer + "', area '" + code + "' uses arc " + ref + ", but the file has "
                    + arcs.size() + " arcs");
        }
        return arcs.get(index);
    }
}
