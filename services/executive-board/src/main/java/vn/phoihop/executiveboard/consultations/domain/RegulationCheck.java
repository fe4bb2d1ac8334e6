package vn.phoihop.executiveboard.consultations.domain;

import java.util.Optional;

import vn.phoihop.regulation.Regulation;
import vn.phoihop.regulation.Regulations;
import vn.phoihop.regulation.UnknownRegulation;

/**
 * A consultation runs only under a regulation version this board was given, and only on an action kind that
 * regulation names: rules it cannot read must not be guessed. The refusal goes back to the cadre board instead of
 * a dead letter, so that its staff see why the case does not move.
 */
final class RegulationCheck {

    private RegulationCheck() {
    }

    static Optional<Refusal> refusal(RequestedConsultation request, Regulations regulations) {
        Regulation regulation;
        try {
            regulation = regulations.require(request.regulation());
        }
        catch (UnknownRegulation unknown) {
            return Optional.of(new Refusal(unknown.rule(), unknown.getMessage()));
        }
        if (request.proposal().kind() == null) {
            return Optional.of(new Refusal(UnknownRegulation.RULE, "Case " + request.caseId() + " names an action "
                    + "kind that regulation " + regulation + ", as the executive board knows it, does not have."));
        }
        return Optional.empty();
    }

}
