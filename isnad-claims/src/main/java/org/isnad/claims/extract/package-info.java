/**
 * Attributed claims: reporting cues, speakers, channels and content spans ({@link org.isnad.claims.extract.ClaimExtractor}, implemented by {@link org.isnad.claims.extract.CueClaimExtractor}).
 */
package org.isnad.claims.extract;
