package org.commissioningexplorer.ui.common;

/** The one theme stylesheet, for every scene and dialog the application shows. */
public final class Theme {

    public static final String RESOURCE = "/org/commissioningexplorer/ui/theme.css";

    private Theme() {
    }

    /** The stylesheet's address, to add to a scene's or dialog pane's stylesheets. */
    public static String url() {
        return Theme.class.getResource(RESOURCE).toExternalForm();
    }
}
