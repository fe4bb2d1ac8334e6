package vn.phoihop.executiveboard.consultations.domain;

/** The consultation is not in a state where the command or event makes sense. */
public class ConsultationConflict extends RuntimeException {

    private final String rule;

    ConsultationConflict(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }

}
