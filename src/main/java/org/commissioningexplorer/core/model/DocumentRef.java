package org.commissioningexplorer.core.model;

/**
 * A document about a body.
 *
 * @param sizeKB size in kilobytes as published ("199 KB"), or null
 * @param url    where the original was published, when known
 * @param file   an offline copy bundled with the dataset, relative to its documents folder, or null
 */
public record DocumentRef(String title, String kind, PartialDate date, Integer sizeKB, String url, String file,
                          String notes, String source) {

    public String sizeText() {
        return sizeKB == null ? "" : sizeKB + " KB";
    }

    public String dateText() {
        return date == null ? "undated" : date.display();
    }
}
