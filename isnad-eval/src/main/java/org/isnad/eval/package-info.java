/**
 * Scoring Isnad on real news against the development gold in {@code eval/gold} (see
 * {@code docs/annotation.md}): {@link org.isnad.eval.Gold} reads the gold files,
 * {@link org.isnad.eval.AntStream} reads the gold's articles from the ANT stream (refusing the
 * February–May part reserved for independent evaluation), {@link org.isnad.eval.BCubed} and
 * {@link org.isnad.eval.StoryScorer} score story grouping, {@link org.isnad.eval.DossierScorer} scores
 * a dossier's entities, claims, events, contradictions and key points. Scorers read dossier JSON (the
 * contract of every edge), so the output of {@code analyze}, the API or a file can be scored alike.
 */
package org.isnad.eval;
