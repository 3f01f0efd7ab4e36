package org.commissioningexplorer.core.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An organisation, board, committee or group: one node of the explorer.
 *
 * @param kind    open-ended kind id: "nhs-england", "region", "ccg", "governing-body", "committee", "hwb", …
 * @param parent  id of the body it sits under in the tree, or null for a top-level body
 * @param sources ids of the dataset's sources this body's facts come from, unless a fact names its own
 */
public record Body(String id, String name, String kind, List<Code> codes, String parent, Period period,
                   String summary, List<String> formerNames, List<Fact> facts, List<Membership> membership,
                   List<Responsibility> responsibilities, List<DocumentRef> documents,
                   List<Relationship> relationships, List<String> sources) {

    public Body {
        // A few kinds shared by thousands of bodies: one string each, so that comparing and looking up kinds (the
        // tree's grouping, counts by kind) is an identity check rather than a comparison of characters.
        kind = kind == null ? null : kind.intern();
        codes = List.copyOf(codes);
        period = period == null ? Period.ALWAYS : period;
        formerNames = List.copyOf(formerNames);
        facts = List.copyOf(facts);
        membership = List.copyOf(membership);
        responsibilities = List.copyOf(responsibilities);
        documents = List.copyOf(documents);
        relationships = List.copyOf(relationships);
        sources = List.copyOf(sources);
    }

    /** The code in a scheme ("ODS", "ONS") that applied on a date, or the latest one when date is null. */
    public Optional<String> code(String scheme, LocalDate date) {
        Code latest = null;
        for (Code c : codes) {
            if (!c.scheme().equalsIgnoreCase(scheme)) {
                continue;
            }
            if (date != null && c.period().contains(date)) {
                return Optional.of(c.value());
            }
            if (latest == null || c.period().isOpen()
                    || (latest.period().to() != null && c.period().to() != null
                        && c.period().to().isAfter(latest.period().to()))) {
                latest = c;
            }
        }
        return Optional.ofNullable(latest).map(Code::value);
    }

    /** The code people know a body by: its ODS code if it has one, else its ONS code. */
    public Optional<String> primaryCode() {
        return code("ODS", null).or(() -> code("ONS", null));
    }

    public boolean existedOn(LocalDate date) {
        return period.contains(date);
    }

    public String primarySource() {
        return sources.isEmpty() ? null : sources.get(0);
    }
}
