package vn.phoihop.local.demo;

import java.time.LocalDate;
import java.util.List;

/**
 * One pass of the executive board over one proposal version: the assigned member's review, the Standing
 * Committee's opinion, then what the secretariat does about it. Any part may be absent (null).
 */
record Round(int proposalVersion, LocalDate requestedOn, Review review, Opinion opinion, FollowUp followUp) {

    enum Outcome {
        AGREE, AGREE_WITH_CONDITIONS, DISAGREE, REQUEST_INFORMATION
    }

    record Review(String memberId, Outcome recommendation, String note, LocalDate reviewedOn) {
    }

    record Opinion(Outcome outcome, String conditions, List<String> questions, Meeting meeting, Tally tally) {
    }

    /** A Standing Committee meeting: who was summoned, came and stood aside. */
    record Meeting(LocalDate date, List<String> summoned, List<String> present, List<Recusal> recusals) {

        int voters() {
            return present.size() - recusals.size();
        }
    }

    record Recusal(String memberId, Reason reason) {

        enum Reason {
            SUBJECT_OF_CASE, DECLARED_CONFLICT
        }
    }

    /** A secret ballot: the numbers only. */
    record Tally(int agree, int disagree, int abstain, int invalid) {

        int cast() {
            return agree + disagree + abstain + invalid;
        }

        int votesFor(Outcome outcome) {
            return outcome == Outcome.DISAGREE ? disagree : agree;
        }
    }

    /** What the secretariat does after the round: amend the proposal, or answer the committee's questions. */
    sealed interface FollowUp {
    }

    record Amendment(Proposal proposal, String reason, LocalDate amendedOn) implements FollowUp {
    }

    record Information(List<String> answers, List<Proposal.Document> dossier, LocalDate suppliedOn)
            implements FollowUp {
    }
}
