package vn.phoihop.executiveboard.consultations.domain;

/** A consultation opened on a case's first request, with what the board publishes about it. */
public record Opened(Consultation consultation, ConsultationEvent event) {
}
