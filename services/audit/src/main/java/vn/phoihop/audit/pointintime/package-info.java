/**
 * A case as it stood at a past instant, from the history alone: what had happened by then, how each board stood,
 * and which of the other board's events each had been able to read and had answered.
 */
package vn.phoihop.audit.pointintime;
