/**
 * Grouping a run's articles into stories: articles about the same event share a story, others do not.
 *
 * <p>Articles become TF-IDF vectors over Arabic match keys (folded, light-stemmed content words; IDF
 * from document frequencies measured on a large unlabelled news corpus, so that names and rare words
 * weigh most), compared by cosine similarity damped by the distance between publication dates, and
 * clustered by average linkage under a threshold.
 */
package org.isnad.stories;
