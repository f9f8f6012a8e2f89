/**
 * Small text helpers for this module: folding for matching, words with exact offsets, proclitic readings.
 */
package org.isnad.claims.text;
