package vn.phoihop.executiveboard.consultations.application;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.executiveboard.committee.application.StandingCommittee;
import vn.phoihop.executiveboard.committee.domain.Member;
import vn.phoihop.executiveboard.consultations.domain.Consultation;

@Service
public class RecordReviewHandler {

    private final Consultations consultations;

    private final ConsultationEvents events;

    private final StandingCommittee committee;

    private final Clock clock;

    RecordReviewHandler(Consultations consultations, ConsultationEvents events, StandingCommittee committee,
            Clock clock) {
        this.consultations = consultations;
        this.events = events;
        this.committee = committee;
        this.clock = clock;
    }

    @Transactional
    public Consultation handle(RecordReview command) {
        Consultation consultation = consultations.lockExisting(command.caseId());
        LocalDate reviewedOn = command.reviewedOn() != null ? command.reviewedOn() : LocalDate.now(clock);
        var reviewer = committee.roster().actingAs(command.username()).map(Member::memberId);
        consultation.reviewPublishedAs(events.publish(
                consultation.recordReview(reviewer, command.recommendation(), command.note(), reviewedOn)));
        consultations.update(consultation);
        return consultation;
    }

}
