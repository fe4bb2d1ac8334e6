package vn.phoihop.executiveboard.consultations.domain;

import java.util.UUID;

/** What the executive board publishes about a case: numbered per case, under the case's regulation version. */
public sealed interface ConsultationEvent
        permits ConsultationReceived, ConsultationRefused, MemberReviewRecorded, OpinionIssued {

    UUID caseId();

    long sequence();

    String regulationVersion();

}
