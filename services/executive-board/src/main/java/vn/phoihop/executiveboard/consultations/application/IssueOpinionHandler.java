package vn.phoihop.executiveboard.consultations.application;

import java.time.Clock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.executiveboard.consultations.domain.Consultation;
import vn.phoihop.executiveboard.consultations.domain.Meeting;
import vn.phoihop.executiveboard.consultations.domain.OpinionDraft;

@Service
public class IssueOpinionHandler {

    private final Consultations consultations;

    private final ConsultationEvents events;

    private final StandingCommitteeProperties committee;

    private final Clock clock;

    IssueOpinionHandler(Consultations consultations, ConsultationEvents events, StandingCommitteeProperties committee,
            Clock clock) {
        this.consultations = consultations;
        this.events = events;
        this.committee = committee;
        this.clock = clock;
    }

    @Transactional
    public Consultation handle(IssueOpinion command) {
        Consultation consultation = consultations.lock(command.caseId())
            .orElseThrow(() -> new ConsultationNotFound(command.caseId()));
        int version = command.proposalVersion() != null ? command.proposalVersion()
                : consultation.request().proposalVersion();
        Meeting meeting = new Meeting(command.meetingDate(), committee.members(), command.summoned(), command.present(),
                command.recused(), command.tally());
        OpinionDraft draft = new OpinionDraft(version, command.outcome(), command.conditions(), command.questions(),
                meeting);
        events.publish(consultation.issueOpinion(draft, clock.instant()));
        consultations.update(consultation);
        return consultation;
    }

}
