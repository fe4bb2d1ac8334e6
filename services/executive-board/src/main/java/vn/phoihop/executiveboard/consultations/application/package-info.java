/** Use cases of the executive board: one handler per command, each one transaction over state and outbox. */
package vn.phoihop.executiveboard.consultations.application;
