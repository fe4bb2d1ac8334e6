package vn.phoihop.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.apache.avro.specific.SpecificRecord;

/**
 * One case told in events, from the consultation through the member's review, the opinion, a request for information
 * and its answer, the cadre board's meeting and the decision; and the other endings a case can have. Every optional
 * field is used somewhere.
 */
final class SampleEvents {

    static final String CASE_ID = "5f0c2a9e-8d1b-4c43-9a57-0d6a3b1f2e11";

    private SampleEvents() {
    }

    static Stream<SpecificRecord> all() {
        return Stream.of(consultationRequested(), consultationReceived(), memberReviewRecorded(), opinionIssued(),
                informationSupplied(), amendedConsultationRequested(), decisionMeetingRecorded(), decisionFinalised(),
                rejectionWithoutDocument(), consultationRefused(), unassignedConsultationReceived(),
                lateOpinionWithoutReview(), consultationOverdue(), submittedUpward(), submittedUpwardOnSilence(),
                higherAuthorityDecision(), caseWithdrawn(), disciplineRequested(), checkpoint());
    }

    static Checkpoint checkpoint() {
        return Checkpoint.newBuilder()
                .setCheckpointId("5d0c7a52-6f1e-4c39-9b43-0e1f2a3b4c5d")
                .setProducer(Topics.CADRE_BOARD)
                .setStreamPosition(42)
                .setLastEventHash("9f".repeat(32))
                .setSignedAt(java.time.Instant.parse("2013-07-01T02:00:00Z"))
                .setKeyId("cadre-board-2013")
                .setSignature(java.nio.ByteBuffer.wrap(new byte[64]))
                .build();
    }

    static ConsultationRequested consultationRequested() {
        return ConsultationRequested.newBuilder()
                .setEnvelope(envelope("0b9f6c1e-1111-4a9e-9c7e-2d1f0e3a4b01", 1, Topics.CADRE_BOARD, null))
                .setCaseId(CASE_ID)
                .setProposalVersion(1)
                .setActionKind(ActionKind.TRANSFER_AND_APPOINTMENT)
                .setSubject(new Cadre("CB-0001", "Nguyễn Văn An"))
                .setCurrentPosition(new Position("Phó Vụ trưởng", "VU-KH", "Vụ Kế hoạch",
                        PositionTier.DEPARTMENT_DEPUTY_HEAD))
                .setTargetPosition(new Position("Vụ trưởng", "VU-TCCB", "Vụ Tổ chức cán bộ",
                        PositionTier.DEPARTMENT_HEAD))
                .setProposedEffectiveDate(LocalDate.of(2027, 1, 1))
                .setTermYears(5)
                .setRationale("Đáp ứng tiêu chuẩn, có năng lực quản lý.")
                .setDossier(List.of(new DossierDocument("to-trinh.pdf", "application/pdf",
                        "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")))
                .setRegulationId("QD-105-2026")
                .setSteps(List.of(ConsultationStep.ASSIGNED_MEMBER_REVIEW, ConsultationStep.STANDING_COMMITTEE_OPINION))
                .setResponseDueDate(LocalDate.of(2026, 12, 4))
                .setRequestDate(LocalDate.of(2026, 11, 18))
                .setSilenceRule(SilenceRule.NOTHING)
                .build();
    }

    /** The proposal amended after the executive board asked for information, published as version 2. */
    static ConsultationRequested amendedConsultationRequested() {
        return ConsultationRequested.newBuilder(consultationRequested())
                .setEnvelope(envelope("0b9f6c1e-1212-4a9e-9c7e-2d1f0e3a4b12", 3, Topics.CADRE_BOARD, null))
                .setProposalVersion(2)
                .setProposedEffectiveDate(null)
                .setTermYears(null)
                .setAmendment("Bổ sung kết quả lấy phiếu tín nhiệm theo yêu cầu của Ban Thường vụ.")
                .setSilenceRule(SilenceRule.CONSENT)
                .build();
    }

