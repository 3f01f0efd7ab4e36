package org.commissioningexplorer.core.model;

/**
 * A public page, publication or data file that facts come from. Facts refer to it by {@code id}.
 *
 * @param url     where it is published, when known
 * @param licence the licence it is used under, when stated
 * @param note    what it is and how far it goes, in a reader's words
 * @param date    when it was published or the dates it covers, as words ("February 2016", "2015–2022"), or null
 * @param origin  for maintainers: the file it was read from and where that copy came from (repository,
 *                commit), or null; shown in "About the data" and by the {@code sources} command, not in a body's
 *                Sources list
 */
public record Source(String id, String title, String publisher, String url, String licence, String note, String date,
                     String origin) {

    /** A source without a date or origin. */
    public Source(String id, String title, String publisher, String url, String licence, String note) {
        this(id, title, publisher, url, licence, note, null, null);
    }

    /** "Title (Publisher, date)". */
    public String citation() {
        boolean hasPublisher = publisher != null && !publisher.isBlank();
        boolean hasDate = date != null && !date.isBlank();
        if (!hasPublisher && !hasDate) {
            return title;
        }
        return title + " (" + (hasPublisher ? publisher : "") + (hasPublisher && hasDate ? ", " : "")
                + (hasDate ? date : "") + ")";
    }
}
