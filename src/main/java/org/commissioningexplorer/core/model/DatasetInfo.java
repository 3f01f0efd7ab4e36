package org.commissioningexplorer.core.model;

import java.time.LocalDate;

/**
 * What a dataset says about itself.
 *
 * @param location    where it was loaded from, for the status bar ("bundled" or a file path)
 * @param defaultDate the date the explorer shows first, or null for today
 */
public record DatasetInfo(String title, LocalDate edition, String licence, String attribution,
                          LocalDate defaultDate, String location) {
}
