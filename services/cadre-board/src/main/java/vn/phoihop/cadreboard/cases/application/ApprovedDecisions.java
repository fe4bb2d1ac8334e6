package vn.phoihop.cadreboard.cases.application;

import java.time.LocalDate;
import java.util.List;

import vn.phoihop.regulation.ActionKind;
import vn.phoihop.regulation.DecidingAuthority;

/** Counts of approved decisions, for the reports auditors ask for. */
public interface ApprovedDecisions {

    /** Approved decisions taking effect in {@code [from, to]}, counted by action kind and deciding authority. */
    List<Count> countEffectiveBetween(LocalDate from, LocalDate to);

    record Count(ActionKind kind, DecidingAuthority authority, long count) {
    }

}
