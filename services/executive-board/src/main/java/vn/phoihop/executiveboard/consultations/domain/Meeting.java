package vn.phoihop.executiveboard.consultations.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A meeting that passed the rules, as the opinion records it: the counts from which quorum and adoption can be
 * checked again, the members behind them, and the tally. Who voted how is recorded nowhere.
 */
public record Meeting(LocalDate date, int membersTotal, int summoned, int present, int recused, BallotTally tally,
        List<String> summonedMemberIds, List<String> presentMemberIds, List<Recusal> recusals) {

    public Meeting {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(tally, "tally");
        summonedMemberIds = summonedMemberIds == null ? List.of() : List.copyOf(summonedMemberIds);
        presentMemberIds = presentMemberIds == null ? List.of() : List.copyOf(presentMemberIds);
        recusals = recusals == null ? List.of() : List.copyOf(recusals);
    }

    static Meeting recorded(MeetingMinutes minutes, int membersTotal) {
        return new Meeting(minutes.date(), membersTotal, minutes.summoned().size(), minutes.present().size(),
                minutes.recusals().size(), minutes.tally(), minutes.summoned(), minutes.present(), minutes.recusals());
    }

}
