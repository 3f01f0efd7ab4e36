package org.commissioningexplorer.core.model;

/** A labelled statement about a body ("Population served": "236,000 people …") with its source. */
public record Fact(String label, String value, String source) {
}
