/**
 * Cleaning raw articles: {@link org.isnad.ingest.clean.ArticleCleaner} (the {@code Cleaner} stage) and
 * {@link org.isnad.ingest.clean.BoilerplateLearner}, which learns a run's repeated lines before cleaning.
 * Rules are general web-page and news vocabulary, never lines of particular pages.
 */
package org.isnad.ingest.clean;
