package vn.phoihop.executiveboard.consultations.domain;

import java.time.LocalDate;
import java.util.Objects;

/** A Standing Committee meeting as recorded: who was summoned, came and stood aside, and the tally. */
public record Meeting(LocalDate date, int membersTotal, int summoned, int present, int recused, BallotTally tally) {

    public Meeting {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(tally, "tally");
    }

    /** Members entitled to vote: those present, less those who stood aside (e.g. the subject of the case). */
    int voters() {
        return present - recused;
    }

}
