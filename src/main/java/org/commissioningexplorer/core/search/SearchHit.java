package org.commissioningexplorer.core.search;

import org.commissioningexplorer.core.model.Body;

/**
 * One body found by a search.
 *
 * @param score         higher is better; only meaningful against other hits of the same search
 * @param field         what matched: the name, or the code, former name, role, service, document title or id
 * @param matchedText   the text that matched, as written in the dataset ("Registered nurse")
 * @param existedOnDate whether the body existed on the date searched (true when no date was given)
 */
public record SearchHit(Body body, int score, MatchField field, String matchedText, boolean existedOnDate) {

    /** "role: Registered nurse", "name: NHS Norwich CCG". */
    public String matchDescription() {
        return field.label() + ": " + matchedText;
    }

    /** True when the body was found by its own name, so the name alone explains the hit. */
    public boolean matchedByName() {
        return field == MatchField.NAME;
    }
}
