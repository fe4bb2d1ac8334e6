package vn.phoihop.executiveboard.consultations.domain;

/**
 * The Standing Committee's rules for a valid opinion: a meeting is valid with at least two thirds of the summoned
 * members present, and a conclusion is adopted by more than half of all members, not of those present.
 */
final class MeetingRules {

    private MeetingRules() {
    }

    static void check(Meeting meeting, OpinionOutcome outcome) {
        countsAreConsistent(meeting);
        quorum(meeting);
        adoption(meeting, outcome);
    }

    private static void countsAreConsistent(Meeting m) {
        if (m.membersTotal() < 1 || m.summoned() < 1 || m.present() < 0 || m.recused() < 0 || m.tally().anyNegative()) {
            throw new OpinionRefused("meeting-counts", "Member counts must be positive and ballots not negative.");
        }
        if (m.summoned() > m.membersTotal()) {
            throw new OpinionRefused("meeting-counts", m.summoned() + " members summoned, but the Standing Committee has "
                    + m.membersTotal() + ".");
        }
        if (m.present() > m.summoned()) {
            throw new OpinionRefused("meeting-counts", m.present() + " members present, but only " + m.summoned()
                    + " were summoned.");
        }
        if (m.recused() > m.present()) {
            throw new OpinionRefused("recusal", m.recused() + " members recused, but only " + m.present()
                    + " were present.");
        }
        if (m.tally().cast() > m.voters()) {
            throw new OpinionRefused("recusal", m.tally().cast() + " ballots counted, but only " + m.voters()
                    + " members could vote (" + m.present() + " present, " + m.recused() + " recused).");
        }
    }

    private static void quorum(Meeting m) {
        if (m.present() * 3 < m.summoned() * 2) {
            int needed = (m.summoned() * 2 + 2) / 3;
            throw new OpinionRefused("quorum", "Quorum not met: " + m.present() + " of " + m.summoned()
                    + " summoned members present; at least " + needed + " (two thirds) are required.");
        }
    }

    private static void adoption(Meeting m, OpinionOutcome outcome) {
        int inFavour = switch (outcome) {
            case AGREE, AGREE_WITH_CONDITIONS -> m.tally().agree();
            case DISAGREE -> m.tally().disagree();
            // asking the cadre board for more information is a procedural step, not a ballot on the person
            case REQUEST_INFORMATION -> Integer.MAX_VALUE;
        };
        if (inFavour * 2L <= m.membersTotal()) {
            int needed = m.membersTotal() / 2 + 1;
            throw new OpinionRefused("adoption", "Not adopted: " + inFavour + " of " + m.membersTotal()
                    + " members voted for " + outcome + "; more than half of all members (at least " + needed
                    + ") is required.");
        }
    }

}
