package org.commissioningexplorer.core.model;

/**
 * A seat on a body, described by role, never by a person's name.
 *
 * @param count      how many seats, or null when not stated
 * @param atLeast    true when {@code count} is a minimum ("at least one registered nurse")
 * @param represents whom the member represents, or null
 * @param body       id of the member organisation when it is itself a body in the dataset, or null
 * @param statutory  true when required by law, false when typical or local practice
 */
public record Membership(String role, Integer count, boolean atLeast, String represents, String body,
                         boolean statutory, String notes, String source) {

    /** "1", "at least 1", or "" when not stated. */
    public String countText() {
        if (count == null) {
            return "";
        }
        return atLeast ? "at least " + count : Integer.toString(count);
    }
}
