package vn.phoihop.cadreboard.cases.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Attendance and vote of the cadre board's own meeting on a proposal. */
public record MeetingVote(LocalDate meetingDate, int membersTotal, int present, int inFavour, int against,
        int abstain) {

    static final String COUNTS_RULE = "meeting-counts";

    public MeetingVote {
        Objects.requireNonNull(meetingDate, "meetingDate");
    }

    /** Present members are members, and nobody votes twice; all problems at once. */
    List<FieldProblem> countProblems() {
        List<FieldProblem> problems = new ArrayList<>();
        if (present > membersTotal) {
            problems.add(new FieldProblem("present", "at-most-members",
                    present + " present but the board has " + membersTotal + " members"));
        }
        int votes = inFavour + against + abstain;
        if (votes > present) {
            problems.add(new FieldProblem("inFavour", "votes-at-most-present",
                    "inFavour + against + abstain = " + votes + " but only " + present + " members are present"));
        }
        return problems;
    }

    /** Adopted by more than half of all members of the board, not of those present. */
    boolean adopted() {
        return 2 * inFavour > membersTotal;
    }

}