    /** A disciplinary case: the measure travels with the request so the committee knows what it is asked about. */
    static ConsultationRequested disciplineRequested() {
        return ConsultationRequested.newBuilder(consultationRequested())
                .setEnvelope(envelope("0b9f6c1e-dddd-4a9e-9c7e-2d1f0e3a4b1d", 1, Topics.CADRE_BOARD, null))
                .setActionKind(ActionKind.DISCIPLINE)
                .setTargetPosition(null)
                .setProposedEffectiveDate(null)
                .setTermYears(null)
                .setDisciplineMeasure(DisciplineMeasure.WARNING)
                .build();
    }

    static ConsultationReceived consultationReceived() {
        return ConsultationReceived.newBuilder()
                .setEnvelope(envelope("0b9f6c1e-4444-4a9e-9c7e-2d1f0e3a4b04", 1, Topics.EXECUTIVE_BOARD, null))
                .setCaseId(CASE_ID)
                .setProposalVersion(1)
                .setAssignedMemberId("UV-03")
                .setUnitCode("VU-TCCB")
                .setDueDate(LocalDate.of(2026, 12, 4))
                .setRequestEventId("0b9f6c1e-1111-4a9e-9c7e-2d1f0e3a4b01")
                .build();
    }

    /** No Standing Committee member follows the unit, so the case goes straight to the meeting. */
    static ConsultationReceived unassignedConsultationReceived() {
        return ConsultationReceived.newBuilder(consultationReceived())
                .setAssignedMemberId(null)
                .setUnitCode(null)
                .build();
    }

    static MemberReviewRecorded memberReviewRecorded() {
        return MemberReviewRecorded.newBuilder()
                .setEnvelope(envelope("0b9f6c1e-5555-4a9e-9c7e-2d1f0e3a4b05", 2, Topics.EXECUTIVE_BOARD, null))
                .setCaseId(CASE_ID)
                .setProposalVersion(1)
                .setMemberId("UV-03")
                .setRecommendation(OpinionOutcome.AGREE_WITH_CONDITIONS)
                .setNote("Đồng ý, đề nghị hoàn thành bồi dưỡng lý luận chính trị cao cấp.")
                .setReviewedOn(LocalDate.of(2026, 11, 16))
                .build();
    }

    static ConsultationRefused consultationRefused() {
        return ConsultationRefused.newBuilder()
                .setEnvelope(envelope("0b9f6c1e-6666-4a9e-9c7e-2d1f0e3a4b06", 1, Topics.EXECUTIVE_BOARD, null))
                .setCaseId(CASE_ID)
                .setProposalVersion(1)
                .setRule("unknown-regulation-version")
                .setReason("Phiên bản quy định 2027.9 chưa được Ban Thường vụ áp dụng.")
                .setRequestEventId("0b9f6c1e-1111-4a9e-9c7e-2d1f0e3a4b01")
                .build();
    }

    static OpinionIssued opinionIssued() {
        return OpinionIssued.newBuilder()
                .setEnvelope(envelope("0b9f6c1e-2222-4a9e-9c7e-2d1f0e3a4b02", 1, Topics.EXECUTIVE_BOARD,
                        "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"))
                .setCaseId(CASE_ID)
                .setProposalVersion(1)
                .setOutcome(OpinionOutcome.AGREE_WITH_CONDITIONS)
                .setConditions("Hoàn thành bồi dưỡng lý luận chính trị cao cấp trong năm 2027.")
                .setMeeting(Meeting.newBuilder()
                        .setMeetingDate(LocalDate.of(2026, 11, 20))
                        .setMembersTotal(9)
                        .setSummoned(9)
                        .setPresent(8)
                        .setRecused(1)
                        .setTally(new BallotTally(6, 1, 0, 0))
                        .setSummonedMemberIds(List.of("UV-01", "UV-02", "UV-03", "UV-04", "UV-05", "UV-06", "UV-07",
                                "UV-08", "UV-09"))
                        .setPresentMemberIds(List.of("UV-01", "UV-02", "UV-03", "UV-04", "UV-05", "UV-06", "UV-07",
                                "UV-08"))
                        .setRecusals(List.of(new Recusal("UV-08", RecusalReason.DECLARED_CONFLICT)))
                        .build())
                .setIssuedAt(Instant.parse("2026-11-20T09:30:00Z"))
                .setReviewEventId("0b9f6c1e-5555-4a9e-9c7e-2d1f0e3a4b05")
                .build();
    }

