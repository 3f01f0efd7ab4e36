package org.commissioningexplorer.core.importer.boundary;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.commissioningexplorer.core.geo.GeoArea;
import org.commissioningexplorer.core.importer.ImportException;

/**
 * The {@code import-boundaries} step: dissolves the LSOA (2011) boundaries of England into the areas of every
 * CCG, sub-ICB location, ICB and upper-tier authority by era ({@link LayerPlan}), on one set of shared arcs
 * ({@link ArcBuilder}) thinned without breaking their topology ({@link ArcSimplifier}), checks every area is a
 * valid polygon ({@link RingAssembler}) and writes {@value #FILE} ({@link TopoJsonWriter}), replacing the old
 * file only once the new one is complete.
 */
public final class BoundaryImporter {

    public static final String FILE = "boundaries.topojson";
    static final String LSOAS = "lsoa11_england.geojson";
    /** How far (in 10⁻⁵ degree, about a metre) a thinned edge may stray from the LSOA lines: about 40 m. */
    public static final double TOLERANCE = 40;
    static final String ATTRIBUTION = "Source: Office for National Statistics licensed under the Open Government "
            + "Licence v3.0. Contains OS data © Crown copyright and database right.";
    static final String LICENCE = "Open Government Licence v3.0";

    /** What was written. */
    public record Result(Path file, int bytes, int layers, int areas, int arcs, int points, double tolerance,
            double englandAreaKm2) {
    }

    private BoundaryImporter() {
    }

    /**
     * Reads {@value #LSOAS} from {@code geoDir} and the LSOA and authority lookups from {@code nhsDir}, and
     * writes {@value #FILE} into {@code outDir}. Where thinning at {@code tolerance} would leave an area that
     * is not a valid polygon, it tries again at half the tolerance, down to none.
     *
     * @throws ImportException for bad input, naming the file and what to do; nothing is written then
     */
    public static Result importTo(Path geoDir, Path nhsDir, Path outDir, double tolerance) throws IOException {
        String geoShown = geoDir.toString();
        List<LsoaShapes.Lsoa> lsoas = LsoaShapes.read(geoDir.resolve(LSOAS), geoShown + "/" + LSOAS);
        List<LayerPlan.LayerSpec> layers = LayerPlan.make(lsoas, nhsDir, nhsDir.toString());
        ArcBuilder.Arcs arcs = ArcSimplifier.splitTwins(ArcBuilder.build(lsoas, layers, geoShown + "/" + LSOAS));
        double t = tolerance;
        while (true) {
            List<int[]> thinned = ArcSimplifier.simplify(arcs.coordinates(), t);
            try {
                List<List<RingAssembler.Area>> areas = assemble(thinned, arcs.sides(), layers);
                double km2 = englandKm2(lsoas);
                byte[] bytes = TopoJsonWriter.write(new TopoJsonWriter.Metadata(ATTRIBUTION, LICENCE, km2,
                        List.of(geoShown + "/" + LSOAS, nhsDir + "/" + LayerPlan.PANEL,
                                nhsDir + "/" + LayerPlan.AUTHORITIES)), layers, areas, thinned);
                Path file = write(outDir, bytes);
                int points = thinned.stream().mapToInt(a -> a.length / 2).sum();
                int count = areas.stream().mapToInt(List::size).sum();
                return new Result(file, bytes.length, layers.size(), count, thinned.size(), points, t, km2);
            } catch (RingAssembler.InvalidArea e) {
                if (t <= 0) {
                    throw ImportException.ofFile(geoShown + "/" + LSOAS, e.getMessage()
                            + "; the LSOA boundaries themselves do not make valid areas, so fix that file");
                }
                t = t < 1 ? 0 : t / 2;
            }
        }
    }

    private static List<List<RingAssembler.Area>> assemble(List<int[]> arcs, List<int[]> sides,
            List<LayerPlan.LayerSpec> layers) throws RingAssembler.InvalidArea {
        RingAssembler rings = new RingAssembler(arcs);
        List<List<RingAssembler.Area>> out = new ArrayList<>();
        for (int k = 0; k < layers.size(); k++) {
            out.add(rings.layer(sides, k, layers.get(k)));
        }
        return out;
    }

    /** England's area: the LSOAs' before any thinning, by the same formula the map uses. */
    private static double englandKm2(List<LsoaShapes.Lsoa> lsoas) {
        double sum = 0;
        for (LsoaShapes.Lsoa l : lsoas) {
            List<double[]> rings = new ArrayList<>();
            for (int[] r : l.rings()) {
                double[] d = new double[r.length + 2];
                for (int k = 0; k < r.length; k++) {
                    d[k] = r[k] / (double) LsoaShapes.UNITS;
                }
                d[r.length] = d[0];
                d[r.length + 1] = d[1];
                rings.add(d);
            }
            sum += new GeoArea(l.code(), List.of(), null, rings).areaKm2();
        }
        return sum;
    }

    private static Path write(Path outDir, byte[] bytes) throws IOException {
        Files.createDirectories(outDir);
        Path target = outDir.resolve(FILE);
        Path temp = Files.createTempFile(outDir, "." + FILE, ".part");
        try {
            Files.write(temp, bytes);
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
        return target;
    }
}
