/**
 * The analysis pipeline that every edge calls: read → clean → recognize → group into stories →
 * analyse each story (entities, claims, events, contradictions, timeline, key points) → a
 * {@link org.isnad.core.model.Dossier}. One bad input becomes an error entry; the others go on.
 */
package org.isnad.pipeline;
