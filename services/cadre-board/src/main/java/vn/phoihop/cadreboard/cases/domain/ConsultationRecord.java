package vn.phoihop.cadreboard.cases.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What the cadre board knows of the executive board's side of a case: the running deadline, every opinion
 * received (older versions kept as history), the information supplied, a refusal, and the receipt and review
 * noted for the current version. Immutable; the case replaces it.
 * @param deadline null until the consultation is first requested
 */
public record ConsultationRecord(Deadline deadline, List<ReceivedOpinion> opinions,
        List<SuppliedInformation> information, ConsultationRefusal refusal, ConsultationReceipt receipt,
        MemberReview review) {

    public ConsultationRecord {
        opinions = Require.list(opinions);
        information = Require.list(information);
    }

    static ConsultationRecord none() {
        return new ConsultationRecord(null, List.of(), List.of(), null, null, null);
    }

    ConsultationRecord withDeadline(Deadline next) {
        return new ConsultationRecord(next, opinions, information, refusal, receipt, review);
    }

    ConsultationRecord withOpinion(ReceivedOpinion opinion) {
        return new ConsultationRecord(deadline, append(opinions, opinion), information, refusal, receipt, review);
    }

    ConsultationRecord withInformation(SuppliedInformation supplied) {
        return new ConsultationRecord(Deadline.starting(supplied.suppliedOn(), supplied.responseDueDate()), opinions,
                append(information, supplied), refusal, receipt, review);
    }

    ConsultationRecord withRefusal(ConsultationRefusal refused) {
        return new ConsultationRecord(deadline, opinions, information, refused, receipt, review);
    }

    ConsultationRecord withReceipt(ConsultationReceipt received) {
        return new ConsultationRecord(deadline, opinions, information, refusal, received, review);
    }

    ConsultationRecord withReview(MemberReview reviewed) {
        return new ConsultationRecord(deadline, opinions, information, refusal, receipt, reviewed);
    }

    /** The latest opinion on {@code version} that allows a decision: the one a decision may rest on. */
    Optional<ReceivedOpinion> decisiveOpinionOn(int version) {
        return opinions.reversed()
            .stream()
            .filter(opinion -> opinion.proposalVersion() == version && opinion.outcome().allowsDecision())
            .findFirst();
    }

    Optional<ReceivedOpinion> opinion(UUID eventId) {
        return opinions.stream().filter(opinion -> opinion.eventId().equals(eventId)).findFirst();
    }

    /** The questions of the latest request for information on {@code version}, which the secretariat answers. */
    public List<String> questionsOn(int version) {
        return opinions.reversed()
            .stream()
            .filter(opinion -> opinion.proposalVersion() == version
                    && opinion.outcome() == OpinionOutcome.REQUEST_INFORMATION)
            .findFirst()
            .map(ReceivedOpinion::questions)
            .orElse(List.of());
    }

    private static <T> List<T> append(List<T> values, T value) {
        List<T> appended = new ArrayList<>(values);
        appended.add(value);
        return appended;
    }

}
