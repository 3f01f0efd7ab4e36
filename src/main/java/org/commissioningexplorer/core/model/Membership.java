package org.commissioningexplorer.core.model;

/**
 * A seat on a body, described by role, never by a person's name.
 *
 * @param count      how many seats, or null when not stated
 * @param atLeast    true when {@code count} is a minimum ("at least one registered nurse")
 * @param represents whom the member represents, or null
 * @param body       id of the member organisation when it is itself a body in the dataset, or null
 * @param statutory  true when required by law, false when typical or local practice
 * @param period     when the seat existed ({@link Period#ALWAYS} when the dataset gives no dates: for as long as
 *                   the body did)
 */
public record Membership(String role, Integer count, boolean atLeast, String represents, String body,
                         boolean statutory, String notes, String source, Period period) {

    public Membership {
        period = period == null ? Period.ALWAYS : period;
    }

    /** A seat for as long as the body existed. */
    public Membership(String role, Integer count, boolean atLeast, String represents, String body, boolean statutory,
                      String notes, String source) {
        this(role, count, atLeast, represents, body, statutory, notes, source, Period.ALWAYS);
    }

    /** Whether the seat existed on the date (any date when {@code date} is null). */
    public boolean heldOn(java.time.LocalDate date) {
        return date == null || period.contains(date);
    }

    /** "1", "at least 1", or "" when not stated. */
    public String countText() {
        if (count == null) {
            return "";
        }
        return atLeast ? "at least " + count : Integer.toString(count);
    }
}
