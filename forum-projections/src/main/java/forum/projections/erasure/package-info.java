/**
 * What an erasure of personal data does to the read models: every column that holds a value of an erased data
 * subject reads "erased" at once, in the same transaction as the erasure's record. A rebuild gets there by itself
 * (the subjects' keys are gone, so their values open as erased); the live read models are changed here because
 * their rows were written while the keys still existed.
 */
package forum.projections.erasure;
