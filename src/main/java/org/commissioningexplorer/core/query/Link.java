package org.commissioningexplorer.core.query;

import org.commissioningexplorer.core.model.Body;
import org.commissioningexplorer.core.model.Period;

/**
 * A relationship as seen from one body: "Overseen by NHS England", "Has member NHS Norwich CCG".
 *
 * @param type   the relationship type as written in the dataset ("succeeded-by"), or "membership"
 * @param label  the wording from this body's side
 * @param outgoing true when the relationship is written on this body, false when on the other
 * @param other  the body at the other end
 * @param period when the relationship held
 * @param share  the share carried, if any
 * @param source id of the source it comes from
 */
public record Link(String type, String label, boolean outgoing, Body other, Period period, Double share, String notes, String source) {

    /** Whether the link held on the date (a link without dates holds whenever both ends existed). */
    public boolean heldOn(java.time.LocalDate date) {
        return date == null || period.contains(date) && other.period().contains(date);
    }

    /** What is known about the link besides its ends, in order: when it held, its share, its notes (each if any). */
    public java.util.List<String> details() {
        java.util.List<String> out = new java.util.ArrayList<>();
        if (!period.describe().isEmpty()) {
            out.add(period.describe());
        }
        if (share != null) {
            out.add(shareText());
        }
        if (notes != null) {
            out.add(notes);
        }
        return out;
    }

    /** "68%" for a share, "" without one. */
    public String shareText() {
        if (share == null) {
            return "";
        }
        double pct = share * 100;
        return (pct == Math.rint(pct) ? String.valueOf((long) pct) : String.format("%.1f", pct)) + "%";
    }
}
