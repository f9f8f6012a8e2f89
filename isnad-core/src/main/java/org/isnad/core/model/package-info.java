/**
 * The Isnad data model: immutable records shared by every stage and edge.
 *
 * <p><b>Offsets.</b> Every span is a half-open pair of UTF-16 offsets {@code [start, end)} into the
 * {@code text} of the {@link org.isnad.core.model.Article} it names, so that
 * {@code article.text().substring(start, end)} is exactly the highlighted text. Offsets are never
 * into a normalized copy of the text; normalization keeps a map back to the original.
 */
package org.isnad.core.model;
