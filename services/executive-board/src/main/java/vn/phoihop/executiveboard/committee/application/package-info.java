/** Use cases of the roster: an administrator saves members and assigns units, each in one transaction. */
package vn.phoihop.executiveboard.committee.application;
