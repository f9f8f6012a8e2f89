/**
 * Words with exact offsets for this module, and the proclitic readings of names (built on isnad-arabic).
 */
package org.isnad.claims.text;
