package org.commissioningexplorer.ui.tree;

/** How the tree is arranged: as the structure is explained (by region), or each kind as an A–Z list. */
public enum TreeMode {
    STRUCTURE, A_TO_Z;

    /** The mode a setting names, the structure when it names none. */
    static TreeMode of(String setting) {
        return "A_TO_Z".equals(setting) ? A_TO_Z : STRUCTURE;
    }
}
