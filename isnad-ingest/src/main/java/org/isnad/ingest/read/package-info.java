/**
 * Reading raw articles from files and folders.
 *
 * <ul>
 *   <li>{@code .txt}: one article per file, plain text;</li>
 *   <li>{@code .html}, {@code .htm}: one article per file, HTML;</li>
 *   <li>{@code .jsonl}: one article per line, an object with {@code url}, {@code outlet}, {@code title},
 *       {@code published} and {@code text} or {@code html}.</li>
 * </ul>
 *
 * <p>Folders are walked recursively in sorted order; hidden files and folders (name starting with a dot)
 * are skipped silently; files of any other extension are reported as {@code unsupported file type .xyz}
 * both when named explicitly and when found in a folder, so that nothing is skipped without a word.
 * Bytes are decoded by {@link org.isnad.ingest.read.TextDecoder}.
 */
package org.isnad.ingest.read;
