package org.commissioningexplorer.core.model;

/**
 * What a body is responsible for.
 *
 * @param service the service or duty ("Dentistry", "Urgent and emergency care")
 * @param role    how the body stands to it: "commissions" (default), "does-not-commission", "oversees",
 *                "arranges", "assures", … — open-ended
 * @param scope   where or for whom ("within its boundaries", "Norwich only")
 * @param by      id of the body that does commission it, where this body does not
 * @param period  when the body held it ({@link Period#ALWAYS} when the dataset gives no dates: for as long as
 *                the body existed)
 */
public record Responsibility(String service, String role, String scope, String notes, String by, String source,
        Period period) {

    public Responsibility {
        period = period == null ? Period.ALWAYS : period;
    }

    /** A responsibility held for the body's whole life. */
    public Responsibility(String service, String role, String scope, String notes, String by, String source) {
        this(service, role, scope, notes, by, source, Period.ALWAYS);
    }

    /** Whether the body held it on {@code date} (always, when date is null). */
    public boolean heldOn(java.time.LocalDate date) {
        return date == null || period.contains(date);
    }

    public static final String COMMISSIONS = "commissions";
    public static final String DOES_NOT_COMMISSION = "does-not-commission";
    /**
     * The body commissioned the service where NHS England delegated it to it, and the dataset does not know for
     * which dates: an answer names NHS England and shows this beside it.
     */
    public static final String COMMISSIONS_WHERE_DELEGATED = "commissions-where-delegated";

    public boolean isCommissioning() {
        return COMMISSIONS.equals(role);
    }
}
