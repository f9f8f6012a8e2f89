package org.isnad.core.model;

/** A line of boilerplate taken out of an article, with the reason it was judged boilerplate. */
public record Removal(String text, String reason) {
}
