/**
 * The audit's judge of each case: every rule of the coordination regulation checked again from the events both
 * boards published, under the regulation version the case ran under, with an outline of the case and a term's
 * statistics for reports. Plain Java over the decoded history; it calls neither board.
 */
package vn.phoihop.audit.verification;