    /** Issued after the due date, with no member review, at a meeting that recorded no member ids. */
    static OpinionIssued lateOpinionWithoutReview() {
        return OpinionIssued.newBuilder(opinionIssued())
                .setEnvelope(envelope("0b9f6c1e-7777-4a9e-9c7e-2d1f0e3a4b07", 3, Topics.EXECUTIVE_BOARD, null))
                .setOutcome(OpinionOutcome.REQUEST_INFORMATION)
                .setConditions(null)
                .setQuestions(List.of("Kết quả lấy phiếu tín nhiệm?", "Bản kê khai tài sản năm 2026?"))
                .setMeeting(Meeting.newBuilder()
                        .setMeetingDate(LocalDate.of(2026, 12, 8))
                        .setMembersTotal(9)
                        .setSummoned(9)
                        .setPresent(7)
                        .setRecused(0)
                        .setTally(new BallotTally(0, 0, 0, 0))
                        .build())
                .setReviewEventId(null)
                .setLate(true)
                .build();
    }

    static InformationSupplied informationSupplied() {
        return InformationSupplied.newBuilder()
                .setEnvelope(envelope("0b9f6c1e-8888-4a9e-9c7e-2d1f0e3a4b08", 2, Topics.CADRE_BOARD, null))
                .setCaseId(CASE_ID)
                .setProposalVersion(1)
                .setAnswers(List.of("Tín nhiệm 92%.", "Đã kê khai, kèm theo hồ sơ."))
                .setDossier(List.of(new DossierDocument("ke-khai-tai-san.pdf", "application/pdf",
                        "60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752")))
                .setSuppliedOn(LocalDate.of(2026, 11, 23))
                .setResponseDueDate(LocalDate.of(2026, 12, 7))
                .build();
    }

    static DecisionMeetingRecorded decisionMeetingRecorded() {
        return DecisionMeetingRecorded.newBuilder()
                .setEnvelope(envelope("0b9f6c1e-9999-4a9e-9c7e-2d1f0e3a4b09", 4, Topics.CADRE_BOARD, null))
                .setCaseId(CASE_ID)
                .setProposalVersion(2)
                .setMeetingDate(LocalDate.of(2026, 11, 24))
                .setMembersTotal(7)
                .setPresent(7)
                .setInFavour(6)
                .setAgainst(0)
                .setAbstain(1)
                .build();
    }

    static ConsultationOverdue consultationOverdue() {
        return ConsultationOverdue.newBuilder()
                .setEnvelope(envelope("0b9f6c1e-aaaa-4a9e-9c7e-2d1f0e3a4b0a", 4, Topics.CADRE_BOARD, null))
                .setCaseId(CASE_ID)
                .setProposalVersion(2)
                .setDueDate(LocalDate.of(2026, 12, 7))
                .setDetectedOn(LocalDate.of(2026, 12, 8))
                .setSilenceRule(SilenceRule.CONSENT)
                .setDeemedConsent(true)
                .build();
    }

    static SubmittedUpward submittedUpward() {
        return SubmittedUpward.newBuilder()
                .setEnvelope(envelope("0b9f6c1e-bbbb-4a9e-9c7e-2d1f0e3a4b0b", 5, Topics.CADRE_BOARD, null))
                .setCaseId(CASE_ID)
                .setProposalVersion(2)
                .setAuthorityName("Thủ tướng Chính phủ")
                .setSubmissionNumber("45-TTr/BCSĐ")
                .setSubmittedOn(LocalDate.of(2026, 11, 26))
                .setOpinionEventId("0b9f6c1e-2222-4a9e-9c7e-2d1f0e3a4b02")
                .setDecisionMeetingEventId("0b9f6c1e-9999-4a9e-9c7e-2d1f0e3a4b09")
                .build();
    }

