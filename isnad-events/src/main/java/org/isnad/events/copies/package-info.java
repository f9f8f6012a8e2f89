/**
 * Copies of one text across outlets (wire copies, near-duplicates) and the independent reports they
 * form: a copy is not a corroboration, so claim links and key-point support are counted over reports.
 *
 * <p>Threshold provenance: to be recorded.
 */
package org.isnad.events.copies;
