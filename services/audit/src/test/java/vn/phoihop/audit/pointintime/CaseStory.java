package vn.phoihop.audit.pointintime;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.avro.specific.SpecificRecord;

import vn.phoihop.audit.history.CaseHistory;
import vn.phoihop.audit.history.HistoryEvent;
import vn.phoihop.audit.history.TopicRecord;
import vn.phoihop.events.ActionKind;
import vn.phoihop.events.BallotTally;
import vn.phoihop.events.Cadre;
import vn.phoihop.events.CaseWithdrawn;
import vn.phoihop.events.ConsultationOverdue;
import vn.phoihop.events.ConsultationReceived;
import vn.phoihop.events.ConsultationRefused;
import vn.phoihop.events.ConsultationRequested;
import vn.phoihop.events.DecidingAuthority;
import vn.phoihop.events.DecisionFinalised;
import vn.phoihop.events.DecisionMeetingRecorded;
import vn.phoihop.events.DecisionOutcome;
import vn.phoihop.events.Envelope;
import vn.phoihop.events.EventCodec;
import vn.phoihop.events.InformationSupplied;
import vn.phoihop.events.Meeting;
import vn.phoihop.events.MemberReviewRecorded;
import vn.phoihop.events.OpinionIssued;
import vn.phoihop.events.OpinionOutcome;
import vn.phoihop.events.Position;
import vn.phoihop.events.PositionTier;
import vn.phoihop.events.SilenceRule;
import vn.phoihop.events.SubmittedUpward;
import vn.phoihop.events.Topics;

/**
 * One case told event by event, both boards taking turns as the protocol has them. Each event occurs an hour after
 * the one before and reaches the broker a minute after it occurred, so every instant between is there to look at.
 */
public final class CaseStory {

    public static final Duration STEP = Duration.ofHours(1);

    public static final Duration RELAY = Duration.ofMinutes(1);

    private static final EventCodec CODEC = EventCodec.create();

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final String caseId;

    private final List<HistoryEvent> events = new ArrayList<>();

    private Instant clock;

    private int version;

    private ActionKind kind = ActionKind.APPOINTMENT;

    private String actor;

    private CaseStory(String caseId, Instant start) {
        this.caseId = caseId;
        this.clock = start;
    }

    public static CaseStory of(String caseId, Instant start) {
        return new CaseStory(caseId, start);
    }

    /** A case told from 2 January 2012, 09:00 in Hà Nội. */
    public static CaseStory of(String caseId) {
        return of(caseId, Instant.parse("2012-01-02T02:00:00Z"));
    }

    /** The events told from here on were caused by {@code user}'s request; null: the board acted on its own. */
    public CaseStory by(String user) {
        this.actor = user;
        return this;
    }

    public CaseStory request(ActionKind actionKind) {
        this.kind = actionKind;
        this.version++;
        return cadre(ConsultationRequested.newBuilder()
            .setEnvelope(envelope(Topics.CADRE_BOARD))
            .setCaseId(this.caseId)
            .setProposalVersion(this.version)
            .setActionKind(actionKind)
            .setSubject(new Cadre("CB-0042", "Trần Thị Bình"))
            .setTargetPosition(new Position("Vụ trưởng", "VU-KH", "Vụ Kế hoạch", PositionTier.DEPARTMENT_HEAD))
            .setProposedEffectiveDate(today().plusMonths(1))
            .setTermYears(5)
            .setRationale("Đáp ứng tiêu chuẩn chức danh.")
            .setRegulationId("296-QC/BCSĐ-ĐUBKH")
            .setResponseDueDate(today().plusDays(14))
            .setRequestDate(today())
            .setAmendment(this.version == 1 ? null : "Bổ sung hồ sơ theo ý kiến của Ban Thường vụ.")
            .setSilenceRule(SilenceRule.NOTHING)
            .build());
    }

    /** The proposal amended: the same kind, asked again on the next version. */
    public CaseStory amend() {
        return request(this.kind);
    }

