package vn.phoihop.executiveboard.consultations.domain;

/** The consultation is not in a state where the command or event makes sense. */
public final class ConsultationConflict extends RuleViolation {

    ConsultationConflict(String rule, String message) {
        super(rule, message);
    }

}
