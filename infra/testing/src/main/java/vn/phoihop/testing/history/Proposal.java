package vn.phoihop.testing.history;

import java.time.LocalDate;
import java.util.List;

import vn.phoihop.events.ActionKind;
import vn.phoihop.events.Cadre;
import vn.phoihop.events.DossierDocument;
import vn.phoihop.events.Position;

/** What the cadre board proposes in one synthetic case, with the fields its kind needs and no others. */
record Proposal(ActionKind kind, Cadre subject, Position currentPosition, Position targetPosition,
        LocalDate proposedEffectiveDate, Integer termYears, String rationale, List<DossierDocument> dossier) {

    /** The position whose unit the executive board routes the case by, and whose tier says who decides. */
    Position decisivePosition() {
        return targetPosition != null ? targetPosition : currentPosition;
    }
}
