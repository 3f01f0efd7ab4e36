package org.commissioningexplorer.core.geo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the boundaries come from: the file bundled with the app (made by {@code import-boundaries}), or another. */
public final class BoundaryFiles {

    /** On the class path, where {@code mvn package} copies {@code resources/generated/boundaries.topojson}. */
    public static final String BUNDLED = "/dataset/generated/boundaries.topojson";
    /** How messages name the bundled file. */
    public static final String BUNDLED_NAME = "resources/generated/boundaries.topojson";

    private BoundaryFiles() {
    }

    /** Reads the bundled boundaries. */
    public static Boundaries bundled() throws IOException {
        try (InputStream in = BoundaryFiles.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IOException("this build has no boundary file (" + BUNDLED_NAME + "), so there is no map to "
                        + "draw yet: the step that makes it from ../shared/data/geo is still to come (issue 16)");
            }
            return BoundaryReader.read(new java.io.BufferedInputStream(in, 1 << 16), BUNDLED_NAME);
        }
    }

    public static Boundaries read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return BoundaryReader.read(new java.io.BufferedInputStream(in, 1 << 16), file.toString());
        }
    }
}
