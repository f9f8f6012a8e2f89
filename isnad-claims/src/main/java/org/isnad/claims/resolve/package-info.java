/**
 * Entity resolution: mentions of one story grouped into entities ({@link org.isnad.claims.resolve.EntityResolver}, implemented by {@link org.isnad.claims.resolve.RuleEntityResolver}).
 */
package org.isnad.claims.resolve;
