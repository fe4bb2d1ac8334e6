/** The term report auditors ask for, counted from the boards' events alone, and its JSON, CSV and PDF forms. */
package vn.phoihop.audit.report;
