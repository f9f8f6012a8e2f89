package org.isnad.ner;

/** A typed chunk over token positions {@code [start, end)}. */
public record Chunk(String type, int start, int end) {
}
