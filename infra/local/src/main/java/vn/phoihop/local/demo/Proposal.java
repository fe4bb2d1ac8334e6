package vn.phoihop.local.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import vn.phoihop.regulation.ActionKind;

/** A proposal as the secretariat enters it (docs/protocol.md); absent parts are null. */
record Proposal(ActionKind kind, Subject subject, Position currentPosition, Position targetPosition,
        LocalDate proposedEffectiveDate, Integer termYears, String rationale, List<Document> dossier) {

    Proposal {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        dossier = List.copyOf(dossier);
    }

    record Subject(String cadreId, String fullName) {
    }

    record Document(String name, String mediaType, String sha256) {
    }

    /** The position the case is about: the target, or the current one when the proposal keeps it. */
    Position position() {
        return targetPosition != null ? targetPosition : currentPosition;
    }

    Proposal amended(LocalDate effectiveDate, String newRationale, List<Document> newDossier) {
        return new Proposal(kind, subject, currentPosition, targetPosition, effectiveDate, termYears, newRationale,
                newDossier);
    }
}
