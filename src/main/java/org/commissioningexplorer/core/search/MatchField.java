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
    DOCUMENT_TITLE("document title", 60),
    /** An acronym derived from the name or a former name of a CCG, ICB or STP ("BSW", "N&amp;W"): see {@link Acronyms}. */
    ACRONYM("acronym", 90),
    /** A fact recorded about the body ("Population served: 236,000 people …"). */
    FACT("fact", 45),
    /** The body's summary, or the notes of its roles and services. */
    NOTE("note", 40),
    /**
     * The name, code or acronym of the body it is part of ("NHS Norwich CCG" for its committees): such words
     * help find a body but cannot find it alone.
     */
    PARENT("part of", 50),
    /** The body covered the council named by the query ("leeds"): see {@link Places}. No text is indexed as this. */
    AREA("area", 0);

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

    /** "code", "name", "former name", "role", "service", "document title", "id", "acronym", "fact", … */
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

    /**
     * Whether a query that is this text, starts it or is part of it earns a bonus (names, former names,
     * acronyms). A body's entries of these fields come first, names first.
     */
    boolean positional() {
        return nameLike() || this == ACRONYM;
    }

    /**
     * Whether a word matched here makes the body one the query may be about. The words of the body above it
     * and of its id (which often begins with its parent's code: "ccg-06W-audit-committee") help, but some word
     * of a query of several must match another field.
     */
    boolean own() {
        return this != PARENT && this != ID;
    }

    /** How loosely a query word may match a word of this field: see {@link #EXACT_ONLY}. */
    int looseness() {
        return switch (this) {
            case ACRONYM -> EXACT_ONLY;
            case CODE, ID, FACT, NOTE -> EXACT_OR_START;
            case NAME, FORMER_NAME -> PART_OR_TYPO;
            default -> TYPO;
        };
    }

    /** Acronyms: only the word in full ("hand" is not the start of H&amp;WE). */
    static final int EXACT_ONLY = 0;
    /** Codes, ids, facts and notes: the word or its start only. */
    static final int EXACT_OR_START = 1;
    /** Roles, services, document titles, the names of the body above: also with a typo. */
    static final int TYPO = 2;
    /** Names and former names: also with a typo, or a part of a word. */
    static final int PART_OR_TYPO = 3;
    /** How many degrees of looseness there are. */
    static final int LOOSENESS_LEVELS = 4;
}
