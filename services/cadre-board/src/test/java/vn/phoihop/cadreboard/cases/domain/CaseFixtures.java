package vn.phoihop.cadreboard.cases.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import vn.phoihop.regulation.ActionKind;
import vn.phoihop.regulation.ActionRules;
import vn.phoihop.regulation.ConsultationRules;
import vn.phoihop.regulation.PositionTier;
import vn.phoihop.regulation.Regulation;
import vn.phoihop.regulation.RegulationKey;
import vn.phoihop.regulation.SilenceRule;
import vn.phoihop.regulation.file.RegulationLibrary;

/**
 * The cases the stories start from, under the shipped regulation (296-QC/BCSĐ-ĐUBKH 2013.1: ten working days,
 * silence means nothing except for reappointments and extensions, deputy ministers decided higher up).
 */
final class CaseFixtures {

    static final Regulation REGULATION = RegulationLibrary.defaults("cadre board").inForce(LocalDate.of(2026, 11, 20));

    /** A Friday; ten working days later is Friday 4 December 2026. */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    static final LocalDate DUE = LocalDate.of(2026, 12, 4);

    /** The first working day after the due date: the consultation is overdue from then on. */
    static final LocalDate AFTER_DUE = LocalDate.of(2026, 12, 7);

    static final Instant NOW = Instant.parse("2026-11-20T03:00:00Z");

    static final Position DEPARTMENT_HEAD = new Position("Vụ trưởng", "VU-TCCB", "Vụ Tổ chức cán bộ",
            PositionTier.DEPARTMENT_HEAD);

    static final Position DEPUTY_HEAD = new Position("Phó Vụ trưởng", "VU-TCCB", "Vụ Tổ chức cán bộ",
            PositionTier.DEPARTMENT_DEPUTY_HEAD);

    static final Position OTHER_UNIT_HEAD = new Position("Vụ trưởng", "VU-KH", "Vụ Kế hoạch",
            PositionTier.DEPARTMENT_HEAD);

    static final Position DEPUTY_MINISTER = new Position("Thứ trưởng", "BO", "Bộ Kế hoạch và Đầu tư",
            PositionTier.DEPUTY_MINISTER);

    private CaseFixtures() {
    }

    static ProposalBuilder proposal(ActionKind kind) {
        return new ProposalBuilder(kind);
    }

    static Proposal appointment() {
        return proposal(ActionKind.APPOINTMENT).target(DEPARTMENT_HEAD).effective().term(5).build();
    }

    static Proposal deputyMinisterAppointment() {
        return proposal(ActionKind.APPOINTMENT).target(DEPUTY_MINISTER).effective().term(5).build();
    }

    /** Silence after the deadline counts as consent for a reappointment. */
    static Proposal reappointment() {
        return proposal(ActionKind.REAPPOINTMENT).current(DEPARTMENT_HEAD).effective().term(5).build();
    }

    static PersonnelCase draft() {
        return draft(appointment());
    }

    static PersonnelCase draft(Proposal proposal) {
        return PersonnelCase.open(CaseId.random(), proposal, REGULATION);
    }

    static PersonnelCase submitted() {
        return submitted(appointment());
    }

    static PersonnelCase submitted(Proposal proposal) {
        PersonnelCase personnelCase = draft(proposal);
        personnelCase.submit(TODAY, TODAY);
        return personnelCase;
    }

    /** Submitted and answered on version 1. */
    static PersonnelCase answered(Proposal proposal, OpinionOutcome outcome) {
        PersonnelCase personnelCase = submitted(proposal);
        personnelCase.receive(opinion(1, outcome), REGULATION.version());
        return personnelCase;
    }

    /** Answered, and voted on by the board with {@code inFavour} of its 9 members. */
    static PersonnelCase votedOn(Proposal proposal, OpinionOutcome outcome, int inFavour) {
        PersonnelCase personnelCase = answered(proposal, outcome);
        meetingHeld(personnelCase, inFavour);
        return personnelCase;
    }

