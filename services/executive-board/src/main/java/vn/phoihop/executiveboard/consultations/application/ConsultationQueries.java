package vn.phoihop.executiveboard.consultations.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.executiveboard.committee.application.StandingCommittee;
import vn.phoihop.executiveboard.committee.domain.Roster;
import vn.phoihop.executiveboard.consultations.domain.Consultation;
import vn.phoihop.executiveboard.consultations.domain.OpinionCheck;
import vn.phoihop.executiveboard.consultations.domain.OpinionDraft;
import vn.phoihop.regulation.Regulations;
import vn.phoihop.web.paging.Page;
import vn.phoihop.web.paging.PageRequest;

@Service
@Transactional(readOnly = true)
public class ConsultationQueries {

    private final Consultations consultations;

    private final EventHistory history;

    private final StandingCommittee committee;

    private final Regulations regulations;

    private final Clock clock;

    ConsultationQueries(Consultations consultations, EventHistory history, StandingCommittee committee,
            Regulations regulations, Clock clock) {
        this.consultations = consultations;
        this.history = history;
        this.committee = committee;
        this.regulations = regulations;
        this.clock = clock;
    }

    public Consultation get(UUID caseId) {
        return consultations.find(caseId).orElseThrow(() -> new ConsultationNotFound(caseId));
    }

    public Page<Consultation> list(ConsultationFilter filter, PageRequest page) {
        return consultations.list(filter, today(), page);
    }

    public Page<Consultation> inbox(ConsultationFilter filter, PageRequest page) {
        return consultations.inbox(filter, today(), page);
    }

    public List<PublishedEvent> history(UUID caseId) {
        return history.of(caseId);
    }

    /** The rules' verdict on a draft opinion, against today's roster, issuing nothing. */
    public OpinionCheck checkOpinion(UUID caseId, OpinionDraft draft) {
        return checkOpinion(get(caseId), committee.roster(), draft);
    }

    /** {@link #checkOpinion(UUID, OpinionDraft)} for a caller that has already read the consultation and roster. */
    public OpinionCheck checkOpinion(Consultation consultation, Roster roster, OpinionDraft draft) {
        return consultation.checkOpinion(draft, roster, regulations);
    }

    /** The board's calendar day, by which a consultation is overdue. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

}
