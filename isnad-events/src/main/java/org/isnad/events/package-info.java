/**
 * Event coding for one story and what the story's articles say together.
 *
 * <p>Call order for one story: {@link org.isnad.events.EventExtractor#extract} on each article →
 * {@link org.isnad.events.EventMerger#merge} over all the mentions → then, from the merged
 * {@link org.isnad.events.EventCluster}s, {@link org.isnad.events.ContradictionFinder#find},
 * {@link org.isnad.events.TimelineBuilder#build} and {@link org.isnad.events.KeyPointExtractor#extract}.
 * {@link org.isnad.events.StoryEventAnalyzer} does all of it in one call.
 *
 * <p>Every span produced here is a {@link org.isnad.core.model.SourceSpan} cut from the article's
 * original text, so {@code text.substring(start, end)} equals the span's text by construction.
 * Arabic text handling (folding, tokens, clitics, match keys, sentences, numbers, dates) is isnad-arabic's;
 * {@code org.isnad.events.text} only adds what event coding needs on top of it: word lists with indices,
 * lexicon look-up readings, multi-word phrase lexicons, and the date and count choices of event reports.
 */
package org.isnad.events;
