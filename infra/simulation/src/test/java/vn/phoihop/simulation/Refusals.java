package vn.phoihop.simulation;

/**
 * What counts as a board refusing: a rule of either domain, a command's invalid argument, an unknown case.
 * Anything else a domain throws is a bug, and fails the run with its history.
 */
final class Refusals {

    private Refusals() {
    }

    static boolean isRefusal(RuntimeException thrown) {
        return thrown instanceof vn.phoihop.cadreboard.cases.domain.RuleViolation
                || thrown instanceof vn.phoihop.executiveboard.consultations.domain.RuleViolation
                || thrown instanceof IllegalArgumentException || thrown instanceof UnknownCase;
    }

    static String reason(RuntimeException thrown) {
        String rule = switch (thrown) {
            case vn.phoihop.cadreboard.cases.domain.RuleViolation violation -> violation.rule() + ": ";
            case vn.phoihop.executiveboard.consultations.domain.RuleViolation violation -> violation.rule() + ": ";
            default -> "";
        };
        return rule + thrown.getMessage();
    }

}
