/** HTTP plumbing that every service must read identically: Problem Details and the deny-by-default security baseline. */
package vn.phoihop.web;
