package org.commissioningexplorer.core.model;

/**
 * What a body is responsible for.
 *
 * @param service the service or duty ("Dentistry", "Urgent and emergency care")
 * @param role    how the body stands to it: "commissions" (default), "does-not-commission", "oversees",
 *                "arranges", "assures", … — open-ended
 * @param scope   where or for whom ("within its boundaries", "Norwich only")
 * @param by      id of the body that does commission it, where this body does not
 */
public record Responsibility(String service, String role, String scope, String notes, String by, String source) {

    public static final String COMMISSIONS = "commissions";
    public static final String DOES_NOT_COMMISSION = "does-not-commission";

    public boolean isCommissioning() {
        return COMMISSIONS.equals(role);
    }
}
