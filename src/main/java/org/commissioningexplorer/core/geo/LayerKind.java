package org.commissioningexplorer.core.geo;

/** What a boundary layer's areas are, as the TopoJSON file's {@code metadata.layers[].kind} names them. */
public enum LayerKind {
    CCG("ccg"), SUB_ICB("sicbl"), ICB("icb"), UPPER_TIER("utla");

    private final String key;

    LayerKind(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** The kind a file names, or null for one this version does not know. */
    public static LayerKind of(String key) {
        for (LayerKind k : values()) {
            if (k.key.equals(key)) {
                return k;
            }
        }
        return null;
    }
}
