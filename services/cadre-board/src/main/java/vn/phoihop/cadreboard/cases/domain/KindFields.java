package vn.phoihop.cadreboard.cases.domain;

import static vn.phoihop.cadreboard.cases.domain.KindFields.Presence.ABSENT;
import static vn.phoihop.cadreboard.cases.domain.KindFields.Presence.OPTIONAL;
import static vn.phoihop.cadreboard.cases.domain.KindFields.Presence.REQUIRED;

import vn.phoihop.regulation.ActionKind;

/**
 * One row of the proposal table of docs/protocol.md: which fields an action kind needs. Public so that a form can
 * show a kind's fields only; {@link ProposalRules} still checks what arrives.
 */
public record KindFields(Presence currentPosition, Presence targetPosition, Presence effectiveDate, Presence term,
        Presence measure, Relation relation) {

    public enum Presence {
        REQUIRED, OPTIONAL, ABSENT
    }

    /** How the target position must stand to the current one. */
    public enum Relation {
        ANY,
        /** Transfers and rotations move the cadre to a different unit. */
        ANOTHER_UNIT,
        /** Reappointments and extensions keep the cadre on the post held. */
        SAME_POST
    }

    public static KindFields of(ActionKind kind) {
        return switch (kind) {
            case SUCCESSION_PLANNING -> new KindFields(ABSENT, REQUIRED, ABSENT, OPTIONAL, ABSENT, Relation.ANY);
            case NOMINATION_FOR_CANDIDACY -> new KindFields(ABSENT, REQUIRED, ABSENT, ABSENT, ABSENT, Relation.ANY);
            case APPOINTMENT, RECEPTION_AND_APPOINTMENT ->
                new KindFields(ABSENT, REQUIRED, REQUIRED, REQUIRED, ABSENT, Relation.ANY);
            case REAPPOINTMENT, TENURE_EXTENSION ->
                new KindFields(REQUIRED, OPTIONAL, REQUIRED, REQUIRED, ABSENT, Relation.SAME_POST);
            case TRANSFER -> new KindFields(REQUIRED, REQUIRED, REQUIRED, ABSENT, ABSENT, Relation.ANOTHER_UNIT);
            case TRANSFER_AND_APPOINTMENT, ROTATION ->
                new KindFields(REQUIRED, REQUIRED, REQUIRED, REQUIRED, ABSENT, Relation.ANOTHER_UNIT);
            case DISMISSAL -> new KindFields(REQUIRED, ABSENT, REQUIRED, ABSENT, ABSENT, Relation.ANY);
            case DISCIPLINE -> new KindFields(REQUIRED, ABSENT, ABSENT, ABSENT, REQUIRED, Relation.ANY);
        };
    }

}
