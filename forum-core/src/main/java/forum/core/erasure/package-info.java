/**
 * Erasure of personal data: an erasure names the data subjects whose keys are deleted (crypto-shredding) and why.
 * The event holds no personal data, only the subjects' ids ({@code member:<uuid>} ...) and a reason code, so that
 * the history records that an erasure happened without keeping what was erased.
 */
package forum.core.erasure;
