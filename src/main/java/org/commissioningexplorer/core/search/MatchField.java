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

    // values() copies the array on every call, too often for the search loops.
    private static final MatchField[] BY_ORDINAL = values();

    private final String label;
    private final int weight;

    MatchField(String label, int weight) {
        this.label = label;
        this.weight = weight;
    }

    /** The field whose {@link #ordinal()} is {@code ordinal}. */
    static MatchField of(int ordinal) {
        return BY_ORDINAL[ordinal];
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

    /** How loosely a query word may match a word of this field: see {@link #EXACT_OR_START}. */
    int looseness() {
        return this == CODE || this == ID ? EXACT_OR_START : nameLike() ? PART_OR_TYPO : TYPO;
    }

    /** Codes and ids: the word or its start only. */
    static final int EXACT_OR_START = 0;
    /** Roles, services, document titles: also with a typo. */
    static final int TYPO = 1;
    /** Names and former names: also with a typo, or a part of a word. */
    static final int PART_OR_TYPO = 2;
}
