package vn.phoihop.audit.pointintime;

import java.time.LocalDate;

/** Where a board's replay of the case got to. */
record Standing<S extends Enum<S>>(S status, int proposalVersion, LocalDate dueDate) {
}
