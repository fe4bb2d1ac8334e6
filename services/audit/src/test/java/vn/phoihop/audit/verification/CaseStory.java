package vn.phoihop.audit.verification;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

import org.apache.avro.specific.SpecificRecord;

import vn.phoihop.audit.history.CaseHistory;
import vn.phoihop.audit.history.HistoryEvent;
import vn.phoihop.audit.history.TopicRecord;
import vn.phoihop.events.ActionKind;
import vn.phoihop.events.BallotTally;
import vn.phoihop.events.CaseWithdrawn;
import vn.phoihop.events.ConsultationOverdue;
import vn.phoihop.events.ConsultationReceived;
import vn.phoihop.events.ConsultationRefused;
import vn.phoihop.events.ConsultationRequested;
import vn.phoihop.events.ConsultationStep;
import vn.phoihop.events.DecidingAuthority;
import vn.phoihop.events.DecisionFinalised;
import vn.phoihop.events.DecisionMeetingRecorded;
import vn.phoihop.events.DecisionOutcome;
import vn.phoihop.events.Envelope;
import vn.phoihop.events.EventCodec;
import vn.phoihop.events.EventHash;
import vn.phoihop.events.InformationSupplied;
import vn.phoihop.events.Meeting;
import vn.phoihop.events.MemberReviewRecorded;
import vn.phoihop.events.OpinionIssued;
import vn.phoihop.events.OpinionOutcome;
import vn.phoihop.events.PositionTier;
import vn.phoihop.events.SilenceRule;
import vn.phoihop.events.SubmittedUpward;
import vn.phoihop.events.Topics;
import vn.phoihop.regulation.Regulation;
import vn.phoihop.regulation.Regulations;
import vn.phoihop.regulation.file.RegulationLibrary;

/**
 * A case told step by step as the two boards publish it, under the shipped regulation: each step adds the event a
 * board's domain would emit in a correct run (sequence, due dates, lateness, the ids its decision rests on), on the
 * story's day. Tests break a rule by leaving a step out, taking one out of turn, or changing an event with
 * {@link #change}. The history holds the events in the order told, each read one moment after it occurred.
 */
final class CaseStory {

    static final Regulations REGULATIONS = RegulationLibrary.defaults("audit");

    static final Regulation REGULATION = REGULATIONS.require("296-QC/BCSĐ-ĐUBKH", "2013.1");

    static final String ASSIGNED = "UV-03";

    static final List<String> COMMITTEE = List.of("UV-01", "UV-02", "UV-03", "UV-04", "UV-05", "UV-06", "UV-07");

    private static final String CONDITIONS = "Hoàn thiện hồ sơ trước khi bổ nhiệm";

    private static final EventCodec CODEC = EventCodec.create();

    private final String caseId = UUID.randomUUID().toString();

    private final ActionKind kind;

    private final PositionTier tier;

    private final List<SpecificRecord> events = new ArrayList<>();

    private final Map<String, Long> sequences = new HashMap<>();

    private final Map<Integer, LocalDate> dueDates = new HashMap<>();

    private LocalDate today = LocalDate.of(2014, 3, 3);

    private int moments;

    private int version;

    private int executiveVersion;

    private String requestId;

    private String reviewId;

    private String opinionId;

    private String overdueId;

    private String meetingId;

    private SubmittedUpward submission;

    private CaseStory(ActionKind kind, PositionTier tier) {
        this.kind = kind;
        this.tier = tier;
    }

    static CaseStory of(ActionKind kind, PositionTier tier) {
        return new CaseStory(kind, tier);
    }

    static CaseStory appointment() {
        return of(ActionKind.APPOINTMENT, PositionTier.DEPARTMENT_HEAD);
    }

    /** Silence is consent for a reappointment. */
    static CaseStory reappointment() {
        return of(ActionKind.REAPPOINTMENT, PositionTier.DEPARTMENT_HEAD);
    }

    /** Appointed by the Prime Minister: the cadre board only submits. */
    static CaseStory deputyMinister() {
        return of(ActionKind.REAPPOINTMENT, PositionTier.DEPUTY_MINISTER);
    }

    /** The story up to the Standing Committee's opinion on version 1. */
    static CaseStory consulted(CaseStory story, OpinionOutcome outcome) {
        return story.requested().received().reviewed().opinion(outcome);
    }

    String caseId() {
        return this.caseId;
    }

    CaseStory on(LocalDate day) {
        this.today = day;
        return this;
    }

