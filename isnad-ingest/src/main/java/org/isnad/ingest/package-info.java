/**
 * Ingestion: reading article files ({@link org.isnad.ingest.read}) and cleaning them into
 * {@link org.isnad.core.model.Article}s ({@link org.isnad.ingest.clean}).
 *
 * <p>{@link org.isnad.ingest.Ingestor} wires the two for a run: read every input, learn the lines
 * repeated across documents, then clean each article. Bad inputs never stop a run: each becomes an
 * {@link org.isnad.core.model.InputError} and the other inputs are still read.
 */
package org.isnad.ingest;
