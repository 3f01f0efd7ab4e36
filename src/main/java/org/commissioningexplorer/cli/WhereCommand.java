package org.commissioningexplorer.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.commissioningexplorer.core.geo.Boundaries;
import org.commissioningexplorer.core.geo.BoundaryFiles;
import org.commissioningexplorer.core.geo.WhereText;
import org.commissioningexplorer.core.geo.Whereabouts;
import org.commissioningexplorer.core.model.Period;
import org.commissioningexplorer.core.query.DatasetQueries;

/**
 * {@code where LON,LAT [--as-of DATE]}: what covered a point on a date, read from the bundled boundaries — the CCG
 * or ICB (and sub-ICB location), the upper-tier authority and its Health and Wellbeing Board, and the region.
 */
final class WhereCommand {

    /** England lies within these, so a pair the wrong way round (latitude first, as map sites give it) is seen. */
    private static final double LON_MIN = -7;
    private static final double LON_MAX = 2;
    private static final double LAT_MIN = 49.8;
    private static final double LAT_MAX = 56;

    /** A point as given, or why it is not one. */
    record Point(double lon, double lat, boolean swapped, String error) {
    }

    private final PrintStream out;
    private final PrintStream err;

    WhereCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Reads "1.2974,52.6309" (or with a space, or latitude first, which is seen and said). */
    static Point parse(List<String> operands) {
        String text = String.join(" ", operands).strip();
        String[] parts = text.split("\\s*[,;\\s]\\s*");
        if (text.isEmpty() || parts.length != 2) {
            return new Point(0, 0, false, "where needs a point as LON,LAT, e.g. where 1.2974,52.6309 (Norwich)");
        }
        double a;
        double b;
        try {
            a = Double.parseDouble(parts[0]);
            b = Double.parseDouble(parts[1]);
        } catch (NumberFormatException e) {
            return new Point(0, 0, false, "'" + text + "' is not LON,LAT: give two decimal numbers, longitude "
                    + "first, e.g. 1.2974,52.6309 (Norwich) or -5.0510,50.2632 (Truro)");
        }
        boolean lonLat = inLon(a) && inLat(b);
        boolean latLon = inLat(a) && inLon(b);
        if (!lonLat && latLon) {
            return new Point(b, a, true, null);
        }
        if (!Double.isFinite(a) || !Double.isFinite(b) || Math.abs(a) > 180 || Math.abs(b) > 90) {
            return new Point(0, 0, false, "'" + text + "' is not a point on Earth: longitude is -180 to 180, "
                    + "latitude -90 to 90");
        }
        return new Point(a, b, false, null);
    }

    private static boolean inLon(double v) {
        return v >= LON_MIN && v <= LON_MAX;
    }

    private static boolean inLat(double v) {
        return v >= LAT_MIN && v <= LAT_MAX;
    }

    int run(DatasetQueries queries, Point p, LocalDate date) {
        Boundaries boundaries;
        try {
            boundaries = BoundaryFiles.bundled();
        } catch (IOException e) {
            err.println("The boundaries could not be read: " + e.getMessage());
            return CommandLine.FAILED;
        }
        Whereabouts.Answer a = new Whereabouts(boundaries, queries).at(p.lon(), p.lat(), date);
        print(a, p.swapped());
        out.println();
        TextWrap.print(out, boundaries.attribution(), "", "");
        return a.inEngland() ? CommandLine.OK : CommandLine.FAILED;
    }

    private void print(Whereabouts.Answer a, boolean swapped) {
        String point = String.format(Locale.ROOT, "%.5f, %.5f", a.lon(), a.lat());
        out.println("Point " + point + " (longitude, latitude" + (swapped ? "; read so, as the first number "
                + "given is a latitude in England" : "") + ") on " + Period.format(a.date()) + ":");
        String absent = WhereText.absent(a);
        if (absent != null) {
            TextWrap.print(out, "  " + absent, "", "  ");
            return;
        }
        for (WhereText.Row r : WhereText.rows(a)) {
            TextWrap.print(out, String.format("  %-28s%s", r.label() + ":", r.value()), "", " ".repeat(30));
        }
        for (String note : WhereText.notes(a)) {
            TextWrap.print(out, "  Note: " + note, "", "        ");
        }
    }
}