    CaseStory afterWorkingDays(int workingDays) {
        return on(REGULATION.calendar().plusWorkingDays(this.today, workingDays));
    }

    LocalDate dueDate() {
        return this.dueDates.get(this.version);
    }

    CaseStory requested() {
        return request(null);
    }

    CaseStory amended() {
        return request("Bổ sung quá trình công tác theo ý kiến của Ban Thường vụ");
    }

    private CaseStory request(String amendment) {
        this.version++;
        this.opinionId = null;
        this.overdueId = null;
        LocalDate due = REGULATION.responseDueDate(regulationKind(), this.today);
        this.dueDates.put(this.version, due);
        ConsultationRequested.Builder request = ConsultationRequested.newBuilder()
            .setProposalVersion(this.version)
            .setRegulationId(REGULATION.id())
            .setSteps(List.of(ConsultationStep.ASSIGNED_MEMBER_REVIEW, ConsultationStep.STANDING_COMMITTEE_OPINION))
            .setSilenceRule(SilenceRule.valueOf(REGULATION.rulesFor(regulationKind()).consultation().silence().name()))
            .setRequestDate(this.today)
            .setResponseDueDate(due)
            .setAmendment(amendment);
        Proposals.fill(request, this.kind, this.tier, this.today);
        this.requestId = cadreBoard(envelope -> request.setEnvelope(envelope).setCaseId(this.caseId).build());
        return this;
    }

    CaseStory informationSupplied() {
        this.opinionId = null;
        this.overdueId = null;
        LocalDate due = REGULATION.responseDueDate(regulationKind(), this.today);
        this.dueDates.put(this.version, due);
        cadreBoard(envelope -> InformationSupplied.newBuilder()
            .setEnvelope(envelope)
            .setCaseId(this.caseId)
            .setProposalVersion(this.version)
            .setAnswers(List.of("Đã bổ sung bản kê khai tài sản, thu nhập năm 2013"))
            .setSuppliedOn(this.today)
            .setResponseDueDate(due)
            .build());
        return this;
    }

    /** The cadre board's deadline check on the story's day, with the silence rule of the regulation. */
    CaseStory overdue() {
        boolean consent = REGULATION.rulesFor(regulationKind()).consultation().silence()
                == vn.phoihop.regulation.SilenceRule.CONSENT;
        String id = cadreBoard(envelope -> ConsultationOverdue.newBuilder()
            .setEnvelope(envelope)
            .setCaseId(this.caseId)
            .setProposalVersion(this.version)
            .setDueDate(dueDate())
            .setDetectedOn(this.today)
            .setSilenceRule(consent ? SilenceRule.CONSENT : SilenceRule.NOTHING)
            .setDeemedConsent(consent)
            .build());
        if (consent) {
            this.overdueId = id;
        }
        return this;
    }

    CaseStory decisionMeeting() {
        return decisionMeeting(5);
    }

    /** The cadre board's six members, all present; approving takes more than three in favour. */
    CaseStory decisionMeeting(int inFavour) {
        this.meetingId = cadreBoard(envelope -> DecisionMeetingRecorded.newBuilder()
            .setEnvelope(envelope)
            .setCaseId(this.caseId)
            .setProposalVersion(this.version)
            .setMeetingDate(this.today)
            .setMembersTotal(6)
            .setPresent(6)
            .setInFavour(inFavour)
            .setAgainst(6 - inFavour)
            .setAbstain(0)
            .build());
        return this;
    }

    CaseStory decided(DecisionOutcome outcome) {
        return decided(outcome, null);
    }

    /** The board's decision on what the case rests on now, flagged contrary when it departs from the opinion. */
    CaseStory decided(DecisionOutcome outcome, String justification) {
        cadreBoard(envelope -> DecisionFinalised.newBuilder()
            .setEnvelope(envelope)
            .setCaseId(this.caseId)
            .setProposalVersion(this.version)
            .setOutcome(outcome)
            .setAuthority(DecidingAuthority.CADRE_BOARD)
            .setDecisionNumber("123-QĐ/BCSĐ")
            .setEffectiveDate(this.today.plusDays(14))
            .setOpinionEventId(this.opinionId)
            .setOverdueEventId(this.overdueId)
            .setDecisionMeetingEventId(this.meetingId)
            .setContraryToOpinion(contrary(this.opinionId, outcome))
            .setJustification(justification)
            .setDecidedAt(moment())
            .build());
        return this;
    }

