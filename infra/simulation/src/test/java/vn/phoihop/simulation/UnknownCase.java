package vn.phoihop.simulation;

import java.util.UUID;

/** A message on a case the receiving board does not have (CaseNotFound, ConsultationNotFound): dead-lettered. */
final class UnknownCase extends RuntimeException {

    UnknownCase(UUID caseId) {
        super("no case " + Labels.of(caseId) + " here");
    }

}