    public CaseStory supplyInformation() {
        return cadre(InformationSupplied.newBuilder()
            .setEnvelope(envelope(Topics.CADRE_BOARD))
            .setCaseId(this.caseId)
            .setProposalVersion(this.version)
            .setAnswers(List.of("Tín nhiệm 92%."))
            .setSuppliedOn(today())
            .setResponseDueDate(today().plusDays(14))
            .build());
    }

    public CaseStory overdue(boolean deemedConsent) {
        return cadre(ConsultationOverdue.newBuilder()
            .setEnvelope(envelope(Topics.CADRE_BOARD))
            .setCaseId(this.caseId)
            .setProposalVersion(this.version)
            .setDueDate(today().minusDays(1))
            .setDetectedOn(today())
            .setSilenceRule(deemedConsent ? SilenceRule.CONSENT : SilenceRule.NOTHING)
            .setDeemedConsent(deemedConsent)
            .build());
    }

    public CaseStory decisionMeeting() {
        if (this.version == 0) {
            this.version = 1; // a kind decided without consultation never published a request
        }
        return cadre(DecisionMeetingRecorded.newBuilder()
            .setEnvelope(envelope(Topics.CADRE_BOARD))
            .setCaseId(this.caseId)
            .setProposalVersion(this.version)
            .setMeetingDate(today())
            .setMembersTotal(7)
            .setPresent(7)
            .setInFavour(6)
            .setAgainst(1)
            .setAbstain(0)
            .build());
    }

    public CaseStory decide(DecisionOutcome outcome, LocalDate effectiveDate) {
        return cadre(decision(outcome, effectiveDate, DecidingAuthority.CADRE_BOARD, null));
    }

    public CaseStory submitUpward() {
        return cadre(SubmittedUpward.newBuilder()
            .setEnvelope(envelope(Topics.CADRE_BOARD))
            .setCaseId(this.caseId)
            .setProposalVersion(this.version)
            .setAuthorityName("Thủ tướng Chính phủ")
            .setSubmissionNumber("45-TTr/BCSĐ")
            .setSubmittedOn(today())
            .setOpinionEventId(latest(OpinionIssued.class))
            .build());
    }

    public CaseStory higherDecision(DecisionOutcome outcome, LocalDate effectiveDate) {
        return cadre(decision(outcome, effectiveDate, DecidingAuthority.HIGHER_AUTHORITY, "Thủ tướng Chính phủ"));
    }

    public CaseStory withdraw() {
        return cadre(CaseWithdrawn.newBuilder()
            .setEnvelope(envelope(Topics.CADRE_BOARD))
            .setCaseId(this.caseId)
            .setProposalVersion(this.version)
            .setReason("Cán bộ xin thôi.")
            .setWithdrawnAt(this.clock)
            .build());
    }

    public CaseStory receive() {
        return executive(ConsultationReceived.newBuilder()
            .setEnvelope(envelope(Topics.EXECUTIVE_BOARD))
            .setCaseId(this.caseId)
            .setProposalVersion(this.version)
            .setAssignedMemberId("UV-03")
            .setUnitCode("VU-KH")
            .setDueDate(today().plusDays(14))
            .setRequestEventId(latest(ConsultationRequested.class))
            .build());
    }

    public CaseStory refuse() {
        return executive(ConsultationRefused.newBuilder()
            .setEnvelope(envelope(Topics.EXECUTIVE_BOARD))
            .setCaseId(this.caseId)
            .setProposalVersion(this.version)
            .setRule("unknown-regulation-version")
            .setReason("Phiên bản quy chế chưa được áp dụng.")
            .setRequestEventId(latest(ConsultationRequested.class))
            .build());
    }

    public CaseStory review() {
        return executive(MemberReviewRecorded.newBuilder()
            .setEnvelope(envelope(Topics.EXECUTIVE_BOARD))
            .setCaseId(this.caseId)
            .setProposalVersion(this.version)
            .setMemberId("UV-03")
            .setRecommendation(OpinionOutcome.AGREE)
            .setNote("Đồng ý.")
            .setReviewedOn(today())
            .build());
    }

