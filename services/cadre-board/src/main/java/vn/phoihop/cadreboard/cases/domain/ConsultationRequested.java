package vn.phoihop.cadreboard.cases.domain;

import java.time.LocalDate;
import java.util.List;

import vn.phoihop.regulation.ConsultationStep;
import vn.phoihop.regulation.SilenceRule;

/** The executive board is asked for its opinion on a proposal version; {@code amendment} null on the first. */
public record ConsultationRequested(Stamp stamp, Proposal proposal, List<ConsultationStep> steps,
        SilenceRule silenceRule, LocalDate requestDate, LocalDate responseDueDate, String amendment)
        implements CaseEvent {

    public ConsultationRequested {
        steps = List.copyOf(steps);
    }

}
