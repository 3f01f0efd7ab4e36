package org.commissioningexplorer.core.model;

/**
 * An identifying code from a public scheme: "ODS" (e.g. 06W) or "ONS" (GSS, e.g. E38000131).
 * A GSS code changes when a boundary changes, so a code carries the period it applied.
 */
public record Code(String scheme, String value, Period period) {
    public Code {
        period = period == null ? Period.ALWAYS : period;
    }
}
