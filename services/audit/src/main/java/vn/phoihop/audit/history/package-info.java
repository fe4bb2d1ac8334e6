/** The history as read from the topics: records, decoded events, and each case's events from both boards. */
package vn.phoihop.audit.history;
