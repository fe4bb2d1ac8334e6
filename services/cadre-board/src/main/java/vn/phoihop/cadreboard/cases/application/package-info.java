/** Use cases of the cadre board: one handler per command, each one transaction over state and outbox. */
package vn.phoihop.cadreboard.cases.application;
