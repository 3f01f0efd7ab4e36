package org.commissioningexplorer.core.importer.boundary;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.commissioningexplorer.core.importer.ImportException;

/**
 * The LSOA (2011) boundaries of England from a GeoJSON FeatureCollection ({@code lsoa11_code},
 * {@code lsoa11_name}, Polygon or MultiPolygon in longitude/latitude with five decimals), each point turned
 * into whole units of 10⁻⁵ degree so that neighbours' shared corners are equal numbers. Rings come out
 * without the closing point, exteriors counter-clockwise and holes clockwise whatever the file says.
 */
final class LsoaShapes {

    /** Units per degree: the file's five decimals, exactly. */
    static final int UNITS = 100_000;

    /** One LSOA: each ring as {@code x0, y0, x1, y1, …} in units, not closed. */
    record Lsoa(String code, String name, List<int[]> rings) {
    }

    private LsoaShapes() {
    }

    static List<Lsoa> read(Path file, String shownAs) {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(new ObjectMapper().readTree(in), shownAs);
        } catch (NoSuchFileException e) {
            throw ImportException.ofFile(shownAs, "the file does not exist; the import needs it");
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new ImportException(shownAs, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                    "not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw ImportException.ofFile(shownAs, "cannot read the file: " + e.getMessage());
        }
    }

    static List<Lsoa> parse(JsonNode root, String shownAs) {
        if (!root.path("features").isArray()) {
            throw ImportException.ofFile(shownAs, "expected a GeoJSON FeatureCollection with 'features'");
        }
        List<Lsoa> out = new ArrayList<>();
        int n = 0;
        for (JsonNode f : root.path("features")) {
            n++;
            String code = f.path("properties").path("lsoa11_code").asText("");
            String where = "feature " + n + (code.isEmpty() ? "" : " (" + code + ")");
            if (!code.matches("E01\\d{6}")) {
                throw ImportException.ofFile(shownAs, where + ": 'properties.lsoa11_code' is '" + code
                        + "', expected an English LSOA code such as E01000001");
            }
            JsonNode g = f.path("geometry");
            JsonNode polygons = switch (g.path("type").asText()) {
                case "Polygon" -> new ObjectMapper().createArrayNode().add(g.path("coordinates"));
                case "MultiPolygon" -> g.path("coordinates");
                default -> throw ImportException.ofFile(shownAs, where + ": geometry type '"
                        + g.path("type").asText() + "', expected Polygon or MultiPolygon");
            };
            List<int[]> rings = new ArrayList<>();
            for (JsonNode polygon : polygons) {
                boolean exterior = true;
                for (JsonNode ring : polygon) {
                    int[] r = ring(ring, shownAs, where);
                    if (r.length >= 6) {
                        rings.add(oriented(r, exterior));
                    }
                    exterior = false;
                }
            }
            if (rings.isEmpty()) {
                throw ImportException.ofFile(shownAs, where + ": the geometry has no ring of three or more points");
            }
            out.add(new Lsoa(code, f.path("properties").path("lsoa11_name").asText(""), List.copyOf(rings)));
        }
        return out;
    }

    /** A ring's points in units, without repeated points or the closing one. */
    private static int[] ring(JsonNode ring, String shownAs, String where) {
        int[] out = new int[ring.size() * 2];
        int n = 0;
        for (JsonNode p : ring) {
            if (!p.path(0).isNumber() || !p.path(1).isNumber()) {
                throw ImportException.ofFile(shownAs, where + ": a position is " + p + ", expected [longitude, latitude]");
            }
            int x = (int) Math.round(p.path(0).asDouble() * UNITS);
            int y = (int) Math.round(p.path(1).asDouble() * UNITS);
            if (n > 0 && out[n - 2] == x && out[n - 1] == y) {
                continue;
            }
            out[n++] = x;
            out[n++] = y;
        }
        if (n >= 4 && out[0] == out[n - 2] && out[1] == out[n - 1]) {
            n -= 2;
        }
        return Arrays.copyOf(out, n);
    }

    private static int[] oriented(int[] r, boolean exterior) {
        boolean ccw = signedArea(r) > 0;
        return ccw == exterior ? r : reversed(r);
    }

    /** Twice the signed area in square units: positive counter-clockwise. */
    static double signedArea(int[] r) {
        double sum = 0;
        int n = r.length / 2;
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            double xi = r[2 * i] - r[0];
            double yi = r[2 * i + 1] - r[1];
            double xj = r[2 * j] - r[0];
            double yj = r[2 * j + 1] - r[1];
            sum += xi * yj - xj * yi;
        }
        return sum;
    }

    static int[] reversed(int[] r) {
        int n = r.length / 2;
        int[] out = new int[r.length];
        for (int i = 0; i < n; i++) {
            out[2 * i] = r[2 * (n - 1 - i)];
            out[2 * i + 1] = r[2 * (n - 1 - i) + 1];
        }
        return out;
    }
}
