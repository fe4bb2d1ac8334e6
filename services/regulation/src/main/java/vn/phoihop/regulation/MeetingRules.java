package vn.phoihop.regulation;

import java.util.Objects;

/**
 * When a Standing Committee meeting may conclude: a quorum of the summoned members present, and a conclusion
 * adopted by more than a share of all members (not of those present) or of the members who could vote.
 */
public record MeetingRules(Fraction quorumOfSummoned, Fraction adoption, AdoptionBase adoptionBase) {

    public enum AdoptionBase {
        /** Every member of the Standing Committee on the meeting date. */
        ALL_MEMBERS,
        /** The members present who did not recuse themselves. */
        VOTERS
    }

    public MeetingRules {
        Objects.requireNonNull(quorumOfSummoned, "quorumOfSummoned");
        Objects.requireNonNull(adoption, "adoption");
        Objects.requireNonNull(adoptionBase, "adoptionBase");
    }

    public boolean quorate(int present, int summoned) {
        return quorumOfSummoned.reachedBy(present, summoned);
    }

    public long quorumNeeded(int summoned) {
        return quorumOfSummoned.minimumReaching(summoned);
    }

    public int adoptionBase(int membersTotal, int voters) {
        return adoptionBase == AdoptionBase.ALL_MEMBERS ? membersTotal : voters;
    }

    public boolean adopted(int inFavour, int membersTotal, int voters) {
        return adoption.exceededBy(inFavour, adoptionBase(membersTotal, voters));
    }

    public long adoptionNeeded(int membersTotal, int voters) {
        return adoption.minimumExceeding(adoptionBase(membersTotal, voters));
    }

}
