package org.commissioningexplorer.core.importer.boundary;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

/**
 * Writes the boundary file as TopoJSON 1.0: positions quantised to whole units of 10⁻⁵ degree from the
 * south-west corner and delta-encoded, one arc and one area per line. The same input gives the same bytes.
 */
final class TopoJsonWriter {

    /** What the file says about itself. */
    record Metadata(String attribution, String licence, double englandAreaKm2, List<String> sources) {
    }

    private TopoJsonWriter() {
    }

    static byte[] write(Metadata meta, List<LayerPlan.LayerSpec> layers, List<List<RingAssembler.Area>> areas,
            List<int[]> arcs) {
        int minX = Integer.MAX_VALUE;
        int minY = Integer.MAX_VALUE;
        for (int[] a : arcs) {
            for (int k = 0; k < a.length; k += 2) {
                minX = Math.min(minX, a[k]);
                minY = Math.min(minY, a[k + 1]);
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 22);
        try (JsonGenerator g = new JsonFactory().createGenerator(bytes)) {
            g.writeStartObject();
            g.writeStringField("type", "Topology");
            g.writeRaw('\n');
            g.writeObjectFieldStart("metadata");
            g.writeStringField("generatedBy", "import-boundaries");
            g.writeStringField("attribution", meta.attribution());
            g.writeStringField("licence", meta.licence());
            g.writeNumberField("englandAreaKm2", BigDecimal.valueOf(Math.round(meta.englandAreaKm2() * 10), 1));
            g.writeArrayFieldStart("sources");
            for (String s : meta.sources()) {
                g.writeString(s);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("layers");
            for (LayerPlan.LayerSpec l : layers) {
                g.writeRaw('\n');
                g.writeStartObject();
                g.writeStringField("id", l.id());
                g.writeStringField("kind", l.kind());
                g.writeStringField("from", l.from().toString());
                if (l.to() != null) {
                    g.writeStringField("to", l.to().toString());
                }
                if (l.note() != null) {
                    g.writeStringField("note", l.note());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
            g.writeObjectFieldStart("transform");
            g.writeArrayFieldStart("scale");
            g.writeNumber(BigDecimal.valueOf(1, 5));
            g.writeNumber(BigDecimal.valueOf(1, 5));
            g.writeEndArray();
            g.writeArrayFieldStart("translate");
            g.writeNumber(BigDecimal.valueOf(minX, 5));
            g.writeNumber(BigDecimal.valueOf(minY, 5));
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
            g.writeObjectFieldStart("objects");
            for (int i = 0; i < layers.size(); i++) {
                writeLayer(g, layers.get(i), areas.get(i));
            }
            g.writeEndObject();
            g.writeRaw('\n');
            g.writeArrayFieldStart("arcs");
            for (int[] a : arcs) {
                g.writeRaw('\n');
                g.writeStartArray();
                int x = minX;
                int y = minY;
                for (int k = 0; k < a.length; k += 2) {
                    g.writeStartArray();
                    g.writeNumber(a[k] - x);
                    g.writeNumber(a[k + 1] - y);
                    g.writeEndArray();
                    x = a[k];
                    y = a[k + 1];
                }
                g.writeEndArray();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void writeLayer(JsonGenerator g, LayerPlan.LayerSpec layer, List<RingAssembler.Area> areas)
            throws IOException {
        g.writeRaw('\n');
        g.writeObjectFieldStart(layer.id());
        g.writeStringField("type", "GeometryCollection");
        g.writeArrayFieldStart("geometries");
        for (int a = 0; a < areas.size(); a++) {
            LayerPlan.AreaSpec spec = layer.areas().get(a);
            g.writeRaw('\n');
            g.writeStartObject();
            g.writeStringField("type", "MultiPolygon");
            g.writeStringField("id", spec.code());
            g.writeObjectFieldStart("properties");
            g.writeArrayFieldStart("bodies");
            for (String b : spec.bodies()) {
                g.writeString(b);
            }
            g.writeEndArray();
            if (spec.note() != null) {
                g.writeStringField("note", spec.note());
            }
            g.writeEndObject();
            g.writeArrayFieldStart("arcs");
            for (List<List<Integer>> polygon : areas.get(a).polygons()) {
                g.writeStartArray();
                for (List<Integer> ring : polygon) {
                    g.writeStartArray();
                    for (int ref : ring) {
                        g.writeNumber(ref);
                    }
                    g.writeEndArray();
                }
                g.writeEndArray();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
