package org.commissioningexplorer.core.model;

/**
 * A public page, publication or data file that facts come from. Facts refer to it by {@code id}.
 *
 * @param url     where it is published, when known
 * @param licence the licence it is used under, when stated
 * @param note    how the project holds it (e.g. "copy kept in shared/seeds")
 */
public record Source(String id, String title, String publisher, String url, String licence, String note) {

    /** "Title (Publisher)". */
    public String citation() {
        return publisher == null || publisher.isBlank() ? title : title + " (" + publisher + ")";
    }
}
