package vn.phoihop.audit.verification;

import java.time.LocalDate;
import java.util.Optional;

import vn.phoihop.events.ActionKind;
import vn.phoihop.events.DecisionOutcome;
import vn.phoihop.events.OpinionOutcome;
import vn.phoihop.events.PositionTier;
import vn.phoihop.regulation.RegulationKey;

/**
 * A case in one line, for reports and summaries: what it proposed, how far it got, when, and on what basis. Ids and
 * dates only, never the cadre's name. Dates are Vietnamese calendar days.
 *
 * @param subjectId the cadre id (e.g. CB-0001) of the cadre the first request concerns, never the name; null when no
 *        request was published
 * @param actionKind UNKNOWN when no request names it
 * @param tier the tier of the position the proposal leads to, or else concerns; null when none is named
 * @param regulation the regulation the case names; null when it names no id (no request was published)
 * @param proposalVersion the version last sent for consultation, or decided; 0 when none
 * @param decision how the case was decided; null when it was not
 * @param opinion the opinion the case rests on (or, undecided, the latest on the current version); null when none
 * @param requestedOn the date of the first request's document
 * @param opinionIssuedOn the date of the meeting that adopted {@code opinion}
 * @param decidedOn the day the final decision was taken
 * @param effectiveDate the day the final decision takes effect
 * @param responseWorkingDays working days from the start of the round {@code opinion} answered (its request, or the
 *        information supplied) to its meeting: the executive board's response time; null when there is none
 * @param deemedConsent the case rests on silence counted as consent (or, undecided, may now)
 * @param contraryToOpinion the final decision departs from the opinion
 */
public record CaseOutline(String caseId, String subjectId, ActionKind actionKind, PositionTier tier,
        RegulationKey regulation, int proposalVersion, CaseStatus status, DecisionOutcome decision,
        OpinionOutcome opinion, LocalDate requestedOn, LocalDate opinionIssuedOn, LocalDate decidedOn,
        LocalDate effectiveDate, Integer responseWorkingDays, boolean deemedConsent, boolean contraryToOpinion) {

    /**
     * The day a term report files the case under: the day its decision takes effect, as the cadre board's term
     * report counts; for a decision without one, the day it was taken; for an undecided case, its first request.
     */
    public Optional<LocalDate> termDate() {
        return Optional.ofNullable(this.effectiveDate)
            .or(() -> Optional.ofNullable(this.decidedOn))
            .or(() -> Optional.ofNullable(this.requestedOn));
    }

    public boolean approved() {
        return this.decision == DecisionOutcome.APPROVED;
    }
}
