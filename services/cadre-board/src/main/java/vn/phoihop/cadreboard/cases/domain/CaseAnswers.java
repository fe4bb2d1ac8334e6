package vn.phoihop.cadreboard.cases.domain;

import static vn.phoihop.cadreboard.cases.domain.CaseStatus.AWAITING_OPINION;
import static vn.phoihop.cadreboard.cases.domain.CaseStatus.CONSULTATION_REFUSED;
import static vn.phoihop.cadreboard.cases.domain.CaseStatus.DEEMED_CONSENT;
import static vn.phoihop.cadreboard.cases.domain.CaseStatus.DRAFT;
import static vn.phoihop.cadreboard.cases.domain.CaseStatus.INFORMATION_REQUESTED;
import static vn.phoihop.cadreboard.cases.domain.CaseStatus.OPINION_RECEIVED;
import static vn.phoihop.cadreboard.cases.domain.CaseStatus.SUBMITTED_UPWARD;

/**
 * The receiving part of a {@link PersonnelCase}: what the executive board's answers do to it. Every answer must be
 * under the case's regulation version and on a proposal version the case has sent; anything else is refused, so
 * the event is dead-lettered and leaves no trace.
 */
final class CaseAnswers {

    static final String REGULATION_OF_CASE = "regulation-of-case";

    private final PersonnelCase c;

    CaseAnswers(PersonnelCase personnelCase) {
        this.c = personnelCase;
    }

    void take(ExecutiveBoardAnswer answer, String regulationVersion) {
        requireAnswerTo(answer.proposalVersion(), regulationVersion);
        switch (answer) {
            case ReceivedOpinion opinion -> receive(opinion);
            case ConsultationRefusal refusal -> refuse(refusal);
            case ConsultationReceipt receipt -> {
                if (receipt.proposalVersion() == c.proposalVersion) {
                    c.consultation = c.consultation.withReceipt(receipt);
                }
            }
            case MemberReview review -> {
                if (review.proposalVersion() == c.proposalVersion) {
                    c.consultation = c.consultation.withReview(review);
                }
            }
        }
    }

    /**
     * On the current version an opinion answers the consultation (a late one replaces a deemed consent); on an
     * older version, or after the case closed, it is kept as history only.
     */
    OpinionReceipt receive(ReceivedOpinion opinion, String regulationVersion) {
        requireAnswerTo(opinion.proposalVersion(), regulationVersion);
        return receive(opinion);
    }

    private OpinionReceipt receive(ReceivedOpinion opinion) {
        OpinionReceipt receipt = receiptOf(opinion);
        c.consultation = c.consultation.withOpinion(opinion);
        if (receipt == OpinionReceipt.COUNTED) {
            c.status = opinion.outcome().allowsDecision() ? OPINION_RECEIVED : INFORMATION_REQUESTED;
        }
        return receipt;
    }

    private OpinionReceipt receiptOf(ReceivedOpinion opinion) {
        if (opinion.proposalVersion() < c.proposalVersion) {
            return OpinionReceipt.STALE;
        }
        if (c.status.isFinal() || c.status == SUBMITTED_UPWARD) {
            return OpinionReceipt.AFTER_CLOSE;
        }
        if (c.status != AWAITING_OPINION && c.status != DEEMED_CONSENT) {
            throw c.conflict("take another opinion on proposal version " + opinion.proposalVersion());
        }
        return OpinionReceipt.COUNTED;
    }

    /**
     * The executive board cannot run the consultation on the current version; a refused older one is moot. The
     * refusal may come late, after silence was taken as consent or after the case ended: it still ends the
     * waiting, or is kept as history, because the executive board will not answer otherwise.
     */
    private void refuse(ConsultationRefusal refusal) {
        if (refusal.proposalVersion() < c.proposalVersion) {
            return;
        }
        boolean ended = c.status.isFinal() || c.status == SUBMITTED_UPWARD;
        if (!ended) {
            if (c.status != AWAITING_OPINION && c.status != DEEMED_CONSENT) {
                throw c.conflict("be refused by the executive board");
            }
            c.status = CONSULTATION_REFUSED;
        }
        c.consultation = c.consultation.withRefusal(refusal);
    }

    private void requireAnswerTo(int version, String regulationVersion) {
        if (!c.regulation.version().equals(regulationVersion)) {
            throw new RuleViolation.StateConflict(REGULATION_OF_CASE, "Case " + c.id + " runs under " + c.regulation
                    + "; the executive board answered under version " + regulationVersion + ".");
        }
        int sent = c.status == DRAFT ? 0 : c.proposalVersion;
        if (version > sent) {
            throw new RuleViolation.StateConflict(PersonnelCase.CASE_STATUS, "Case " + c.id
                    + " has sent proposal version " + sent + " but received an answer on version " + version + ".");
        }
    }

}