    static PersonnelCase readyToApprove() {
        return votedOn(appointment(), OpinionOutcome.AGREE, 7);
    }

    static ReceivedOpinion opinion(int proposalVersion, OpinionOutcome outcome) {
        List<String> questions = outcome == OpinionOutcome.REQUEST_INFORMATION ? List.of("Kết quả đánh giá 3 năm?")
                : List.of();
        return new ReceivedOpinion(UUID.randomUUID(), proposalVersion, outcome, null, questions, NOW);
    }

    /** A meeting of all 9 members: {@code inFavour} for, the rest against. */
    static MeetingVote vote(int inFavour) {
        return new MeetingVote(TODAY, 9, 9, inFavour, 9 - inFavour, 0);
    }

    /** The board meets, and the outbox gives the meeting's event its id, as the application does. */
    static DecisionMeetingRecorded meetingHeld(PersonnelCase personnelCase, int inFavour) {
        return published(personnelCase, personnelCase.recordDecisionMeeting(vote(inFavour), TODAY));
    }

    /** The deadline check on {@code day}, with the event id handed back as the application does. */
    static Optional<ConsultationOverdue> checkedOn(PersonnelCase personnelCase, LocalDate day) {
        return personnelCase.markOverdue(day).map(overdue -> published(personnelCase, overdue));
    }

    static <E extends CaseEvent> E published(PersonnelCase personnelCase, E event) {
        personnelCase.published(event, UUID.randomUUID());
        return event;
    }

    static FinaliseDecision approve() {
        return new FinaliseDecision(DecisionOutcome.APPROVED, "123-QĐ/BCSĐ", LocalDate.of(2027, 1, 1), null);
    }

    static FinaliseDecision reject() {
        return new FinaliseDecision(DecisionOutcome.REJECTED, "124-QĐ/BCSĐ", LocalDate.of(2027, 1, 1), null);
    }

    static UpwardSubmission upwardSubmission() {
        return new UpwardSubmission("Thủ tướng Chính phủ", "45-TTr/BCSĐ", TODAY);
    }

    /** The shipped regulation, but one that asks for no consultation on {@code kind}. */
    static Regulation withoutConsultationFor(ActionKind kind) {
        Map<ActionKind, ActionRules> actions = new EnumMap<>(REGULATION.actions());
        ActionRules rules = REGULATION.rulesFor(kind);
        actions.put(kind, new ActionRules(kind, new ConsultationRules(false, List.of(), 0, SilenceRule.NOTHING),
                rules.meeting(), rules.decidingAuthority()));
        return new Regulation(new RegulationKey(REGULATION.id(), "test-without-consultation"), REGULATION.title(),
                REGULATION.effectiveFrom(), REGULATION.calendar(), actions);
    }

    /** Proposals field by field, for the table of what each kind needs. */
    static final class ProposalBuilder {

        private final ActionKind kind;

        private Position current;

        private Position target;

        private LocalDate effective;

        private Integer term;

        private DisciplineMeasure measure;

        private ProposalBuilder(ActionKind kind) {
            this.kind = kind;
        }

        ProposalBuilder current(Position position) {
            this.current = position;
            return this;
        }

        ProposalBuilder target(Position position) {
            this.target = position;
            return this;
        }

        ProposalBuilder effective() {
            this.effective = LocalDate.of(2027, 1, 1);
            return this;
        }

        ProposalBuilder term(Integer years) {
            this.term = years;
            return this;
        }

        ProposalBuilder measure(DisciplineMeasure disciplineMeasure) {
            this.measure = disciplineMeasure;
            return this;
        }

        Proposal build() {
            return new Proposal(kind, new Cadre("CB-0001", "Nguyễn Văn An"), current, target, effective, term, measure,
                    "Kiện toàn lãnh đạo Vụ", List.of(new DossierDocument("to-trinh.pdf", "application/pdf",
                            "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")));
        }

    }

}
