/**
 * Searching a dataset's bodies as the user types: {@link org.commissioningexplorer.core.search.SearchIndex}
 * (built once per dataset, then searched from any thread), its results
 * ({@link org.commissioningexplorer.core.search.SearchResults}, {@link org.commissioningexplorer.core.search.SearchHit},
 * {@link org.commissioningexplorer.core.search.SearchGroup}) and the one way text is compared
 * ({@link org.commissioningexplorer.core.search.Normaliser}). No JavaFX here.
 */
package org.commissioningexplorer.core.search;
