/**
 * The Arabic text layer of Isnad: offset-preserving normalization, tokenization, clitics, match
 * keys, sentence splitting, number words and dates.
 *
 * <p><b>Offset convention.</b> Every {@link org.isnad.core.model.Span} and
 * {@link org.isnad.core.model.Token} this package returns is a half-open range {@code [start, end)}
 * of UTF-16 offsets into the <em>original</em> text the caller passed in, so that
 * {@code text.substring(start, end)} is exactly the matched text as written (diacritics, tatweel
 * and bidi marks included when they lie inside it). Matching is done on a folded copy made by
 * {@link org.isnad.arabic.ArabicNormalizer}; its {@link org.isnad.arabic.NormalizedText} maps
 * folded offsets back to the original. Folding only deletes characters or replaces one UTF-16
 * unit by one, so the map is monotonic and every folded character comes from exactly one original
 * character. Spans relative to a word (see {@link org.isnad.arabic.Clitics}) say so explicitly.
 *
 * <p>All classes are stateless or immutable and safe to share between threads.
 */
package org.isnad.arabic;
