/**
 * Copies of one text across outlets (wire copies, re-posts, near-duplicates) and the independent reports
 * they form: a copy is not a corroboration, so claim links and key-point support are counted over reports.
 *
 * <p>Threshold provenance (dev only: ANT lines 20,001–23,000, 3,000 articles, raw {@code text} field):
 * all LSH candidate pairs with shingle Jaccard ≥ 0.2 were listed (231 pairs: 0.2–0.3: 60, 0.3–0.4: 52,
 * 0.4–0.5: 29, 0.5–0.6: 26, 0.6–0.7: 19, ≥ 0.7: 26) and read by band. Below 0.5 the pairs are
 * different reports of one event or of related events. In 0.5–0.6 about half are one wire text edited by
 * two outlets, half are different reports sharing background paragraphs (two days of Iraqi executions,
 * two Yemen fronts). In 0.6–0.7, 17 of 19 are one wire text carried by two outlets (EU–Turkey, Salvini,
 * Polish judges, Hakimi's transfer, ...); the two others are one outlet's follow-ups on later days.
 * Within one outlet, every pair read between 0.6 and 0.8 was a follow-up (a new report repeating
 * background), every pair from 0.8 up a re-post or an updated version of the same article. Hence 0.6
 * across outlets and 0.8 within one.
 */
package org.isnad.events.copies;
