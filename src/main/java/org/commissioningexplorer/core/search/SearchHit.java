package org.commissioningexplorer.core.search;

import org.commissioningexplorer.core.model.Body;

/**
 * One body found by a search.
 *
 * @param score         higher is better; only meaningful against other hits of the same search
 * @param field         what matched: the name, or the code, former name, acronym, role, service, document
 *                      title, fact, note or id; or {@link MatchField#AREA} for a body that covered the council
 *                      named (then {@code matchedText} is the council's name)
 * @param matchedText   the text that matched, as written in the dataset ("Registered nurse"); for a long fact
 *                      or note, the part around the words matched
 * @param existedOnDate whether the body existed on the date searched (true when no date was given)
 * @param context       whose it is: the name of the body it is part of ("NHS Norwich CCG" for its committees,
 *                      "Leeds" for its Health and Wellbeing Board), or null when that says nothing (a CCG,
 *                      part of NHS England like every other)
 */
public record SearchHit(Body body, int score, MatchField field, String matchedText, boolean existedOnDate,
                        String context) {

    /** A hit with no context. */
    public SearchHit(Body body, int score, MatchField field, String matchedText, boolean existedOnDate) {
        this(body, score, field, matchedText, existedOnDate, null);
    }

    /** "role: Registered nurse", "name: NHS Norwich CCG", "area: Leeds". */
    public String matchDescription() {
        return field.label() + ": " + matchedText;
    }

    /** True when the body was found by its own name, so the name alone explains the hit. */
    public boolean matchedByName() {
        return field == MatchField.NAME;
    }

    /** True when the hit has a {@link #context()}. */
    public boolean hasContext() {
        return context != null;
    }
}
