package vn.phoihop.regulation;

/** The personnel actions of the coordination regulation (see docs/glossary.md for the Vietnamese terms). */
public enum ActionKind {
    SUCCESSION_PLANNING, NOMINATION_FOR_CANDIDACY, APPOINTMENT, REAPPOINTMENT, TENURE_EXTENSION, TRANSFER,
    TRANSFER_AND_APPOINTMENT, RECEPTION_AND_APPOINTMENT, ROTATION, DISMISSAL, DISCIPLINE
}
