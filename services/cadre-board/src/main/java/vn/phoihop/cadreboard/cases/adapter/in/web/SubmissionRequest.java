package vn.phoihop.cadreboard.cases.adapter.in.web;

import java.time.LocalDate;

/** @param requestDate date of the request document; absent for today. It may lie in the past, never ahead. */
record SubmissionRequest(LocalDate requestDate) {
}
