package org.commissioningexplorer.core.geo;

import java.util.ArrayList;
import java.util.List;
import org.commissioningexplorer.core.model.Body;
import org.commissioningexplorer.core.model.Period;

/**
 * The words of a {@link Whereabouts.Answer}, the same in the {@code where} command and under the map: one row per
 * thing that covered the point, "not recorded" where the dataset does not say, and the notes of the areas and
 * layers the answer was read from.
 */
public final class WhereText {

    /** One line of the answer. */
    public record Row(String label, String value) {
    }

    private WhereText() {
    }

    /** The rows; empty when no CCG or ICB held on the date, or the point is outside England (see {@link #absent}). */
    public static List<Row> rows(Whereabouts.Answer a) {
        List<Row> rows = new ArrayList<>();
        if (a.layers().commissioning() == null || !a.inEngland()) {
            return rows;
        }
        rows.add(new Row(a.layers().icbs() ? "ICB" : "CCG", places(a.commissioner())));
        if (a.subIcb() != null) {
            rows.add(new Row("Sub-ICB location", places(a.subIcb())));
        }
        rows.add(new Row("Upper-tier authority", places(a.authority())));
        rows.add(new Row("Health and Wellbeing Board", a.hwb() == null ? "not recorded" : named(a.hwb())));
        rows.add(new Row("NHS England region", a.region() == null ? "not recorded" : named(a.region())));
        return rows;
    }

    /** Why there are no rows, or null when there are. */
    public static String absent(Whereabouts.Answer a) {
        if (a.layers().commissioning() == null) {
            return "No CCGs or ICBs held on " + Period.format(a.date()) + ": the boundaries start on 1 April 2013, "
                    + "when the CCGs began.";
        }
        if (!a.inEngland()) {
            return "Not in any area of England in the boundaries (at sea, in Wales or Scotland, or outside the UK).";
        }
        return null;
    }

    /** The notes of the areas found and of the layers they are in. */
    public static List<String> notes(Whereabouts.Answer a) {
        List<String> notes = new ArrayList<>();
        if (a.commissioner() != null && a.commissioner().area().note() != null) {
            notes.add(a.commissioner().area().note());
        }
        for (GeoLayer l : new GeoLayer[] {a.layers().commissioning(), a.layers().authorities()}) {
            if (l != null && l.note() != null && a.inEngland()) {
                notes.add(layerName(l) + ": " + l.note());
            }
        }
        return notes;
    }

    /** "CCG areas 1 April 2019 to 31 March 2020". */
    public static String layerName(GeoLayer l) {
        String what = switch (l.kind()) {
            case CCG -> "CCG areas";
            case SUB_ICB -> "Sub-ICB location areas";
            case ICB -> "ICB areas";
            case UPPER_TIER -> "Upper-tier authority areas";
        };
        return what + " " + Period.format(l.from()) + (l.to() == null ? " onwards" : " to " + Period.format(l.to()));
    }

    private static String places(Whereabouts.Place place) {
        if (place == null) {
            return "none in the boundaries";
        }
        if (place.bodies().isEmpty()) {
            return place.area().code() + " (not in this dataset)";
        }
        return String.join(" and ", place.bodies().stream().map(WhereText::named).toList());
    }

    /** "NHS Norwich CCG (06W) [ccg-06W]". */
    public static String named(Body b) {
        return b.name() + b.primaryCode().map(c -> " (" + c + ")").orElse("") + " [" + b.id() + "]";
    }
}
