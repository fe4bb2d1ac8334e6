package vn.phoihop.executiveboard.consultations.application;

import java.util.UUID;

public class ConsultationNotFound extends RuntimeException {

    public ConsultationNotFound(UUID caseId) {
        super("No consultation on case " + caseId + ".");
    }

}
