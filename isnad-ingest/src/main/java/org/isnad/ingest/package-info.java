/**
 * Ingestion: reading article files ({@link org.isnad.ingest.read}) and cleaning them into
 * {@link org.isnad.core.model.Article}s ({@link org.isnad.ingest.clean}).
 *
 * <p>A run reads every input, learns the lines repeated across documents
 * ({@link org.isnad.ingest.clean.BoilerplateLearner}), then cleans each article; the pipeline
 * ({@code org.isnad.pipeline.Pipeline#prepare}) wires this. Bad inputs never stop a run: each becomes an
 * {@link org.isnad.core.model.InputError} and the other inputs are still read.
 */
package org.isnad.ingest;
