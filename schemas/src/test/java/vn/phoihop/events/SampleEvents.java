package vn.phoihop.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.apache.avro.specific.SpecificRecord;

/** One case told in events: a consultation, the opinion on it, the decision; every optional field used somewhere. */
final class SampleEvents {

    static final String CASE_ID = "5f0c2a9e-8d1b-4c43-9a57-0d6a3b1f2e11";

    private SampleEvents() {
    }

    static Stream<SpecificRecord> all() {
        return Stream.of(consultationRequested(), opinionIssued(), decisionFinalised(), rejectionWithoutDocument());
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
                .setMeeting(new Meeting(LocalDate.of(2026, 11, 20), 9, 9, 8, 1, new BallotTally(6, 1, 0, 0)))
                .setIssuedAt(Instant.parse("2026-11-20T09:30:00Z"))
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