    /** Submitted on the executive board's silence, which the regulation counts as consent. */
    static SubmittedUpward submittedUpwardOnSilence() {
        return SubmittedUpward.newBuilder(submittedUpward())
                .setSubmittedOn(LocalDate.of(2026, 12, 10))
                .setOpinionEventId(null)
                .setOverdueEventId("0b9f6c1e-aaaa-4a9e-9c7e-2d1f0e3a4b0a")
                .setDecisionMeetingEventId(null)
                .build();
    }

    static CaseWithdrawn caseWithdrawn() {
        return CaseWithdrawn.newBuilder()
                .setEnvelope(envelope("0b9f6c1e-cccc-4a9e-9c7e-2d1f0e3a4b0c", 5, Topics.CADRE_BOARD, null))
                .setCaseId(CASE_ID)
                .setProposalVersion(2)
                .setReason("Cán bộ xin rút khỏi danh sách đề nghị.")
                .setWithdrawnAt(Instant.parse("2026-12-01T03:00:00Z"))
                .build();
    }

    static DecisionFinalised decisionFinalised() {
        return DecisionFinalised.newBuilder()
                .setEnvelope(envelope("0b9f6c1e-3333-4a9e-9c7e-2d1f0e3a4b03", 2, Topics.CADRE_BOARD, null))
                .setCaseId(CASE_ID)
                .setProposalVersion(1)
                .setOutcome(DecisionOutcome.APPROVED)
                .setAuthority(DecidingAuthority.CADRE_BOARD)
                .setDecisionNumber("123-QĐ/BCSĐ")
                .setEffectiveDate(LocalDate.of(2027, 1, 1))
                .setOpinionEventId("0b9f6c1e-2222-4a9e-9c7e-2d1f0e3a4b02")
                .setContraryToOpinion(false)
                .setDecidedAt(Instant.parse("2026-11-25T02:15:00Z"))
                .setDecisionMeetingEventId("0b9f6c1e-9999-4a9e-9c7e-2d1f0e3a4b09")
                .build();
    }

    /** The higher authority's decision on a case submitted on the executive board's silence. */
    static DecisionFinalised higherAuthorityDecision() {
        return DecisionFinalised.newBuilder(decisionFinalised())
                .setEnvelope(envelope("0b9f6c1e-dddd-4a9e-9c7e-2d1f0e3a4b0d", 6, Topics.CADRE_BOARD, null))
                .setProposalVersion(2)
                .setAuthority(DecidingAuthority.HIGHER_AUTHORITY)
                .setAuthorityName("Thủ tướng Chính phủ")
                .setDecisionNumber("1234/QĐ-TTg")
                .setOpinionEventId(null)
                .setOverdueEventId("0b9f6c1e-aaaa-4a9e-9c7e-2d1f0e3a4b0a")
                .setDecisionMeetingEventId(null)
                .setDecidedAt(Instant.parse("2026-12-20T08:00:00Z"))
                .build();
    }

    static DecisionFinalised rejectionWithoutDocument() {
        return DecisionFinalised.newBuilder(decisionFinalised())
                .setOutcome(DecisionOutcome.REJECTED)
                .setDecisionNumber(null)
                .setEffectiveDate(null)
                .setOpinionEventId(null)
                .setContraryToOpinion(true)
                .setJustification("Không đủ điều kiện về thời gian công tác.")
                .build();
    }

    static Envelope envelope(String eventId, long sequence, String producer, String traceparent) {
        return Envelope.newBuilder()
                .setEventId(eventId)
                .setCaseId(CASE_ID)
                .setSequence(sequence)
                .setOccurredAt(Instant.parse("2026-11-18T08:00:00.123Z"))
                .setProducer(producer)
                .setRegulationVersion("2026.1")
                .setPreviousEventHash(sequence == 1 ? null
                        : "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae")
                .setTraceparent(traceparent)
                .build();
    }
}