    CaseStory submittedUpward() {
        cadreBoard(envelope -> {
            this.submission = SubmittedUpward.newBuilder()
                .setEnvelope(envelope)
                .setCaseId(this.caseId)
                .setProposalVersion(this.version)
                .setAuthorityName("Thủ tướng Chính phủ")
                .setSubmissionNumber("45-TTr/BCSĐ")
                .setSubmittedOn(this.today)
                .setOpinionEventId(this.opinionId)
                .setOverdueEventId(this.overdueId)
                .setDecisionMeetingEventId(this.meetingId)
                .build();
            return this.submission;
        });
        return this;
    }

    /** The higher authority's decision, resting on what the case was submitted with. */
    CaseStory higherDecision(DecisionOutcome outcome) {
        cadreBoard(envelope -> DecisionFinalised.newBuilder()
            .setEnvelope(envelope)
            .setCaseId(this.caseId)
            .setProposalVersion(this.submission.getProposalVersion())
            .setOutcome(outcome)
            .setAuthority(DecidingAuthority.HIGHER_AUTHORITY)
            .setAuthorityName(this.submission.getAuthorityName())
            .setDecisionNumber("567/QĐ-TTg")
            .setEffectiveDate(this.today.plusDays(7))
            .setOpinionEventId(this.submission.getOpinionEventId())
            .setOverdueEventId(this.submission.getOverdueEventId())
            .setContraryToOpinion(contrary(this.submission.getOpinionEventId(), outcome))
            .setDecidedAt(moment())
            .build());
        return this;
    }

    CaseStory withdrawn() {
        cadreBoard(envelope -> CaseWithdrawn.newBuilder()
            .setEnvelope(envelope)
            .setCaseId(this.caseId)
            .setProposalVersion(this.version)
            .setReason("Cán bộ xin thôi")
            .setWithdrawnAt(moment())
            .build());
        return this;
    }

    CaseStory received() {
        return received(ASSIGNED);
    }

    /** The executive board takes the latest request (its due date included) and routes it to the unit's member. */
    CaseStory received(String assignedMemberId) {
        this.executiveVersion = this.version;
        executiveBoard(envelope -> ConsultationReceived.newBuilder()
            .setEnvelope(envelope)
            .setCaseId(this.caseId)
            .setProposalVersion(this.executiveVersion)
            .setAssignedMemberId(assignedMemberId)
            .setUnitCode("VU-TCCB")
            .setDueDate(this.dueDates.get(this.executiveVersion))
            .setRequestEventId(this.requestId)
            .build());
        return this;
    }

    CaseStory refused() {
        this.executiveVersion = this.version;
        executiveBoard(envelope -> ConsultationRefused.newBuilder()
            .setEnvelope(envelope)
            .setCaseId(this.caseId)
            .setProposalVersion(this.executiveVersion)
            .setRule("regulation-known")
            .setReason("Regulation 296-QC/BCSĐ-ĐUBKH version 2013.1 is not known to the executive board.")
            .setRequestEventId(this.requestId)
            .build());
        return this;
    }

    CaseStory reviewed() {
        return reviewed(ASSIGNED);
    }

    CaseStory reviewed(String memberId) {
        this.reviewId = executiveBoard(envelope -> MemberReviewRecorded.newBuilder()
            .setEnvelope(envelope)
            .setCaseId(this.caseId)
            .setProposalVersion(this.executiveVersion)
            .setMemberId(memberId)
            .setRecommendation(OpinionOutcome.AGREE)
            .setNote("Đủ tiêu chuẩn")
            .setReviewedOn(this.today)
            .build());
        return this;
    }