    public CaseStory opinion(OpinionOutcome outcome) {
        return opinionOn(this.version, outcome);
    }

    /** An opinion on {@code proposalVersion}, which may be older than the one the cadre board last sent. */
    public CaseStory opinionOn(int proposalVersion, OpinionOutcome outcome) {
        boolean questions = outcome == OpinionOutcome.REQUEST_INFORMATION;
        return executive(OpinionIssued.newBuilder()
            .setEnvelope(envelope(Topics.EXECUTIVE_BOARD))
            .setCaseId(this.caseId)
            .setProposalVersion(proposalVersion)
            .setOutcome(outcome)
            .setConditions(outcome == OpinionOutcome.AGREE_WITH_CONDITIONS ? "Hoàn thành bồi dưỡng." : null)
            .setQuestions(questions ? List.of("Kết quả lấy phiếu tín nhiệm?") : List.of())
            .setMeeting(Meeting.newBuilder()
                .setMeetingDate(today())
                .setMembersTotal(9)
                .setSummoned(9)
                .setPresent(8)
                .setRecused(0)
                .setTally(questions ? new BallotTally(0, 0, 0, 0) : new BallotTally(7, 1, 0, 0))
                .build())
            .setIssuedAt(this.clock)
            .build());
    }

    /** The event told last, to look at the case around it. */
    public HistoryEvent last() {
        return this.events.getLast();
    }

    public CaseHistory history() {
        return CaseHistory.of(this.caseId, this.events);
    }

    private DecisionFinalised decision(DecisionOutcome outcome, LocalDate effectiveDate, DecidingAuthority authority,
            String authorityName) {
        return DecisionFinalised.newBuilder()
            .setEnvelope(envelope(Topics.CADRE_BOARD))
            .setCaseId(this.caseId)
            .setProposalVersion(this.version)
            .setOutcome(outcome)
            .setAuthority(authority)
            .setAuthorityName(authorityName)
            .setDecisionNumber("123-QĐ/BCSĐ")
            .setEffectiveDate(effectiveDate)
            .setOpinionEventId(latest(OpinionIssued.class))
            .setContraryToOpinion(false)
            .setDecidedAt(this.clock)
            .build();
    }

    private CaseStory cadre(SpecificRecord event) {
        return tell(Topics.CADRE_BOARD_EVENTS, event);
    }

    private CaseStory executive(SpecificRecord event) {
        return tell(Topics.EXECUTIVE_BOARD_EVENTS, event);
    }

    private CaseStory tell(String topic, SpecificRecord event) {
        long offset = this.events.stream().filter(told -> told.topic().equals(topic)).count();
        TopicRecord told = new TopicRecord(topic, 0, offset, this.clock.plus(RELAY), this.caseId,
                CODEC.encode(event));
        this.events.add(HistoryEvent.of(event, told));
        this.clock = this.clock.plus(STEP);
        return this;
    }

    private Envelope envelope(String producer) {
        long sequence = this.events.stream().filter(told -> told.producer().equals(producer)).count() + 1;
        return Envelope.newBuilder()
            .setEventId(UUID.nameUUIDFromBytes((this.caseId + producer + sequence).getBytes(StandardCharsets.UTF_8))
                .toString())
            .setCaseId(this.caseId)
            .setSequence(sequence)
            .setOccurredAt(this.clock)
            .setProducer(producer)
            .setRegulationVersion("2013.1")
            .setActor(this.actor)
            .build();
    }

    private String latest(Class<? extends SpecificRecord> type) {
        return this.events.stream()
            .filter(told -> type.isInstance(told.event()))
            .reduce((earlier, later) -> later)
            .map(HistoryEvent::eventId)
            .orElse(null);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(this.clock, VIETNAM);
    }
}
