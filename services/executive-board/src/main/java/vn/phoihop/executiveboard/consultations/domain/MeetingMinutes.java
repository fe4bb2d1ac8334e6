package vn.phoihop.executiveboard.consultations.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A Standing Committee meeting as its secretary records it: who was summoned, who came, who stood aside, and the
 * tally of the secret ballot. Not yet checked against the roster and the regulation.
 */
public record MeetingMinutes(LocalDate date, List<String> summoned, List<String> present, List<Recusal> recusals,
        BallotTally tally) {

    public MeetingMinutes {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(tally, "tally");
        summoned = summoned == null ? List.of() : List.copyOf(summoned);
        present = present == null ? List.of() : List.copyOf(present);
        recusals = recusals == null ? List.of() : List.copyOf(recusals);
    }

    List<String> recused() {
        return recusals.stream().map(Recusal::memberId).toList();
    }

    /** Members entitled to vote: those present, less those who stood aside. */
    int voters() {
        return present.size() - recusals.size();
    }

}