    /**
     * The Standing Committee's opinion on the version the executive board holds: all seven summoned, six present,
     * six ballots for the outcome (none on a request for information), late when held after the due date.
     */
    CaseStory opinion(OpinionOutcome outcome) {
        int on = this.executiveVersion;
        boolean asks = outcome == OpinionOutcome.REQUEST_INFORMATION;
        int agree = outcome == OpinionOutcome.AGREE || outcome == OpinionOutcome.AGREE_WITH_CONDITIONS ? 6 : 0;
        int disagree = outcome == OpinionOutcome.DISAGREE ? 6 : 0;
        Meeting meeting = Meeting.newBuilder()
            .setMeetingDate(this.today)
            .setMembersTotal(7)
            .setSummoned(7)
            .setPresent(6)
            .setRecused(0)
            .setTally(new BallotTally(agree, disagree, 0, 0))
            .setSummonedMemberIds(COMMITTEE)
            .setPresentMemberIds(COMMITTEE.subList(0, 6))
            .setRecusals(List.of())
            .build();
        String id = executiveBoard(envelope -> OpinionIssued.newBuilder()
            .setEnvelope(envelope)
            .setCaseId(this.caseId)
            .setProposalVersion(on)
            .setOutcome(outcome)
            .setConditions(outcome == OpinionOutcome.AGREE_WITH_CONDITIONS ? CONDITIONS : null)
            .setQuestions(asks ? List.of("Đề nghị bổ sung bản kê khai tài sản, thu nhập") : List.of())
            .setMeeting(meeting)
            .setIssuedAt(moment())
            .setReviewEventId(this.reviewId)
            .setLate(this.today.isAfter(this.dueDates.get(on)))
            .build());
        if (on == this.version) {
            this.opinionId = asks ? null : id;
            this.overdueId = null;
        }
        return this;
    }

    /** Changes the last event of a type, as a faulty or tampering board would have published it. */
    <E extends SpecificRecord> CaseStory change(Class<E> type, Consumer<E> change) {
        change.accept(last(type));
        return this;
    }

    <E extends SpecificRecord> E last(Class<E> type) {
        return this.events.reversed().stream().filter(type::isInstance).map(type::cast).findFirst().orElseThrow();
    }

    String lastId(Class<? extends SpecificRecord> type) {
        return EventCodec.envelopeOf(last(type)).getEventId();
    }

    /** The history as the audit reads it: encoded, hash-chained per board, each taken by the broker just after. */
    CaseHistory history() {
        Map<String, String> heads = new HashMap<>();
        Map<String, Long> offsets = new HashMap<>();
        List<HistoryEvent> read = new ArrayList<>();
        for (SpecificRecord event : this.events) {
            Envelope envelope = EventCodec.envelopeOf(event);
            envelope.setPreviousEventHash(heads.get(envelope.getProducer()));
            byte[] bytes = CODEC.encode(event);
            heads.put(envelope.getProducer(), EventHash.of(bytes));
            String topic = envelope.getProducer().equals(Topics.CADRE_BOARD) ? Topics.CADRE_BOARD_EVENTS
                    : Topics.EXECUTIVE_BOARD_EVENTS;
            long offset = offsets.merge(topic, 1L, Long::sum) - 1;
            TopicRecord record = new TopicRecord(topic, 0, offset,
                    envelope.getOccurredAt().plus(Duration.ofMillis(200)), this.caseId, bytes);
            read.add(HistoryEvent.of(CODEC.decode(bytes), record));
        }
        return CaseHistory.of(this.caseId, read);
    }

    private boolean contrary(String opinionEventId, DecisionOutcome outcome) {
        if (opinionEventId == null) {
            return false;
        }
        OpinionOutcome opinion = this.events.stream()
            .filter(OpinionIssued.class::isInstance)
            .map(OpinionIssued.class::cast)
            .filter(issued -> issued.getEnvelope().getEventId().equals(opinionEventId))
            .findFirst()
            .orElseThrow()
            .getOutcome();
        return (opinion == OpinionOutcome.DISAGREE) != (outcome == DecisionOutcome.REJECTED);
    }

    private String cadreBoard(Function<Envelope, SpecificRecord> event) {
        return publish(Topics.CADRE_BOARD, event);
    }

    private String executiveBoard(Function<Envelope, SpecificRecord> event) {
        return publish(Topics.EXECUTIVE_BOARD, event);
    }

    private String publish(String producer, Function<Envelope, SpecificRecord> event) {
        Envelope envelope = Envelope.newBuilder()
            .setEventId(UUID.randomUUID().toString())
            .setCaseId(this.caseId)
            .setSequence(this.sequences.merge(producer, 1L, Long::sum))
            .setOccurredAt(moment())
            .setProducer(producer)
            .setRegulationVersion(REGULATION.version())
            .build();
        this.events.add(event.apply(envelope));
        return envelope.getEventId();
    }

    /** A new moment of the story's day in Vietnam, each a minute after the one before. */
    private Instant moment() {
        return this.today.atTime(LocalTime.of(9, 0)).plusMinutes(this.moments++).atZone(BoardDates.VIETNAM)
            .toInstant();
    }

    private vn.phoihop.regulation.ActionKind regulationKind() {
        return vn.phoihop.regulation.ActionKind.valueOf(this.kind.name());
    }
}
