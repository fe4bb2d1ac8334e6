package vn.phoihop.executiveboard.consultations.application;

import java.time.Clock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.executiveboard.committee.application.StandingCommittee;
import vn.phoihop.executiveboard.consultations.domain.Consultation;
import vn.phoihop.regulation.Regulations;

@Service
public class IssueOpinionHandler {

    private final Consultations consultations;

    private final ConsultationEvents events;

    private final StandingCommittee committee;

    private final Regulations regulations;

    private final Clock clock;

    IssueOpinionHandler(Consultations consultations, ConsultationEvents events, StandingCommittee committee,
            Regulations regulations, Clock clock) {
        this.consultations = consultations;
        this.events = events;
        this.committee = committee;
        this.regulations = regulations;
        this.clock = clock;
    }

    @Transactional
    public Consultation handle(IssueOpinion command) {
        Consultation consultation = consultations.lockExisting(command.caseId());
        events.publish(consultation.issueOpinion(command.draft(), committee.roster(), regulations, clock.instant()));
        consultations.update(consultation);
        return consultation;
    }

}
