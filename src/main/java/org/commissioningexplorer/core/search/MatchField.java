package org.commissioningexplorer.core.search;

/** What part of a body a search matched, from most to least telling for a given match. */
public enum MatchField {
    /** An ODS or ONS code, any period. */
    CODE("code", 100),
    /** The body's id in the dataset. */
    ID("id", 40),
    NAME("name", 100),
    FORMER_NAME("former name", 80),
    /** A membership role, the body's own or the standard one of its kind. */
    ROLE("role", 60),
    /** A responsibility's service, the body's own or the standard one of its kind. */
    SERVICE("service", 60),
    /** A document's title, the body's own or the standard one of its kind. */
    DOCUMENT_TITLE("document title", 60);

    private final String label;
    private final int weight;

    MatchField(String label, int weight) {
        this.label = label;
        this.weight = weight;
    }

    /** "code", "name", "former name", "role", "service", "document title", "id". */
    public String label() {
        return label;
    }

    /** Percentage of a word's match score this field earns. */
    int weight() {
        return weight;
    }

    boolean nameLike() {
        return this == NAME || this == FORMER_NAME;
    }
}
