/** What the audit finds: rules and their violations. */
package vn.phoihop.audit.verdict;
