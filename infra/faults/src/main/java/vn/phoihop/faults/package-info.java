/**
 * The fault-injection suite: the platform's services as OS processes on a real broker and PostgreSQL, driven
 * through whole consultation cycles while they are killed, paused and cut off, and the history checked after.
 */
package vn.phoihop.faults;
